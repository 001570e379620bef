package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The incremental check must give exactly what a full check gives (same findings, same order) after
 * every single change, whichever field changed and whichever rule reads it.
 */
class LiveCheckTest {
    private static final TemplateDef T = TemplateRegistry.builtIn().get("kczg-2024");

    /** Values that are valid for some types and wrong for others, so that findings come and go. */
    private static final String[] VALUES = {"", "", "张三", "“科创中国”新能源科技服务团", "80", "80.125", "100", "0",
        "2024-06-01", "2025-03-31", "2025-06-30", "1990-01-01", "13912345678", "010-12345678", "abc",
        "a@b.cn", "100081", "true", "false", "新能源", "新能源|新材料", "研发指南 智库报告 蹲点", "x".repeat(900),
        "91110000100000000X", "其他", "  "};

    @Test
    void everyChangeGivesWhatAFullCheckGives() {
        for (Draft start : List.of(SampleDrafts.kczgComplete(), new Draft(T.id(), T.version()))) {
            Random random = new Random(8);
            Draft d = start;
            LiveCheck live = new LiveCheck(T, d);
            assertThat(live.findings()).isEqualTo(RuleEngine.check(T, d));
            List<String> paths = settablePaths(d);
            for (int i = 0; i < 1500; i++) {
                String path = paths.get(random.nextInt(paths.size()));
                String value = VALUES[random.nextInt(VALUES.length)];
                FieldDef f = T.field(path);
                if (f != null && f.type() == FieldType.MULTI_CHOICE) {
                    d.setChoices(path, value.isBlank() ? List.of() : List.of(value.split("\\|")));
                } else {
                    d.set(path, value.isEmpty() ? null : value);
                }
                List<Finding> incremental = live.changed(path);
                assertThat(incremental).as("after %s = %s (step %d)", path, value, i).isEqualTo(RuleEngine.check(T, d));
            }
        }
    }

    @Test
    void structuralChangesNeedAFullCheckAndGetIt() {
        Draft d = SampleDrafts.kczgComplete();
        LiveCheck live = new LiveCheck(T, d);
        d.removeRow("roster", 3);
        d.removeRow("phases", 0);
        assertThat(live.checkAll()).isEqualTo(RuleEngine.check(T, d));
        d.set("roster[2].name", null);
        assertThat(live.changed("roster[2].name")).isEqualTo(RuleEngine.check(T, d));
    }

    @Test
    void aRuleReadingAComputedFieldRunsWhenAPartOfItsSumChanges() {
        Draft d = SampleDrafts.kczgComplete();
        LiveCheck live = new LiveCheck(T, d);
        d.set("phases[0].budget", "1");
        assertThat(live.changed("phases[0].budget")).extracting(Finding::ruleName).contains("columnSum#phases.budget");
    }

    private static List<String> settablePaths(Draft d) {
        List<String> out = new ArrayList<>();
        for (String p : T.paths()) {
            FieldDef f = T.field(p);
            if (f.type() == FieldType.GROUP || f.type() == FieldType.TABLE || f.type() == FieldType.COMPUTED
                    || f.type() == FieldType.DATE_RANGE) {
                continue;
            }
            if (p.contains("[].")) {
                String table = p.substring(0, p.indexOf("[]."));
                int rows = Math.max(1, d.rowCount(table));
                for (int r = 0; r < Math.min(rows, 4); r++) {
                    out.add(FieldPath.cell(table, r, p.substring(p.indexOf("[].") + 3)));
                }
            } else {
                out.add(p);
                if (f.otherOption() != null) {
                    out.add(p + ".other");
                }
            }
        }
        return out;
    }
}
