package cn.shenbao.forms.print;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Helpers for reading back PDFs in tests. */
final class PdfChecks {
    private PdfChecks() {
    }

    static String text(Path pdf) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PdfDocument d = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                sb.append(PdfTextExtractor.getTextFromPage(d.getPage(i))).append('\n');
            }
        }
        return sb.toString();
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Names of fonts used on any page whose descriptor has no embedded font file. */
    static List<String> nonEmbeddedFonts(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PdfDocument d = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                PdfDictionary fonts = d.getPage(i).getResources().getResource(PdfName.Font);
                if (fonts == null) {
                    continue;
                }
                for (PdfName n : fonts.keySet()) {
                    PdfDictionary f = fonts.getAsDictionary(n);
                    PdfDictionary desc = f.getAsDictionary(PdfName.FontDescriptor);
                    if (desc == null && f.getAsArray(PdfName.DescendantFonts) != null) {
                        desc = f.getAsArray(PdfName.DescendantFonts).getAsDictionary(0)
                                .getAsDictionary(PdfName.FontDescriptor);
                    }
                    PdfObject file = desc == null ? null : firstNonNull(desc.get(PdfName.FontFile),
                            desc.get(PdfName.FontFile2), desc.get(PdfName.FontFile3));
                    if (file == null) {
                        out.add(String.valueOf(f.get(PdfName.BaseFont)));
                    }
                }
            }
        }
        return out;
    }

    private static PdfObject firstNonNull(PdfObject... os) {
        for (PdfObject o : os) {
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    static boolean hasTool(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command and returns its standard output (stderr merged). */
    static String run(List<String> cmd, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timeout: " + cmd);
        }
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }
}
