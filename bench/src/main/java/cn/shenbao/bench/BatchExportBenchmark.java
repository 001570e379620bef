package cn.shenbao.bench;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.rules.CrossDraftCheck.NamedDraft;
import cn.shenbao.forms.template.TemplateRegistry;
import cn.shenbao.forms.workspace.BatchExport;
import cn.shenbao.forms.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code workspace export} of 20 complete 科创中国 applications (DOCX + PDF each, read back, with the printing
 * sheet) in one JVM, one {@link Exporter}: target ≤ 3 s for the 20 (issue 13). Single shots without warm-up:
 * the first iteration is the batch of a fresh JVM (fonts and classes loaded on the way), the later ones a
 * second batch in the same process.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 4)
@Fork(1)
public class BatchExportBenchmark {
    TemplateRegistry registry;
    Workspace workspace;
    Path out;
    Exporter exporter;

    @Setup
    public void setup() throws Exception {
        registry = TemplateRegistry.builtIn();
        List<Workspace.Entry> entries = new ArrayList<>();
        for (NamedDraft d : WorkspaceCheckBenchmark.drafts(20)) {
            Draft draft = d.draft();
            entries.add(new Workspace.Entry(Path.of(d.name()), d.name(), draft, null));
        }
        workspace = Workspace.of(Path.of("."), entries);
        out = Files.createTempDirectory("shenbao-batch");
        exporter = new Exporter();
    }

    @Benchmark
    public BatchExport.Result export20() throws Exception {
        return BatchExport.run(workspace, registry, out, exporter, PrintOptions.defaults(), true, null);
    }
}
