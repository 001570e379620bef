package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.NewDrafts;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of the two 龙泉 需求征集表 (T3 企业填报, T4 行业主管部门或协会填报): each hard rule fires on a
 * broken copy of the form's example, on the right field path, with a message that names the field and
 * says what to change.
 */
class LqRulesTest {
    private static final String T3 = "lq-2024-enterprise";
    private static final String T4 = "lq-2024-association";

    private static List<Finding> check(String id, Draft d) {
        return RuleEngine.check(TemplateRegistry.builtIn().get(id), d);
    }

    private static Finding only(String id, Draft d) {
        List<Finding> all = check(id, d);
        assertThat(all).as("findings: %s", RuleTesting.describe(all)).hasSize(1);
        return all.get(0);
    }

    @ParameterizedTest(name = "{0}: {1} is required")
    @CsvSource({
        T3 + ", enterpriseName, 企业名称", T3 + ", region, 所属地区", T3 + ", contact, 联系人",
        T3 + ", contactPhone, 联系方式", T3 + ", intro, 企业简介", T3 + ", needName, 技术需求名称",
        T3 + ", field, 所属领域", T3 + ", description, 技术需求描述", T3 + ", goals.technical, 主要技术指标",
        T3 + ", goals.economic, 经济社会指标", T3 + ", goals.results, 科技成果指标", T3 + ", budget.total, 预计总投入",
        T3 + ", budget.financing, 拟筹资方案", T3 + ", budget.basis, 测算依据说明",
        T4 + ", recommender, 推荐单位（行业协会）", T4 + ", region, 所属地区", T4 + ", contact, 填报单位联系人",
        T4 + ", contactPhone, 联系方式", T4 + ", needName, 需求名称", T4 + ", background, 背景意义",
        T4 + ", content, 主要研发内容", T4 + ", category, 拟申报计划项目类别"})
    void everyRequiredFieldIsAskedFor(String id, String path, String label) throws Exception {
        Draft d = FormExamples.load(id);
        d.set(path, null);
        Finding f = RuleTesting.assertFinding(only(id, d), path, Severity.ERROR, label);
        assertThat(f.rule()).isEqualTo("required");
    }

    @ParameterizedTest(name = "{0}: {1} at most 500字")
    @CsvSource({T3 + ", description, 技术需求描述", T4 + ", background, 背景意义", T4 + ", content, 主要研发内容"})
    void fiveHundredCharactersAtMost(String id, String path, String label) throws Exception {
        Draft d = FormExamples.load(id);
        d.set(path, "字".repeat(500));
        assertThat(check(id, d)).as("exactly 500字 is allowed").isEmpty();
        d.set(path, "字".repeat(300) + "\n" + "字".repeat(200)); // line breaks do not count
        assertThat(check(id, d)).isEmpty();
        d.set(path, "字".repeat(501));
        Finding f = RuleTesting.assertFinding(only(id, d), path, Severity.ERROR, label);
        assertThat(f.rule()).isEqualTo("maxChars");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("500").contains("501").contains("1");
    }

    @Test
    void formatsOfTheContactAndTheMoneyAreChecked() throws Exception {
        Draft d = FormExamples.load(T3);
        d.set("contactPhone", "0578-71");
        RuleTesting.assertFinding(only(T3, d), "contactPhone", Severity.ERROR, "联系方式");
        d = FormExamples.load(T3);
        d.set("budget.total", "1800.555");
        RuleTesting.assertFinding(only(T3, d), "budget.total", Severity.ERROR, "预计总投入");
        d = FormExamples.load(T3);
        d.set("field", "海洋科技"); // not among the seven of the notice (the 尖兵领雁 table has it, 附件2 does not)
        RuleTesting.assertFinding(only(T3, d), "field", Severity.ERROR, "所属领域");
    }

    @Test
    void aNewDraftSaysLongquanAsThePrintedFormDoes() {
        for (String id : List.of(T3, T4)) {
            TemplateDef t = TemplateRegistry.builtIn().get(id);
            Draft d = NewDrafts.of(t);
            assertThat(d.text("region")).isEqualTo("龙泉市");
            assertThat(d.flatten()).containsOnlyKeys("region");
        }
    }
}
