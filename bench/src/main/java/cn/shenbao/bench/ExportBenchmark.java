package cn.shenbao.bench;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The complete 科创中国 draft (20 members, long texts at their limits) exported to DOCX and to PDF in one warm
 * JVM, each export including layout compilation, atomic write and the read-back self-check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportBenchmark {
    TemplateDef template;
    Draft draft;
    Exporter exporter;
    Path dir;
    List<Finding> findings;

    @Setup
    public void setup() throws Exception {
        template = TemplateRegistry.builtIn().get("kczg-2024");
        draft = SampleDrafts.kczgComplete();
        exporter = new Exporter();
        dir = Files.createTempDirectory("shenbao-bench");
        // findings of a complete draft: none with errors (given directly so the benchmark measures printing)
        findings = List.of();
    }

    @Benchmark
    public ExportResult docx() throws Exception {
        return exporter.exportDocx(template, draft, dir.resolve("bench.docx"), PrintOptions.defaults(), findings);
    }

    @Benchmark
    public ExportResult pdf() throws Exception {
        return exporter.exportPdf(template, draft, dir.resolve("bench.pdf"), PrintOptions.defaults(), findings);
    }
}
