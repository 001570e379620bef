package cn.shenbao.forms.rules;

import static cn.shenbao.forms.rules.RuleTesting.ZH;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 9, defect 4: 10,000 bad rows give a short report ("还有 N 行同类问题"), not one finding per row. */
class ManyRowsTest {
    @Test
    void findingsOfOneKindPastTheLimitAreSummedUpOnTheTable() {
        Draft d = ValidKczgDraft.build();
        int before = d.rowCount("roster");
        for (int i = before; i < 10_000; i++) {
            d.set("roster[" + i + "].birthDate", "不是日期");
        }
        List<Finding> all = RuleEngine.check(TemplateRegistry.builtIn().get("kczg-2024"), d);
        assertThat(all.size()).as("a report a person can read").isLessThan(200);
        List<Finding> dates = all.stream().filter(f -> f.path().matches("roster\\[\\d+]\\.birthDate")).toList();
        assertThat(dates).hasSize(RuleEngine.MAX_PER_KIND);
        Finding more = all.stream().filter(f -> f.key().equals("rule.moreRows") && f.rule().equals("format"))
                .findFirst().orElseThrow();
        assertThat(more.path()).isEqualTo("roster");
        int reported = 10_000 - before;
        assertThat(more.message(ZH)).startsWith("还有 " + (reported - RuleEngine.MAX_PER_KIND) + " 行同类问题")
                .contains("不是日期");
        assertThat(more.message(Locale.ENGLISH)).contains((reported - RuleEngine.MAX_PER_KIND) + " more rows");
    }

    @Test
    void upToTheLimitEveryRowIsListed() {
        Draft d = ValidKczgDraft.build();
        for (int i = 0; i < RuleEngine.MAX_PER_KIND; i++) {
            d.set("roster[" + i + "].birthDate", "不是日期");
        }
        List<Finding> all = RuleEngine.check(TemplateRegistry.builtIn().get("kczg-2024"), d);
        assertThat(all).noneMatch(f -> f.key().equals("rule.moreRows"));
        assertThat(all.stream().filter(f -> f.path().endsWith(".birthDate"))).hasSize(RuleEngine.MAX_PER_KIND);
    }
}
