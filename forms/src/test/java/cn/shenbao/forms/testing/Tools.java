package cn.shenbao.forms.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * External tools of the standing tests. A test whose tool is missing is skipped on a developer's
 * machine but fails when the environment variable {@code CI} is set: CI installs every tool
 * ({@code .ci/run}), so a skip there would hide a test that no longer runs.
 */
public final class Tools {
    private Tools() {
    }

    /** Whether an executable of this name is on the PATH. */
    public static boolean has(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Whether this run is CI's ({@code CI} set and not "false"). */
    public static boolean ci() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /** Skips the test when {@code condition} is false, or fails it under CI. */
    public static void assume(boolean condition, String what) {
        if (!condition && ci()) {
            fail(what + " (CI is set: nothing may be skipped; .ci/run installs it)");
        }
        assumeTrue(condition, what);
    }

    /** Skips the test without these tools, or fails it under CI. */
    public static void require(String... tools) {
        for (String t : tools) {
            assume(has(t), t + " is not installed");
        }
    }

    /** Runs a command and returns its standard output (stderr merged); an exception on a non-zero exit. */
    public static String run(List<String> cmd, long timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timeout: " + cmd);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(cmd + " exited " + p.exitValue() + ": " + text);
        }
        return text;
    }
}
