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
    /**
     * The forms whose fixture is the example file: every built-in form but T1 (whose example is kept equal to
     * {@link SampleDrafts}), in the order of {@code index.txt} — a new form is covered by adding its line there.
     */
    public static final java.util.List<String> IDS = cn.shenbao.forms.template.TemplateRegistry.builtIn().all().stream()
            .map(cn.shenbao.forms.template.TemplateDef::id).filter(id -> !id.equals("kczg-2024")).toList();

    /**
     * Further complete examples of a form with two kinds (T8: {@code wlmq-2024-jbgs} is its 技术攻关类 with 赛马制,
     * {@code wlmq-2024-jbgs-transfer} its 成果转化类), by the name before {@code -sample.shenbao} → the form's id.
     */
    public static final java.util.Map<String, String> VARIANTS = java.util.Map.of("wlmq-2024-jbgs-transfer", "wlmq-2024-jbgs");

    private FormExamples() {}

    /** The definition files named in {@code index.txt}, in its order (for parameterised tests). */
    public static java.util.stream.Stream<String> definitionFiles() throws java.io.IOException {
        try (java.io.InputStream in = FormExamples.class.getResourceAsStream("/cn/shenbao/forms/templates/index.txt")) {
            Assertions.assertNotNull(in, "index.txt");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList().stream();
        }
    }

    /**
     * The fixed texts of a form's paper (titles, headings, printed options) that its DOCX and PDF must hold:
     * {@code src/test/resources/cn/shenbao/forms/fixed-texts/<id>.txt}, one a line; required for every form.
     */
    public static java.util.List<String> fixedTexts(String templateId) throws java.io.IOException {
        try (java.io.InputStream in = FormExamples.class.getResourceAsStream("/cn/shenbao/forms/fixed-texts/" + templateId + ".txt")) {
            Assertions.assertNotNull(in, "fixed texts of " + templateId + " missing: add src/test/resources/cn/shenbao/forms/fixed-texts/"
                    + templateId + ".txt (one text of the paper a line)");
            java.util.List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            Assertions.assertFalse(lines.isEmpty(), "fixed texts of " + templateId + " are empty");
            return lines;
        }
    }

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
