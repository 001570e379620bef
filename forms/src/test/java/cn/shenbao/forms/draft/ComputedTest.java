package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** COMPUTED values are computed in {@code forms}, so the checks, the printer and the command line see them. */
class ComputedTest {
    private final TemplateDef kczg = TemplateRegistry.builtIn().get("kczg-2024");

    @Test
    void sumOfFieldsAndOfAColumn() {
        Draft d = new Draft(kczg.id(), kczg.version());
        d.set("castFunding", "50");
        d.set("ownFunding", "20.5");
        d.set("localFunding", "");
        assertThat(Computed.value(kczg, d, "fundingSum")).isEqualTo("70.5");
        assertThat(Computed.text(kczg, d, "fundingSum")).isEqualTo("70.5");
        d.addRow("phases", Map.of("budget", "10.25"));
        d.addRow("phases", Map.of("budget", "x")); // not a number: counts 0, the format check reports it
        d.addRow("phases", Map.of("budget", "4.75"));
        assertThat(Computed.value(kczg, d, "phaseBudgetSum")).isEqualTo("15");
        assertThat(Computed.value(kczg, new Draft(kczg.id(), 1), "fundingSum")).isEqualTo("0");
        assertThat(Computed.text(kczg, d, "castFunding")).as("a stored field is read as stored").isEqualTo("50");
    }

    /** A rule that names a COMPUTED field compares its computed value (it saw "" before). */
    @Test
    void rulesSeeTheComputedValue() throws Exception {
        String json = """
                {"id": "mini", "version": 1, "title": "t",
                 "sections": [{"id": "s", "fields": [
                   {"id": "a", "label": "甲", "type": "MONEY"},
                   {"id": "b", "label": "乙", "type": "MONEY"},
                   {"id": "total", "label": "合计", "type": "COMPUTED", "unit": "万元",
                    "compute": {"op": "sum", "of": ["a", "b"]}}]}],
                 "rules": [{"rule": "maxValue", "field": "total", "max": "100"}]}
                """;
        TemplateDef t = TemplateRegistry.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        Draft d = new Draft("mini", 1);
        d.set("a", "60");
        d.set("b", "30");
        assertThat(RuleEngine.check(t, d)).isEmpty();
        d.set("b", "50");
        List<Finding> findings = RuleEngine.check(t, d);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("total");
            assertThat(f.rule()).isEqualTo("maxValue");
            assertThat(f.args()).contains("110");
        });
    }
}
