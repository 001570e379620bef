package cn.shenbao.forms.samples;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one test fixture per form: the complete sample draft {@code docs/examples/<id>-sample.shenbao}
 * (what a person opens to see a correct form). Tests load it; none keeps a second hand-written copy.
 */
public final class FormExamples {
    /** The forms whose fixture is the example file (T1's example is kept equal to {@link SampleDrafts}). */
    public static final java.util.List<String> IDS = java.util.List.of("jblx-2024", "lq-2024-enterprise", "lq-2024-association",
            "wlmq-2024-jbgs");

    /**
     * Further complete examples of a form with two kinds (T8: {@code wlmq-2024-jbgs} is its 技术攻关类 with 赛马制,
     * {@code wlmq-2024-jbgs-transfer} its 成果转化类), by the name before {@code -sample.shenbao}.
     */
    public static final java.util.Map<String, String> VARIANTS = java.util.Map.of("wlmq-2024-jbgs-transfer", "wlmq-2024-jbgs");

    private FormExamples() {}

    /** The example file of a form (tests run in the module folder of a checkout). */
    public static Path file(String templateId) {
        return Path.of("..", "docs", "examples", templateId + "-sample.shenbao");
    }

    /** A fresh copy of a complete example draft, by its name before {@code -sample.shenbao} (a form id or a variant). */
    public static Draft load(String templateId) throws Exception {
        Path f = file(templateId);
        Assertions.assertTrue(Files.isRegularFile(f), "example missing: " + f.toAbsolutePath());
        return DraftFiles.builtIn().load(f);
    }

    /**
     * Skips a test whose tool or data is missing, except on CI (the environment variable {@code CI} set),
     * where a missing tool fails the test: the checks it makes must run there.
     */
    public static void assumeAvailable(boolean available, String what) {
        if (System.getenv("CI") != null) {
            Assertions.assertTrue(available, what + " (CI is set: the tool must be installed)");
        }
        Assumptions.assumeTrue(available, what);
    }
}
