package cn.shenbao.forms.print;

import cn.shenbao.forms.print.docx.DocxRenderer;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.fonts.FontSetup;
import cn.shenbao.forms.print.pdf.PdfRenderer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes the sample model to /tmp/print-smoke for looking at it. */
public final class PrintSmokeMain {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/print-smoke");
        Files.createDirectories(dir);
        PrintOptions o = PrintOptions.defaults().withBindingMarginMm(10).withDuplex(true).withDraftWatermark(true)
                .withFingerprint("1a2b3c4d");
        FontSetup fonts = FontLocator.system().resolve(null, null, Locale.SIMPLIFIED_CHINESE);
        System.out.println(fonts);
        try (OutputStream out = Files.newOutputStream(dir.resolve("sample.pdf"))) {
            System.out.println(new PdfRenderer(o, fonts).render(PrintTestModels.sample(), out));
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("sample.docx"))) {
            new DocxRenderer(o).render(PrintTestModels.sample(), out);
        }
    }
}
