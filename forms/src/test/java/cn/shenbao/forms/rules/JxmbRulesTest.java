package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Computed;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.NewDrafts;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.RowGroups;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of T5 绩效目标申报表（2024年度） ({@code jxmb-2024}): the complete example has no finding; each rule
 * fires on a broken copy of it, on the right path, with a message naming the field and what to do.
 */
class JxmbRulesTest {
    private static final String ID = "jxmb-2024";
    private static final TemplateDef T = TemplateRegistry.builtIn().get(ID);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static List<Finding> check(Draft d) {
        return RuleEngine.check(T, d);
    }

    private static Finding only(Draft d) {
        List<Finding> all = check(d);
        assertThat(all).as("findings: %s", RuleTesting.describe(all)).hasSize(1);
        return all.get(0);
    }

    private static Draft sample() throws Exception {
        return FormExamples.load(ID);
    }

    /** The row index of an indicator by its 三级指标. */
    private static int row(Draft d, String name) {
        List<Map<String, String>> rows = d.rows("indicators");
        for (int i = 0; i < rows.size(); i++) {
            if (name.equals(rows.get(i).get("name"))) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + name);
    }

    @Test
    void theExampleIsCompleteAndClean() throws Exception {
        Draft d = sample();
        assertThat(check(d)).as(RuleTesting.describe(check(d))).isEmpty();
        assertThat(Computed.text(T, d, "selfFunding")).isEqualTo("800");
        // every preset row of the form is there, and own rows besides
        RowGroups g = T.field("indicators").groups();
        assertThat(g.preset()).hasSize(20).allSatisfy(p -> assertThat(d.rows("indicators")).anyMatch(r -> RowGroups.matches(p, r)));
        assertThat(d.rows("indicators")).filteredOn(r -> !g.isPreset(r)).hasSize(3);
    }

    @Test
    void aNewDraftHasThePresetIndicatorsOfTheForm() {
        Draft d = NewDrafts.of(T);
        assertThat(d.rows("indicators")).hasSize(20);
        assertThat(d.rows("indicators").get(0)).containsEntry("level1", "产出指标").containsEntry("level2", "数量指标")
                .containsEntry("name", "支持自由探索类基础研究项目数量").containsEntry("unit", "个").doesNotContainKey("value");
        assertThat(d.rows("indicators").get(19)).containsEntry("name", "被服务对象满意度").containsEntry("unit", "%");
        // an empty draft: required fields and one warning per second-level group, no error about the indicators
        List<Finding> all = check(d);
        assertThat(all).filteredOn(f -> f.rule().equals("groupHasValue")).hasSize(5);
        assertThat(all).noneMatch(f -> f.rule().equals("rowGroups") || f.rule().equals("unitValue"));
    }

    @ParameterizedTest(name = "{0} is required")
    @CsvSource({"projectName, 项目名称", "unit, 承担单位", "direction, 支持方向", "leadKind, 牵头单位类型",
        "budgetTotal, 总预算", "budgetCentral, 其中：中央补助", "goalOverall, 总体目标", "goalYear, 2024年度目标"})
    void everyRequiredFieldIsAskedFor(String path, String label) throws Exception {
        Draft d = sample();
        d.set(path, null);
        List<Finding> all = check(d);
        assertThat(all).anySatisfy(f -> {
            RuleTesting.assertFinding(f, path, Severity.ERROR, label);
            assertThat(f.rule()).isEqualTo("required");
        });
    }

    @Test
    void theCentralSubsidyMayNotExceedTheTotal() throws Exception {
        Draft d = sample();
        d.set("budgetTotal", "150");
        d.set("leadKind", "山区26县或海岛县的单位");
        List<Finding> all = check(d);
        Finding f = all.stream().filter(x -> x.rule().equals("notMoreThan")).findFirst().orElseThrow();
        RuleTesting.assertFinding(f, "budgetCentral", Severity.ERROR, "其中：中央补助");
        assertThat(f.message(ZH)).contains("不得超过“总预算”").contains("200万元").contains("150万元").contains("多出 50万元");
        d.set("budgetTotal", "200");
        assertThat(check(d)).noneMatch(x -> x.rule().equals("notMoreThan"));
    }

