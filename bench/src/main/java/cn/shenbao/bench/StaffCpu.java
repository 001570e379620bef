package cn.shenbao.bench;

import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.rules.CrossDraftCheck.NamedDraft;
import cn.shenbao.forms.template.TemplateRegistry;
import cn.shenbao.forms.workspace.BatchExport;
import cn.shenbao.forms.workspace.Workspace;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time beside wall time of the batch export of 20 drafts and of the paper package (the cases of
 * {@link BatchExportBenchmark} and {@link PackageBenchmark}), the first run of the JVM and a second one: on a
 * machine shared by many builds the wall time is inflated by the load, the CPU time much less. The CPU time is
 * the whole process's (every thread: the export writes DOCX and PDF on two threads, and the JIT compiler and
 * garbage collector are part of what a first batch costs). {@code java -cp bench/target/benchmarks.jar cn.shenbao.bench.StaffCpu}.
 */
public final class StaffCpu {
    private StaffCpu() {}

    public static void main(String[] args) throws Exception {
        com.sun.management.OperatingSystemMXBean mx =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        TemplateRegistry registry = TemplateRegistry.builtIn();
        List<Workspace.Entry> entries = new ArrayList<>();
        for (NamedDraft d : WorkspaceCheckBenchmark.drafts(20)) {
            entries.add(new Workspace.Entry(Path.of(d.name()), d.name(), d.draft(), null));
        }
        Workspace ws = Workspace.of(Path.of("."), entries);
        Path out = Files.createTempDirectory("shenbao-batch-cpu");
        Exporter exporter = new Exporter();
        for (int run = 1; run <= 2; run++) {
            long c0 = mx.getProcessCpuTime();
            long w0 = System.nanoTime();
            BatchExport.run(ws, registry, out, exporter, PrintOptions.defaults(), true, null);
            System.out.printf("batch export of 20 drafts, run %d: cpu %.0f ms, wall %.0f ms%n", run,
                    (mx.getProcessCpuTime() - c0) / 1e6, (System.nanoTime() - w0) / 1e6);
        }
        PackageBenchmark p = new PackageBenchmark();
        p.setup();
        for (int run = 1; run <= 2; run++) {
            long c0 = mx.getProcessCpuTime();
            long w0 = System.nanoTime();
            p.package5Exports40Scans();
            System.out.printf("package of 5 exports + 40 scans, run %d: cpu %.0f ms, wall %.0f ms%n", run,
                    (mx.getProcessCpuTime() - c0) / 1e6, (System.nanoTime() - w0) / 1e6);
        }
    }
}
