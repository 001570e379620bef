package cn.shenbao.forms.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import cn.shenbao.forms.text.CharCount;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generator of the standing tests makes what they rely on, for every form in the registry: drafts
 * the rule engine passes without error, with every field filled, texts at their 字数 limits and tables
 * at their row caps among them, and the kinds of characters people type.
 */
class RandomDraftsTest {
    private static final List<TemplateDef> TEMPLATES = TemplateRegistry.builtIn().all();

    @Test
    void everyErrorRuleOfEveryFormIsOneTheGeneratorKnows() {
        for (TemplateDef t : TEMPLATES) {
            for (RuleDef r : t.rules()) {
                if (r.severity() == cn.shenbao.forms.template.Severity.ERROR) {
                    assertThat(RandomDrafts.KNOWN_KINDS).as("rule kind %s of %s: teach RandomDrafts to satisfy it",
                            r.rule(), t.id()).contains(r.rule());
                }
            }
        }
    }

    @Test
    void draftsOfEveryFormAreCompleteAndPassTheRuleEngine() {
        for (TemplateDef t : TEMPLATES) {
            Set<String> atLimit = new HashSet<>();
            Set<String> atCap = new HashSet<>();
            Set<String> kinds = new HashSet<>();
            Property.check("random drafts of " + t.id() + " are valid and complete", 100, RandomDrafts.valid(t),
                    d -> d.flatten().toString(), d -> {
                List<Finding> errors = RuleEngine.check(t, d).stream().filter(Finding::isError).toList();
                assertThat(errors).as("rule errors").isEmpty();
                for (String p : t.paths()) {
                    FieldDef f = t.field(p);
                    if (p.contains("[]")) {
                        String table = p.substring(0, p.indexOf("[]"));
                        FieldDef tf = t.field(table);
                        if (tf.maxRows() != null && d.rowCount(table) == tf.maxRows()) {
                            atCap.add(table);
                        }
                        if (f.type().isLeaf() && f.type() != FieldType.MULTI_CHOICE) {
                            for (int i = 0; i < d.rowCount(table); i++) {
                                assertThat(d.has(table + "[" + i + "]." + f.id())).as("%s row %d filled", p, i).isTrue();
                            }
                        }
                        continue;
                    }
                    if (f.type().isLeaf()) {
                        // complete: every field filled, except the text of an option left unticked (choiceText)
                        boolean textOfUnticked = t.rules().stream().anyMatch(r -> r.rule().equals("choiceText")
                                && p.equals(r.string("text")) && !d.choices(r.string("choice")).contains(r.string("option")));
                        // … and a field hidden by a condition (when), which may keep a value or not
                        boolean hidden = !cn.shenbao.forms.draft.Conditions.shown(t, d, p);
                        assertThat(d.has(p) || textOfUnticked || hidden).as("%s filled", p).isTrue();
                        if (f.maxChars() != null && CharCount.count(d.text(p)) == f.maxChars()) {
                            atLimit.add(p);
                        }
                        d.text(p).codePoints().forEach(cp -> kinds.add(kind(cp)));
                    }
                }
            });
            List<String> limited = t.paths().stream().filter(p -> !p.contains("[]") && t.field(p).maxChars() != null
                    && !t.rules().stream().anyMatch(r -> p.equals(r.string("field")))).toList();
            assertThat(atLimit).as("texts of %s generated at their 字数 limit", t.id()).containsAll(limited);
            List<String> capped = t.paths().stream().filter(p -> t.field(p).type() == FieldType.TABLE
                    && t.field(p).maxRows() != null).toList();
            assertThat(atCap).as("tables of %s generated at their row cap", t.id()).containsAll(capped);
            assertThat(kinds).as("kinds of characters in %s", t.id())
                    .contains("CJK", "Ext-B", "Latin", "digit", "full-width");
        }
    }

    private static String kind(int cp) {
        if (cp >= 0x20000 && cp <= 0x2A6DF) {
            return "Ext-B";
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return "CJK";
        }
        if (cp >= '0' && cp <= '9') {
            return "digit";
        }
        if (cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z') {
            return "Latin";
        }
        if (cp >= 0xFF01 && cp <= 0xFF5E || cp >= 0x3000 && cp <= 0x303F || cp >= 0x2010 && cp <= 0x2027) {
            return "full-width";
        }
        return "other";
    }

    @Test
    void theGeneratorIsDeterministicForASeed() {
        for (TemplateDef t : TEMPLATES) {
            Draft a = RandomDrafts.valid(t).next(new Rnd(42));
            Draft b = RandomDrafts.valid(t).next(new Rnd(42));
            assertThat(a.flatten()).isEqualTo(b.flatten());
        }
    }
}
