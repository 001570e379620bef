package cn.shenbao.bench;

import cn.shenbao.forms.rules.CrossDraftCheck;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The CPU time of the workspace check across applications (the drafts of {@link WorkspaceCheckBenchmark}),
 * beside its wall time: on a machine shared by many builds the wall time of one thread is inflated by the
 * load, its CPU time much less. {@code java -cp bench/target/benchmarks.jar cn.shenbao.bench.WorkspaceCheckCpu}.
 */
public final class WorkspaceCheckCpu {
    private WorkspaceCheckCpu() {}

    public static void main(String[] args) {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int n : new int[] {100, 300, 1000}) {
            var drafts = WorkspaceCheckBenchmark.drafts(n);
            for (int w = 0; w < 20; w++) {
                CrossDraftCheck.check(List.of(t), drafts);
            }
            int reps = 10;
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                CrossDraftCheck.check(List.of(t), drafts);
            }
            System.out.printf("cross %d drafts x 50 members: cpu %.2f ms, wall %.2f ms (mean of %d)%n", n,
                    (mx.getCurrentThreadCpuTime() - c0) / 1e6 / reps, (System.nanoTime() - w0) / 1e6 / reps, reps);
        }
    }
}
