package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.samples.FormExamples;
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
 * The 申报资格自查表 of the 国家重点研发计划 (seed 000, 三 and 四): the example (a qualifying applicant) has no
 * finding and every verdict 符合; each requirement fires on a broken copy, on the field it concerns, citing its
 * clause; a “揭榜挂帅” project is exempt from the registration date and the leader's age, degree and title (四.3).
 */
class EligibilityRulesTest {
    private static final String ID = "gjzx-2024-eligibility";
    private static final TemplateDef T = TemplateRegistry.builtIn().get(ID);
    private static final String JBGS = "“揭榜挂帅”项目";

    private static List<Finding> check(Draft d) {
        return RuleEngine.check(T, d);
    }

    private static Finding only(Draft d) {
        List<Finding> all = check(d);
        assertThat(all).as("findings: %s", RuleTesting.describe(all)).hasSize(1);
        return all.get(0);
    }

    private static Verdicts.Status verdict(Draft d, String title) {
        return Verdicts.of(T, d).stream().filter(v -> v.rule().title().equals(title)).findFirst().orElseThrow().status();
    }

    @Test
    void theExampleQualifiesOnEveryCount() throws Exception {
        Draft d = FormExamples.load(ID);
        assertThat(check(d)).isEmpty();
        List<Verdicts.Verdict> vs = Verdicts.of(T, d);
        assertThat(vs).hasSize(13);
        // 三.5 concerns foreign and 港澳台 leaders, 四.1 young scientist projects: neither is this one
        assertThat(vs).filteredOn(v -> v.status() != Verdicts.Status.MET).extracting(v -> v.rule().basis())
                .containsExactly("三.5", "四.1");
        assertThat(vs).filteredOn(v -> v.status() != Verdicts.Status.MET).extracting(Verdicts.Verdict::status)
                .containsOnly(Verdicts.Status.NOT_APPLICABLE);
        assertThat(vs).allSatisfy(v -> assertThat(v.rule().basis()).matches("[三四]\\.\\d"));
    }

    @ParameterizedTest(name = "{0} = {1}: {3}")
    @CsvSource({
        "leadUnit.registered, 2023-07-01, 三.1, 牵头申报单位 › 注册时间",
        "partners[1].registered, 2024-01-02, 三.1, 参与单位 第2行 › 注册时间",
        "leadUnit.kind, 国家机关, 三.1, 牵头申报单位 › 单位性质",
        "partners[0].kind, 国家机关, 三.1, 参与单位 第1行 › 单位性质",
        "credit, 有, 三.1, 黑名单",
        "otherRecommenders, 是, 三.1, 本项目是否还通过其他推荐单位申报",
        "leader.birthDate, 1963-12-31, 三.2, 项目负责人 › 出生日期",
        "leader.months, 5, 三.2, 项目负责人 › 每年用于本项目的工作时间",
        "leader.civilServant, 是, 三.3, 公务人员",
        "leader.guideDrafter, 是, 三.4, 指南编制"})
    void eachRequirementFiresOnItsField(String path, String value, String clause, String label) throws Exception {
        Draft d = FormExamples.load(ID);
        d.set(path, value);
        Finding f = RuleTesting.assertFinding(only(d), path, Severity.ERROR, label);
        assertThat(f.message(RuleTesting.ZH)).contains(clause);
        assertThat(Verdicts.of(T, d)).filteredOn(v -> v.status() == Verdicts.Status.NOT_MET).singleElement()
                .satisfies(v -> assertThat(v.findings()).containsExactly(f));
    }

