package cn.shenbao.forms.trace;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A timeline of the cold start for engineers (issue 15), off unless {@code -Dshenbao.trace.startup=true}: each
 * {@link #mark} prints {@code [startup] <ms since the JVM started> <ms since the previous mark> <what>} on the
 * standard error. The JVM's start is taken from the process's start time, so the first mark also shows how long
 * the JVM took before {@code main}. When off, a mark costs one field read.
 */
public final class StartupTrace {
    /** The system property that turns the timeline on. */
    public static final String PROPERTY = "shenbao.trace.startup";

    private static final boolean ON = Boolean.getBoolean(PROPERTY);
    private static final long START_MS = ON ? processStart() : 0;
    private static long last = START_MS;

    private StartupTrace() {
    }

    /** Whether the timeline is printed. */
    public static boolean on() {
        return ON;
    }

    /** Prints one line of the timeline (when on): {@code what} happened now. */
    public static void mark(String what) {
        if (!ON) {
            return;
        }
        long now = System.currentTimeMillis();
        long since;
        synchronized (StartupTrace.class) {
            since = now - last;
            last = now;
        }
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        err.printf("[startup] %6d ms %+6d ms  %s (%s)%n", now - START_MS, since, what, Thread.currentThread().getName());
    }

    private static long processStart() {
        return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElse(System.currentTimeMillis());
    }
}
