package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * T7 南通 项目推荐汇总表 (seed 001, 附件2): the example has no finding, and each rule of the notice fires on a
 * broken copy of it, on the cell it concerns, citing the clause.
 */
class NtSummaryRulesTest {
    private static final String ID = "nt-2023-summary";
    private static final TemplateDef T = TemplateRegistry.builtIn().get(ID);

    private static List<Finding> check(Draft d) {
        return RuleEngine.check(T, d);
    }

    private static Finding only(Draft d) {
        List<Finding> all = check(d);
        assertThat(all).as("findings: %s", RuleTesting.describe(all)).hasSize(1);
        return all.get(0);
    }

    @Test
    void theExampleHasNoFinding() throws Exception {
        assertThat(check(FormExamples.load(ID))).isEmpty();
    }

    @Test
    void theGuideCodesAreThoseOfAnnex1WithTheirNames() {
        FieldDef code = T.field("projects[].guideCode");
        assertThat(code.options()).containsExactly("1001 人工智能", "1002 量子信息", "1003 未来网络", "2001 深海空天开发",
                "3001 氢能与储能", "4001 纳米与智能材料", "4002 第三代半导体", "5001 细胞和基因技术", "5002 智能医疗");
    }

    @Test
    void aCodeOutsideTheGuideIsRefused() throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("projects[1].guideCode", "6001 元宇宙");
        Finding f = RuleTesting.assertFinding(only(d), "projects[1].guideCode", Severity.ERROR, "指南编号");
        assertThat(f.message(RuleTesting.ZH)).contains("1001 人工智能");
    }

    @Test
    void oneProjectPerEnterpriseNamesBothRows() throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("projects[3].applicant", " 南通智瞳视觉科技有限公司 ");
        Finding f = RuleTesting.assertFinding(only(d), "projects[3].applicant", Severity.ERROR, "推荐项目 第4行 › 申报单位");
        String zh = f.message(RuleTesting.ZH);
        assertThat(zh).contains("南通智瞳视觉科技有限公司", "第 1 行", "第 4 行", "四.3");
        assertThat(f.message(java.util.Locale.ENGLISH)).contains("row 1", "4");
        d.set("projects[3].applicant", "南通康因生物医药有限公司");
        assertThat(check(d)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} 字")
    @CsvSource({
        "智能语音芯片研发, 8, true",
        "面向量子通信网络研发, 10, true",
        "兆瓦级碱性电解水制氢研发, 12, true",
        "一二三四五六七八九十一二三研发, 15, false",
        "一二三四五六七八九十一二三四五六七八九十一二三研发, 25, false",
        "一二三四五六七八九十一二三四五六七八九十一二三四研发, 26, true"})
    void theProjectNameShouldHave15To25Characters(String name, int count, boolean warned) throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("projects[2].name", name);
        List<Finding> all = check(d);
        if (!warned) {
            assertThat(all).isEmpty();
            return;
        }
        Finding f = RuleTesting.assertFinding(only(d), "projects[2].name", Severity.WARNING, "推荐项目 第3行 › 项目名称");
        assertThat(f.rule()).isEqualTo("charCount");
        assertThat(f.message(RuleTesting.ZH)).contains("15-25", "现 " + count + " 字", "五（一）3");
    }

    @Test
    void theProjectNameShouldEndIn研发() throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("projects[0].name", "面向工业质检的轻量化视觉大模型关键技术研究");
        Finding f = RuleTesting.assertFinding(only(d), "projects[0].name", Severity.WARNING, "推荐项目 第1行 › 项目名称");
        assertThat(f.rule()).isEqualTo("pattern");
        assertThat(f.message(RuleTesting.ZH)).contains("“研发”作为后缀", "五（一）3", "面向工业质检的轻量化视觉大模型关键技术研究");
        d.set("projects[0].name", "面向工业质检的轻量化视觉大模型关键技术研发 ");
        assertThat(check(d)).as("trailing space").isEmpty();
    }

    @Test
    void eachRowIsCheckedOnItsOwn() throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("projects[0].name", "短名称研究");
        d.set("projects[3].name", "短名称研究");
        List<Finding> all = check(d);
        assertThat(all).extracting(Finding::path).containsExactlyInAnyOrder("projects[0].name", "projects[0].name",
                "projects[3].name", "projects[3].name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"recommender, 推荐单位", "recommenderKind, 推荐单位类别"})
    void theHeaderIsRequired(String path, String label) throws Exception {
        Draft d = FormExamples.load(ID);
        d.set(path, null);
        assertThat(only(d).rule()).isEqualTo("required");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"name, 项目名称", "applicant, 申报单位", "county, 所在县（市）", "guideCode, 指南编号"})
    void theCellsOfTheOfficialTableAreRequired(String column, String label) throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("projects[1]." + column, null);
        RuleTesting.assertFinding(only(d), "projects[1]." + column, Severity.ERROR, label);
    }

    @ParameterizedTest(name = "{0}: at most {1}")
    @CsvSource({"县（市、区）科技局, 6", "开发区科技局, 6", "苏锡通科技产业园区, 3", "通州湾示范区, 3", "南通创新区, 3"})
    void theQuotaFollowsTheKindOfRecommender(String kind, int quota) throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("recommenderKind", kind);
        while (d.rowCount("projects") > quota) {
            d.removeRow("projects", d.rowCount("projects") - 1);
        }
        for (int n = d.rowCount("projects"); n < quota; n++) {
            d.addRow("projects", row(n + 1));
        }
        assertThat(check(d)).as("exactly %d projects", quota).isEmpty();
        d.addRow("projects", row(quota + 1));
        Finding f = RuleTesting.assertFinding(only(d), "projects", Severity.ERROR, "推荐项目");
        assertThat(f.rule()).isEqualTo("rowCount");
        assertThat(f.message(RuleTesting.ZH)).contains("共 " + (quota + 1) + " 项", "推荐名额 " + quota + " 项", "通知 三");
    }

    @Test
    void universitiesAndInstitutesHaveNoQuota() throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("recommenderKind", "高校、科研院所");
        for (int n = d.rowCount("projects"); n < 30; n++) {
            d.addRow("projects", row(n + 1));
        }
        assertThat(check(d)).isEmpty();
        d.set("recommenderKind", "苏锡通科技产业园区");
        assertThat(check(d)).extracting(Finding::rule).containsExactly("rowCount");
    }

    /** A row with the example's first project renamed and under another enterprise (for the quota tests). */
    static Map<String, String> row(int n) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("name", "第" + n + "个前瞻性技术创新专项项目关键技术研发");
        r.put("applicant", "南通第" + n + "科技有限公司");
        r.put("county", "海门区");
        r.put("guideCode", "1003 未来网络");
        return r;
    }
}
