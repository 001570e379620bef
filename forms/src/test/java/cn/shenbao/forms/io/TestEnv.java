package cn.shenbao.forms.io;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Skips a test whose environment is missing, except under CI (environment variable {@code CI} set), where that fails. */
public final class TestEnv {
    private TestEnv() {
    }

    /** Whether the tests run in CI. */
    public static boolean ci() {
        String v = System.getenv("CI");
        return v != null && !v.isBlank() && !v.equalsIgnoreCase("false");
    }

    /** Skips (locally) or fails (in CI) when {@code condition} is false. */
    public static void require(boolean condition, String what) {
        if (!condition && ci()) {
            fail("CI is set but the test environment lacks: " + what);
        }
        assumeTrue(condition, what);
    }
}