    @Test
    void theLastDayOfRegistrationAndTheFirstDayOfBirthAreAllowed() throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("leadUnit.registered", "2023-06-30");
        d.set("partners[0].registered", "2023-06-30");
        d.set("leader.birthDate", "1964-01-01");
        d.set("leader.months", "6");
        assertThat(check(d)).isEmpty();
    }

    @ParameterizedTest(name = "title {0}, degree {1}: {2}")
    @CsvSource({"正高级, 无学位, true", "副高级, 硕士, true", "中级, 博士, true", "初级及以下, 博士, true",
        "中级, 硕士, false", "初级及以下, 学士, false"})
    void aSeniorTitleOrADoctorate(String title, String degree, boolean ok) throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("leader.title", title);
        d.set("leader.degree", degree);
        if (ok) {
            assertThat(check(d)).isEmpty();
            return;
        }
        Finding f = RuleTesting.assertFinding(only(d), "leader.title", Severity.ERROR, "项目负责人 › 职称");
        assertThat(f.message(RuleTesting.ZH)).contains("高级职称或博士学位", "三.2", title + "、" + degree);
    }

    @Test
    void a揭榜挂帅ProjectWaivesRegistrationAgeDegreeAndTitle() throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("leadUnit.registered", "2024-03-01");
        d.set("partners[0].registered", "2024-05-01");
        d.set("leader.birthDate", "1960-05-01");
        d.set("leader.title", "中级");
        d.set("leader.degree", "硕士");
        assertThat(check(d)).extracting(Finding::rule)
                .containsExactlyInAnyOrder("dateNotAfter", "dateNotAfter", "dateNotBefore", "expect");
        d.set("projectKind", JBGS);
        assertThat(check(d)).isEmpty();
        for (String title : List.of("牵头申报单位注册时间为2023年6月30日及以前", "参与单位注册时间为2023年6月30日及以前",
                "项目负责人具有高级职称或博士学位", "项目负责人1964年1月1日及以后出生")) {
            assertThat(verdict(d, title)).as(title).isEqualTo(Verdicts.Status.NOT_APPLICABLE);
        }
        // 四.3 waives neither the six months nor the civil-servant rule
        d.set("leader.months", "3");
        d.set("leader.civilServant", "是");
        assertThat(check(d)).extracting(Finding::path).containsExactlyInAnyOrder("leader.months", "leader.civilServant");
    }

    @Test
    void aYoungScientistProjectHasNoTopics() throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("projectKind", "青年科学家项目");
        Finding f = RuleTesting.assertFinding(only(d), "topicCount", Severity.ERROR, "下设课题数");
        assertThat(f.message(RuleTesting.ZH)).contains("青年科学家项目不下设课题", "四.1");
        d.set("topicCount", "0");
        assertThat(check(d)).isEmpty();
        assertThat(verdict(d, "青年科学家项目不下设课题")).isEqualTo(Verdicts.Status.MET);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"外籍", "香港、澳门、台湾地区"})
    void aForeignOrHongKongMacaoTaiwanLeaderNeedsTheEmploymentProof(String origin) throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("leader.origin", origin);
        d.set("leader.employment", "全职");
        Finding f = RuleTesting.assertFinding(only(d), "leader.employmentProof", Severity.ERROR, "聘用的有效材料已准备");
        assertThat(f.message(RuleTesting.ZH)).contains("三.5");
        d.set("leader.employmentProof", "true");
        assertThat(check(d)).isEmpty();
        d.set("leader.employment", null);
        assertThat(only(d).rule()).as("受聘方式 is asked for").isEqualTo("required");
        d.set("leader.origin", "中国内地");
        assertThat(check(d)).as("a mainland leader: neither is asked for").isEmpty();
    }

    @Test
    void unansweredQuestionsAreMarkedSoNotAsMet() throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("leader.civilServant", null);
        d.set("leader.title", null);
        d.set("leader.degree", null);
        assertThat(verdict(d, "项目负责人不是国家机关公务人员")).isEqualTo(Verdicts.Status.UNANSWERED);
        assertThat(verdict(d, "项目负责人具有高级职称或博士学位")).isEqualTo(Verdicts.Status.UNANSWERED);
        d.set("leader.degree", "博士");
        assertThat(verdict(d, "项目负责人具有高级职称或博士学位")).isEqualTo(Verdicts.Status.MET);
        assertThat(check(d)).extracting(Finding::rule).containsOnly("required");
    }

    @Test
    void withoutParticipatingUnitsTheirRulesDoNotApply() throws Exception {
        Draft d = FormExamples.load(ID);
        while (d.rowCount("partners") > 0) {
            d.removeRow("partners", 0);
        }
        assertThat(check(d)).isEmpty();
        assertThat(verdict(d, "参与单位注册时间为2023年6月30日及以前")).isEqualTo(Verdicts.Status.NOT_APPLICABLE);
        assertThat(verdict(d, "国家机关不得参与申报")).isEqualTo(Verdicts.Status.NOT_APPLICABLE);
    }

    @Test
    void everyMessageHasItsEnglishText() throws Exception {
        Draft d = FormExamples.load(ID);
        for (Map.Entry<String, String> e : Map.of("leadUnit.registered", "2023-07-01", "credit", "有",
                "leader.months", "2", "leader.guideDrafter", "是").entrySet()) {
            d.set(e.getKey(), e.getValue());
        }
        for (Finding f : check(d)) {
            assertThat(f.message(Locale.ENGLISH)).doesNotContain("{").containsPattern("notice [34]\\.\\d");
        }
    }
}
