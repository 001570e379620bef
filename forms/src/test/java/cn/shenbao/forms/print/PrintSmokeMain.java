package cn.shenbao.forms.print;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;

/** Exports the complete sample and an empty draft to a folder, for looking at the output (not a test). */
public final class PrintSmokeMain {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/print-smoke");
        Files.createDirectories(dir);
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Exporter ex = new Exporter();
        Draft full = SampleDrafts.kczgComplete();
        Draft empty = new Draft(t.id(), t.version());
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            ExportResult pdf = ex.exportPdf(t, full, dir.resolve("full.pdf"), PrintOptions.defaults(), java.util.List.of());
            long t1 = System.nanoTime();
            ExportResult docx = ex.exportDocx(t, full, dir.resolve("full.docx"), PrintOptions.defaults(), java.util.List.of());
            long t2 = System.nanoTime();
            System.out.printf("pdf %d ms %d bytes, docx %d ms %d bytes, errors=%s missing=%s%n",
                    (t1 - t0) / 1_000_000, pdf.bytes(), (t2 - t1) / 1_000_000, docx.bytes(), pdf.hasErrors(),
                    pdf.missing().size() + docx.missing().size());
            if (i == 0) {
                pdf.missing().forEach(System.out::println);
                docx.missing().forEach(System.out::println);
                pdf.findings().forEach(f -> System.out.println(f.severity() + " " + f.path() + " " + f.message(null)));
                pdf.fontWarnings().forEach(w -> System.out.println(w.message()));
            }
        }
        ex.exportPdf(t, empty, dir.resolve("empty.pdf"), PrintOptions.defaults(), java.util.List.of());
        ex.exportDocx(t, empty, dir.resolve("empty.docx"), PrintOptions.defaults(), java.util.List.of());
    }
}
