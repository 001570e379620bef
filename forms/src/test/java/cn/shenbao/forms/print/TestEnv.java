package cn.shenbao.forms.print;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a test needs from the machine: missing tools or data skip the test on a developer's machine, but fail it
 * when the environment variable {@code CI} is set, where {@code .ci/run} installs them.
 */
public final class TestEnv {
    private TestEnv() {
    }

    /** Whether the tests run under CI. */
    public static boolean ci() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci);
    }

    /** Requires {@code condition}; {@code what} says what is missing and which package brings it. */
    public static void require(boolean condition, String what) {
        if (!condition && ci()) {
            fail(what + " (CI is set: .ci/run must install it)");
        }
        assumeTrue(condition, what);
    }

    /** Requires programs on the PATH. */
    public static void requireTools(String debianPackage, String... tools) {
        for (String t : tools) {
            require(PdfChecks.hasTool(t), t + " not installed (Debian package " + debianPackage + ")");
        }
    }

    /** Requires a readable file. */
    public static void requireFile(Path file, String debianPackage) {
        require(Files.isReadable(file), file + " not found (Debian package " + debianPackage + ")");
    }
}
