package cn.shenbao.bench;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.print.SelfCheck;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.fonts.FontPreflight;
import cn.shenbao.forms.print.fonts.FontSetup;
import cn.shenbao.forms.print.layout.CompiledForm;
import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.print.pdf.PdfRenderer;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times the phases of one PDF export of the complete draft (layout compile, font preflight, render, write,
 * read-back) and the first export in this JVM. Usage: {@code java -cp bench/target/benchmarks.jar
 * cn.shenbao.bench.PhaseTiming [runs]}; run it in a fresh JVM for the cold figure.
 */
public final class PhaseTiming {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long start = System.nanoTime();
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Draft draft = SampleDrafts.kczgComplete();
        Path dir = Files.createTempDirectory("shenbao-phases");
        Exporter ex = new Exporter();
        long c0 = System.nanoTime();
        ex.exportDocx(t, draft, dir.resolve("cold.docx"), PrintOptions.defaults(), List.of());
        long c1 = System.nanoTime();
        ex.exportPdf(t, draft, dir.resolve("cold.pdf"), PrintOptions.defaults(), List.of());
        long c2 = System.nanoTime();
        System.out.printf("cold (fresh JVM): template+draft %.0f ms, first DOCX %.0f ms, first PDF %.0f ms%n",
                (c0 - start) / 1e6, (c1 - c0) / 1e6, (c2 - c1) / 1e6);

        String[] names = {"compile", "fonts+preflight", "render+write", "pdfText", "missing"};
        long[] best = new long[names.length];
        long[] sum = new long[names.length];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        Path out = dir.resolve("phase.pdf");
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        for (int i = 0; i < runs + 10; i++) {
            long[] at = new long[names.length + 1];
            at[0] = System.nanoTime();
            CompiledForm form = LayoutCompiler.compile(t, draft, zh);
            at[1] = System.nanoTime();
            FontSetup setup = FontLocator.system().resolve(null, null, zh);
            FontPreflight.check(setup, LayoutCompiler.printableValues(t, draft), zh);
            at[2] = System.nanoTime();
            try (OutputStream os = Files.newOutputStream(out)) {
                new PdfRenderer(PrintOptions.defaults().withFingerprint("0123abcd"), setup).render(form.document(), os);
            }
            at[3] = System.nanoTime();
            String text = SelfCheck.pdfText(out);
            at[4] = System.nanoTime();
            List<String> missing = SelfCheck.missing(form.printed(), text, "PDF", zh);
            at[5] = System.nanoTime();
            if (!missing.isEmpty()) {
                throw new IllegalStateException(missing.toString());
            }
            if (i >= 10) {
                for (int k = 0; k < names.length; k++) {
                    long d = at[k + 1] - at[k];
                    best[k] = Math.min(best[k], d);
                    sum[k] += d;
                }
            }
        }
        for (int k = 0; k < names.length; k++) {
            System.out.printf("%-16s best %7.1f ms  mean %7.1f ms%n", names[k], best[k] / 1e6, sum[k] / 1e6 / runs);
        }
        System.out.printf("PDF size %d bytes%n", Files.size(out));

        // the public exports as the program calls them (with write, self-check and result)
        long[] docx = new long[runs];
        long[] pdf = new long[runs];
        for (int i = 0; i < runs + 10; i++) {
            long a = System.nanoTime();
            ex.exportDocx(t, draft, dir.resolve("e.docx"), PrintOptions.defaults(), List.of());
            long b = System.nanoTime();
            ex.exportPdf(t, draft, dir.resolve("e.pdf"), PrintOptions.defaults(), List.of());
            long c = System.nanoTime();
            if (i >= 10) {
                docx[i - 10] = b - a;
                pdf[i - 10] = c - b;
            }
        }
        long[] both = new long[runs];
        for (int i = 0; i < runs; i++) {
            both[i] = docx[i] + pdf[i];
        }
        report("Exporter DOCX", docx);
        report("Exporter PDF", pdf);
        report("both", both);
    }

    private static void report(String name, long[] ns) {
        long[] s = ns.clone();
        java.util.Arrays.sort(s);
        System.out.printf("%-16s best %7.1f ms  median %7.1f ms  p90 %7.1f ms%n", name, s[0] / 1e6,
                s[s.length / 2] / 1e6, s[(int) (s.length * 0.9)] / 1e6);
    }
}
