package cn.shenbao.bench;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-process part of the benchmark set ({@code scripts/benchmarks.sh}), over every form in the registry:
 * validation of the complete example of each form, its export (DOCX + PDF, warm), and the growth with the
 * rows of every uncapped table (the roster among them): 20 → 200 → 2,000 rows. Prints Markdown table rows.
 * Every form is warmed up (checked and exported {@code runs} times) before the first one is timed.
 * Usage: {@code java -cp bench/target/benchmarks.jar cn.shenbao.bench.SuiteTiming <examples dir> [runs]}.
 */
public final class SuiteTiming {
    public static void main(String[] args) throws Exception {
        Path examples = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        DraftFiles files = DraftFiles.builtIn();
        Exporter ex = new Exporter();
        Path dir = Files.createTempDirectory("shenbao-suite");
        System.out.println("| form | validation (median, ms) | DOCX + PDF export, warm (median, ms) | PDF bytes | DOCX bytes |");
        System.out.println("|---|---|---|---|---|");
        Map<TemplateDef, Draft> drafts = new LinkedHashMap<>();
        for (TemplateDef t : TemplateRegistry.builtIn().all()) {
            Path f = examples.resolve(t.id() + "-sample.shenbao");
            if (!Files.exists(f)) {
                System.out.println("| " + t.id() + " | (no example " + f.getFileName() + ") | | | |");
                continue;
            }
            drafts.put(t, files.load(f));
        }
        // one warm-up pass over every form first: the shared code (layout, fonts, POI, iText) is compiled
        // before any form is timed, so the first form in the registry is not measured on a colder JIT
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<TemplateDef, Draft> e : drafts.entrySet()) {
                RuleEngine.check(e.getKey(), e.getValue());
                ex.exportDocx(e.getKey(), e.getValue(), dir.resolve("w.docx"), PrintOptions.defaults());
                ex.exportPdf(e.getKey(), e.getValue(), dir.resolve("w.pdf"), PrintOptions.defaults());
            }
        }
        for (Map.Entry<TemplateDef, Draft> e : drafts.entrySet()) {
            TemplateDef t = e.getKey();
            Draft d = e.getValue();
            double check = median(runs, () -> RuleEngine.check(t, d));
            ExportResult[] last = new ExportResult[2];
            double export = median(runs, () -> {
                last[0] = ex.exportDocx(t, d, dir.resolve("a.docx"), PrintOptions.defaults());
                last[1] = ex.exportPdf(t, d, dir.resolve("a.pdf"), PrintOptions.defaults());
            });
            System.out.printf("| %s | %.2f | %.1f | %d | %d |%n", t.id(), check, export, last[1].bytes(), last[0].bytes());
        }
        System.out.println();
        System.out.println("| form, table | rows | validation (median, ms) | DOCX + PDF export (median, ms) |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<TemplateDef, Draft> e : drafts.entrySet()) {
            TemplateDef t = e.getKey();
            for (String p : t.paths()) {
                FieldDef f = t.field(p);
                if (p.contains("[") || f.type() != FieldType.TABLE || f.maxRows() != null || e.getValue().rowCount(p) == 0) {
                    continue;
                }
                for (int n : new int[] {20, 200, 2000}) {
                    Draft d = e.getValue().copy();
                    List<Map<String, String>> rows = new ArrayList<>();
                    List<Map<String, String>> base = d.rows(p);
                    for (int i = 0; i < n; i++) {
                        Map<String, String> r = new LinkedHashMap<>(base.get(i % base.size()));
                        String suffix = Integer.toString(i);
                        r.computeIfPresent("name", (k, v) -> v + suffix);
                        rows.add(r);
                    }
                    d.setRows(p, rows);
                    int reps = n >= 2000 ? Math.max(3, runs / 3) : runs;
                    double check = median(reps, () -> RuleEngine.check(t, d));
                    double export = median(reps, () -> {
                        ex.exportDocx(t, d, dir.resolve("g.docx"), PrintOptions.defaults());
                        ex.exportPdf(t, d, dir.resolve("g.pdf"), PrintOptions.defaults());
                    });
                    System.out.printf("| %s, %s | %d | %.2f | %.1f |%n", t.id(), p, n, check, export);
                }
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Median wall time of {@code runs} runs after as many warm-up runs, in ms. */
    private static double median(int runs, Work w) throws Exception {
        for (int i = 0; i < runs; i++) {
            w.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            w.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
