package cn.shenbao.bench;

import cn.shenbao.forms.roster.Expert;
import cn.shenbao.forms.roster.Roster;
import cn.shenbao.forms.roster.RosterImport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The CPU time of the roster import of {@link RosterImportBenchmark} (a 10,000-row xlsx previewed against a roster
 * of 1,000) beside its wall time: on a machine shared by many builds the wall time of one thread is inflated by
 * the load, its CPU time much less. {@code java -cp bench/target/benchmarks.jar cn.shenbao.bench.RosterImportCpu}.
 */
public final class RosterImportCpu {
    private RosterImportCpu() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("roster-cpu");
        Path xlsx = RosterImportBenchmark.generate(dir.resolve("专家名单.xlsx"), rows);
        Roster roster = new Roster();
        for (int i = 0; i < 1000; i++) {
            String mobile = i % 10 == 0 ? Long.toString(13000000000L + i + 1) : Long.toString(15000000000L + i);
            roster.add(Expert.of("库中专家" + i, "某单位", "", mobile, "", "", false, false, ""));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        RosterImport.preview(xlsx, roster, Map.of(), LocalDate.of(2024, 5, 24));
        System.out.printf("first (cold) preview of %d rows: cpu %.0f ms, wall %.0f ms%n", rows,
                (mx.getCurrentThreadCpuTime() - c0) / 1e6, (System.nanoTime() - w0) / 1e6);
        for (int w = 0; w < 5; w++) {
            RosterImport.preview(xlsx, roster, Map.of(), LocalDate.of(2024, 5, 24));
        }
        int reps = 5;
        c0 = mx.getCurrentThreadCpuTime();
        w0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            RosterImport.preview(xlsx, roster, Map.of(), LocalDate.of(2024, 5, 24));
        }
        System.out.printf("warm preview of %d rows (%d KB): cpu %.0f ms, wall %.0f ms (mean of %d)%n", rows,
                Files.size(xlsx) / 1024, (mx.getCurrentThreadCpuTime() - c0) / 1e6 / reps, (System.nanoTime() - w0) / 1e6 / reps, reps);
        Files.delete(xlsx);
        Files.delete(dir);
    }
}
