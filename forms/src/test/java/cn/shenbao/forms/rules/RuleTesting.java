package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import java.util.List;
import java.util.Locale;

/** Helpers of the rule tests. */
final class RuleTesting {
    static final TemplateDef T = ValidKczgDraft.template();
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private RuleTesting() {}

    static List<Finding> check(Draft d) {
        return RuleEngine.check(T, d);
    }

    /** The findings of one rule kind. */
    static List<Finding> of(Draft d, String rule) {
        return check(d).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The one finding of a rule kind (fails listing all findings otherwise). */
    static Finding single(Draft d, String rule) {
        List<Finding> all = check(d);
        List<Finding> mine = all.stream().filter(f -> f.rule().equals(rule)).toList();
        assertThat(mine).as("findings of rule %s among %s", rule, describe(all)).hasSize(1);
        return mine.get(0);
    }

    /** Asserts path, severity, that the zh message names the label, and that zh and en messages are real. */
    static Finding assertFinding(Finding f, String path, Severity severity, String label) {
        assertThat(f.path()).as("path of %s", f).isEqualTo(path);
        assertThat(f.severity()).as("severity of %s", f).isEqualTo(severity);
        String zh = f.message(ZH);
        assertThat(zh).as("zh message of %s", f).contains(label).doesNotContain("{").isNotEqualTo(f.key());
        String en = f.message(Locale.ENGLISH);
        assertThat(en).as("en message of %s", f).doesNotContain("{").isNotEqualTo(f.key()).isNotEqualTo(zh);
        return f;
    }

    static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append("\n  ").append(f.severity()).append(' ').append(f.rule()).append(" @").append(f.path())
                    .append(": ").append(f.message(ZH));
        }
        return sb.toString();
    }

    /** Asserts that a draft has no finding at all. */
    static void assertClean(Draft d) {
        List<Finding> all = check(d);
        assertThat(all).as("findings: %s", describe(all)).isEmpty();
    }
}
