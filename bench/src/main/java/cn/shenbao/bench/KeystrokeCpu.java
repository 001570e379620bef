package cn.shenbao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time per keystroke (thread CPU time, so other processes on a loaded machine do not count), for
 * the cases of {@link KeystrokeBenchmark}: after a warm-up, {@code n} keystrokes per case, median and
 * 90th percentile in microseconds. Usage: {@code java -cp bench/target/benchmarks.jar
 * cn.shenbao.bench.KeystrokeCpu [n]}.
 */
public final class KeystrokeCpu {
    private KeystrokeCpu() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        KeystrokeBenchmark b = new KeystrokeBenchmark();
        b.setup();
        Map<String, Runnable> cases = new LinkedHashMap<>();
        cases.put("fullCheck (before: every keystroke)", b::fullCheck);
        cases.put("liveCheckLongText", b::liveCheckLongText);
        cases.put("liveCheckRosterCell", b::liveCheckRosterCell);
        cases.put("viewModelLongText", b::viewModelLongText);
        cases.put("viewModelRosterCell", b::viewModelRosterCell);
        cases.put("viewModelTogglingFinding", b::viewModelTogglingFinding);
        for (Map.Entry<String, Runnable> c : cases.entrySet()) {
            int count = c.getKey().startsWith("fullCheck") ? Math.max(50, n / 10) : n;
            for (int i = 0; i < count; i++) {
                c.getValue().run(); // warm-up
            }
            long[] us = new long[count];
            for (int i = 0; i < count; i++) {
                long t0 = mx.getCurrentThreadCpuTime();
                c.getValue().run();
                us[i] = (mx.getCurrentThreadCpuTime() - t0) / 1000;
            }
            Arrays.sort(us);
            System.out.printf("%-40s median %6d µs   p90 %6d µs   (n=%d, %d roster rows)%n", c.getKey(), us[count / 2],
                    us[count * 9 / 10], count, KeystrokeBenchmark.ROSTER_ROWS);
        }
    }
}