    @ParameterizedTest(name = "{0}: at most {1} 万元")
    @CsvSource({"区域科技创新体系建设, 300", "科技创新基地建设, 500", "科技成果转移转化, 200"})
    void theCapOfTheCentralSubsidyIsTheDirections(String direction, String cap) throws Exception {
        Draft d = sample();
        d.set("direction", direction);
        d.set("budgetTotal", "5000");
        d.set("budgetCentral", cap);
        assertThat(check(d)).as(RuleTesting.describe(check(d))).isEmpty();
        d.set("budgetCentral", cap + ".01");
        Finding f = RuleTesting.assertFinding(only(d), "budgetCentral", Severity.ERROR, "其中：中央补助");
        assertThat(f.rule()).isEqualTo("maxValue");
        assertThat(f.message(ZH)).contains("不得超过 " + cap + "万元").contains("支持方向").contains(cap + ".01万元");
    }

    @ParameterizedTest(name = "{0}: 自筹 at least {1} % of the total")
    @CsvSource({"企业, 80, 1000, 200, 201", "'高校、科研院所、新型研发机构等事业单位（联合企业申报）', 50, 400, 200, 201",
        "农业类企业, 60, 500, 200, 201", "山区26县或海岛县的单位, 60, 500, 200, 201"})
    void selfFundingByTheLeadUnitsKind(String kind, String percent, String total, String okCentral, String lowCentral)
            throws Exception {
        Draft d = sample();
        d.set("direction", "科技创新基地建设"); // cap 500: the subsidies below stay within it
        d.set("leadKind", kind);
        d.set("budgetTotal", total);
        d.set("budgetCentral", okCentral); // exactly the share: no warning
        assertThat(check(d)).as(RuleTesting.describe(check(d))).isEmpty();
        d.set("budgetCentral", lowCentral);
        Finding f = RuleTesting.assertFinding(only(d), "selfFunding", Severity.WARNING, "自筹经费");
        assertThat(f.rule()).isEqualTo("minShare");
        assertThat(f.message(ZH)).contains("“" + kind + "”").contains(percent + "%").contains("通知 二.(二)");
    }

    @Test
    void percentagesLieWithin0And100AndCountsAreWhole() throws Exception {
        Draft d = sample();
        int timely = row(d, "资金使用及时率");
        d.set("indicators[" + timely + "].value", "100.5");
        Finding f = RuleTesting.assertFinding(only(d), "indicators[" + timely + "].value", Severity.ERROR, "指标值");
        assertThat(f.key()).isEqualTo("rule.unitValue.percent");
        d.set("indicators[" + timely + "].value", "≥95");
        assertThat(check(d)).isEmpty();
        int count = row(d, "转化科技成果数量");
        d.set("indicators[" + count + "].value", "2.5");
        f = RuleTesting.assertFinding(only(d), "indicators[" + count + "].value", Severity.ERROR, "指标值");
        assertThat(f.key()).isEqualTo("rule.unitValue.whole");
        assertThat(f.message(ZH)).contains("“项”").contains("整数");
        d.set("indicators[" + count + "].value", "-3");
        assertThat(only(d).key()).isEqualTo("rule.unitValue.negative");
        d.set("indicators[" + count + "].value", "二十");
        assertThat(only(d).key()).isEqualTo("rule.unitValue.number");
        d.set("indicators[" + count + "].value", "20");
        int money = row(d, "促进技术合同成交额");
        d.set("indicators[" + money + "].value", "5000.5"); // 万元 need not be whole
        assertThat(check(d)).isEmpty();
    }

