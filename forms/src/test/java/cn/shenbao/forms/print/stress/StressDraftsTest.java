package cn.shenbao.forms.print.stress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stress drafts are valid applications (the layout must print them right) and reproducible. */
class StressDraftsTest {
    @Test
    void everyStressDraftIsValidAndTheSameForTheSameSeed() {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        for (StressDrafts.Case c : StressDrafts.sample(30, 7)) {
            List<Finding> errors = RuleEngine.check(t, c.draft()).stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            assertThat(errors).as(c.toString()).isEmpty();
            assertThat(c.draft().flatten()).as(c.toString()).isEqualTo(c.draft().flatten());
            assertThat(c.draft().text("contactEmail")).hasSize(c.emailLen());
            assertThat(c.draft().rows("members")).hasSize(c.members());
            assertThat(c.draft().rows("memberUnits")).hasSize(c.units());
        }
    }
}
