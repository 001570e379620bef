package cn.shenbao.bench;

import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures LibreOffice converting our DOCX of the complete draft to PDF (one soffice process per run) next to
 * our own DOCX and PDF exports in this JVM. Usage: {@code java -cp bench/target/benchmarks.jar
 * cn.shenbao.bench.LibreOfficeTiming [runs]}.
 */
public final class LibreOfficeTiming {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Path dir = Files.createTempDirectory("shenbao-lo");
        Exporter ex = new Exporter();
        ExportResult docx = null;
        ExportResult pdf = null;
        long ours = 0;
        for (int i = 0; i < runs + 5; i++) {
            long t0 = System.nanoTime();
            docx = ex.exportDocx(t, SampleDrafts.kczgComplete(), dir.resolve("full.docx"), PrintOptions.defaults(),
                    List.of());
            pdf = ex.exportPdf(t, SampleDrafts.kczgComplete(), dir.resolve("full.pdf"), PrintOptions.defaults(),
                    List.of());
            if (i >= 5) {
                ours += System.nanoTime() - t0;
            }
        }
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path out = Files.createDirectories(dir.resolve("lo"));
        long lo = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--convert-to", "pdf", "--outdir", out.toString(), docx.file().toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("soffice failed");
            }
            lo += System.nanoTime() - t0;
        }
        double oursMs = ours / 1e6 / runs;
        double loMs = lo / 1e6 / runs;
        System.out.printf("our DOCX+PDF export (warm, mean of %d): %.1f ms; PDF %d bytes, DOCX %d bytes%n", runs,
                oursMs, pdf.bytes(), docx.bytes());
        System.out.printf("LibreOffice DOCX->PDF (one soffice process, mean of %d): %.1f ms%n", runs, loMs);
        System.out.printf("ratio LibreOffice / ours: %.1f%n", loMs / oursMs);
    }
}
