package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of T6 2024年拟支持项目建议表 ({@code jyb-2024}): the 限项 of notice 三.(二) by the recommending unit's
 * kind, the required cells of a project row, and one project listed once.
 */
class JybRulesTest {
    private static final String T6 = "jyb-2024";

    private static List<Finding> check(Draft d) {
        return RuleEngine.check(TemplateRegistry.builtIn().get(T6), d);
    }

    private static Finding only(Draft d) {
        List<Finding> all = check(d);
        assertThat(all).as("findings: %s", RuleTesting.describe(all)).hasSize(1);
        return all.get(0);
    }

    /** The example with {@code n} distinct, complete project rows. */
    private static Draft withRows(String recommender, int n) throws Exception {
        Draft d = FormExamples.load(T6);
        d.set("recommender", recommender);
        Map<String, String> first = d.row("projects", 0);
        d.setRows("projects", List.of());
        for (int i = 0; i < n; i++) {
            Map<String, String> r = new java.util.LinkedHashMap<>(first);
            r.put("name", first.get("name") + (i + 1));
            d.addRow("projects", r);
        }
        return d;
    }

    @ParameterizedTest(name = "{0}: {1} projects allowed")
    @CsvSource({"杭州市, 15", "温州市, 12", "丽水市, 10", "舟山市, 6", "省属本科高校, 2", "省属科研院所, 1",
        "浙江大学（附属医院）, 12", "省卫健委（除浙江大学附属医院）, 10", "国资委, 10"})
    void theQuotaOfTheChosenUnitIsAnErrorOneAboveIt(String recommender, int quota) throws Exception {
        assertThat(check(withRows(recommender, quota))).as("exactly the quota").isEmpty();
        Finding f = RuleTesting.assertFinding(only(withRows(recommender, quota + 1)), "projects", Severity.ERROR,
                "拟支持项目");
        assertThat(f.rule()).isEqualTo("rowCount");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("共 " + (quota + 1) + " 项")
                .contains("限项数 " + quota + " 项").contains("推荐单位类别");
        assertThat(f.message(Locale.ENGLISH)).contains("quota of " + quota);
    }

    @Test
    void changingTheUnitChangesTheQuota() throws Exception {
        Draft d = withRows("杭州市", 11);
        assertThat(check(d)).isEmpty();
        d.set("recommender", "舟山市");
        assertThat(only(d).message(Locale.SIMPLIFIED_CHINESE)).contains("限项数 6 项");
    }

    @Test
    void withoutAUnitKindOnlyTheChoiceIsAskedFor() throws Exception {
        Draft d = withRows("杭州市", 30);
        d.set("recommender", null);
        Finding f = RuleTesting.assertFinding(only(d), "recommender", Severity.ERROR, "推荐单位类别");
        assertThat(f.rule()).isEqualTo("required");
    }

    @ParameterizedTest(name = "{0} is required")
    @CsvSource({"unitName, 申报单位", "projects[1].name, 项目名称", "projects[1].unit, 承担单位",
        "projects[1].content, 主要支持内容", "projects[1].field, 相关领域", "projects[1].funding, 拟支持经费"})
    void everyRequiredFieldIsAskedFor(String path, String label) throws Exception {
        Draft d = FormExamples.load(T6);
        d.set(path, null);
        Finding f = RuleTesting.assertFinding(only(d), path, Severity.ERROR, label);
        assertThat(f.rule()).isEqualTo("required");
    }

    @Test
    void selfFundingMayBeEmptyButNotText() throws Exception {
        Draft d = FormExamples.load(T6);
        d.set("projects[0].selfFunding", null);
        assertThat(check(d)).isEmpty();
        d.set("projects[0].selfFunding", "三百");
        RuleTesting.assertFinding(only(d), "projects[0].selfFunding", Severity.ERROR, "自筹经费");
    }

    @Test
    void aProjectListedTwiceIsAWarning() throws Exception {
        Draft d = FormExamples.load(T6);
        d.set(FieldPath.cell("projects", 2, "name"), d.text("projects[0].name"));
        Finding f = only(d);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.rule()).isEqualTo("uniqueColumn");
    }

    @Test
    void theExampleIsComplete() throws Exception {
        Draft d = FormExamples.load(T6);
        assertThat(check(d)).isEmpty();
        assertThat(d.rowCount("projects")).isEqualTo(3);
    }
}
