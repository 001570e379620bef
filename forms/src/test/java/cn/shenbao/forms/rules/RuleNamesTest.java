package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A warning is acknowledged by its id {@code rule|path}. Two rules of one kind reporting on the same
 * path (the roster's 托举 and 蹲点 counts) must have different names, or acknowledging one would hide
 * the other.
 */
class RuleNamesTest {
    private final TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");

    @Test
    void rulesOfOneKindHaveDistinctNames() {
        for (List<RuleDef> defs : List.of(t.rules(), t.crossRules())) {
            Map<String, Long> names = defs.stream().collect(Collectors.groupingBy(RuleDef::name, Collectors.counting()));
            List<String> shared = new ArrayList<>();
            names.forEach((n, c) -> {
                if (c > 1 && defs.stream().filter(d -> d.name().equals(n)).map(RuleDef::args).map(a -> a.get("table") + "/" + a.get("field"))
                        .distinct().count() < c) {
                    shared.add(n);
                }
            });
            assertThat(shared).as("rule names used twice on the same target").isEmpty();
        }
    }

    @Test
    void tuojuAndDundianWarningsCanBeAcknowledgedSeparately() {
        Draft d = new Draft(t.id(), t.version());
        d.set("roster[0].name", "张三");
        d.set("roster[0].birthDate", "1980-01-01");
        List<Finding> findings = RuleEngine.check(t, d).stream().filter(f -> f.path().equals("roster")).toList();
        List<String> ids = findings.stream().map(Finding::id).toList();
        assertThat(ids).contains("flagCount#tuoju|roster", "flagCount#dundian|roster").doesNotHaveDuplicates();
        d.acknowledge("flagCount#tuoju|roster");
        List<Finding> open = RuleEngine.check(t, d).stream().filter(f -> !d.acknowledged().contains(f.id())).toList();
        assertThat(open).extracting(Finding::id).contains("flagCount#dundian|roster").doesNotContain("flagCount#tuoju|roster");
    }
}