    @Test
    void anOwnIndicatorWithAnotherUnitIsFree() throws Exception {
        Draft d = sample();
        int i = d.addRow("indicators", Map.of("level1", "产出指标", "level2", "数量指标", "name", "科研能力提升情况",
                "unit", "", "value", "显著提升"));
        assertThat(check(d)).as(RuleTesting.describe(check(d))).isEmpty();
        d.set("indicators[" + i + "].unit", "篇");
        assertThat(only(d).key()).isEqualTo("rule.unitValue.number");
    }

    @Test
    void eachSecondLevelGroupShouldHaveAValue() throws Exception {
        Draft d = sample();
        int timely = row(d, "资金使用及时率");
        d.set("indicators[" + timely + "].value", null);
        Finding f = RuleTesting.assertFinding(only(d), "indicators[" + timely + "].value", Severity.WARNING, "指标值");
        assertThat(f.rule()).isEqualTo("groupHasValue");
        assertThat(f.message(ZH)).contains("产出指标 › 时效指标").contains("至少填写一项");
    }

    @Test
    void aPresetIndicatorCannotBeLostAndAnOwnOneBelongsToAGroup() throws Exception {
        Draft d = sample();
        d.removeRow("indicators", row(d, "取得的基础研究成果数量"));
        Finding f = RuleTesting.assertFinding(only(d), "indicators", Severity.ERROR, "绩效指标");
        assertThat(f.key()).isEqualTo("rule.rowGroups.missing");
        assertThat(f.message(ZH)).contains("取得的基础研究成果数量");

        d = sample();
        int i = d.addRow("indicators", Map.of("level1", "产出指标", "level2", "质量指标", "name", "专利授权", "unit", "件",
                "value", "3"));
        f = RuleTesting.assertFinding(only(d), "indicators[" + i + "].level1", Severity.ERROR, "一级指标");
        assertThat(f.key()).isEqualTo("rule.rowGroups.group");
        assertThat(f.message(ZH)).contains("产出指标 › 质量指标").contains("产出指标 › 时效指标");
    }

    @Test
    void anIndicatorListedTwiceIsPointedOut() throws Exception {
        Draft d = sample();
        int i = d.addRow("indicators", Map.of("level1", "产出指标", "level2", "数量指标", "name", "转化科技成果数量",
                "unit", "项", "value", "1"));
        Finding f = RuleTesting.assertFinding(only(d), "indicators[" + i + "].name", Severity.WARNING, "三级指标");
        assertThat(f.rule()).isEqualTo("uniqueColumn");
    }

    @Test
    void theNoticesPeriodAndYearAreParameters() {
        assertThat(T.param("periodFrom")).isEqualTo("2024-06-01");
        assertThat(T.param("periodTo")).isEqualTo("2026-05-31");
        assertThat(T.param("targetYear")).isEqualTo(2024);
        assertThat(TemplateParams.chosenBy(T, "$centralMax")).isEqualTo("direction");
    }

    @Test
    void theTypicalIndicatorsOfEachDirectionAreData() {
        RowGroups g = T.field("indicators").groups();
        assertThat(g.typicalFor("区域科技创新体系建设")).extracting(r -> r.get("name"))
                .contains("培育高新技术企业数量", "培育科技型中小企业数量", "促进技术合同成交额", "被服务对象满意度");
        assertThat(g.typicalFor("科技成果转移转化")).extracting(r -> r.get("name"))
                .contains("转移科技成果数量", "服务企业数量", "开展创业辅导活动数量", "培训技术经纪人数量");
        assertThat(g.typicalFor("科技创新基地建设")).extracting(r -> r.get("name")).contains("研发投入金额");
        assertThat(g.typicalFor(null)).isEmpty();
        // every typical row belongs to a group of the form
        for (String dir : T.field("direction").options()) {
            assertThat(g.typicalFor(dir)).isNotEmpty().allSatisfy(r -> assertThat(g.groupIndex(r)).isBetween(0, 4));
        }
    }
}
