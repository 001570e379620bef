package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Conditions;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of T8 乌鲁木齐“揭榜挂帅”需求申请表 (wlmq-2024-jbgs): both examples (技术攻关类 with 赛马制, 成果转化类) are
 * clean; each rule fires on a broken copy, on the right path, citing the clause of the guide; the rules and
 * fields of one kind apply to that kind only, and switching the kind keeps the other kind's values.
 */
class WlmqRulesTest {
    static final String ID = "wlmq-2024-jbgs";
    static final TemplateDef T = TemplateRegistry.builtIn().get(ID);
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static Draft tech() throws Exception {
        return FormExamples.load(ID);
    }

    static Draft transfer() throws Exception {
        return FormExamples.load("wlmq-2024-jbgs-transfer");
    }

    static List<Finding> check(Draft d) {
        return RuleEngine.check(T, d);
    }

    static Finding only(Draft d) {
        List<Finding> all = check(d);
        assertThat(all).as("findings: %s", RuleTesting.describe(all)).hasSize(1);
        return all.get(0);
    }

    static List<Finding> of(Draft d, String rule) {
        return check(d).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void bothExamplesAreCleanAndOfTheirKind() throws Exception {
        assertThat(check(tech())).as("%s", RuleTesting.describe(check(tech()))).isEmpty();
        assertThat(check(transfer())).as("%s", RuleTesting.describe(check(transfer()))).isEmpty();
        assertThat(tech().text("kind")).isEqualTo("技术攻关类");
        assertThat(tech().text("raceMode")).isEqualTo("是");
        assertThat(transfer().text("kind")).isEqualTo("成果转化类");
    }

    @Test
    void switchingTheKindAsksForTheOtherKindsFieldsAndKeepsTheseValues() throws Exception {
        Draft d = tech();
        d.set("kind", "成果转化类");
        List<String> required = check(d).stream().filter(f -> f.rule().equals("required")).map(Finding::path).toList();
        assertThat(required).containsExactlyInAnyOrder("achievement.name", "achievement.maturity", "achievement.basis",
                "achievement.ip", "achievement.market", "achievement.team", "investment.taker");
        // nothing of 技术攻关类 is checked now, and everything of it is kept
        assertThat(check(d)).extracting(Finding::path).noneMatch(p -> p.startsWith("routes") || p.startsWith("audit")
                || p.equals("endUser") || p.equals("unit.role") || p.equals("investment.issuer"));
        assertThat(d.rowCount("routes")).isEqualTo(2);
        assertThat(Conditions.hiddenValues(T, d)).contains("routes", "raceMode", "endUser", "unit.role", "investment.issuer",
                "audit2022");
        d.set("kind", "技术攻关类");
        assertThat(check(d)).isEmpty();
    }

    @Test
    void aTechnologyNeedComesFromAUnitRegisteredInUrumqiAYearBeforeTheCall() throws Exception {
        Draft d = tech();
        d.set("unit.regDate", "2023-08-01"); // exactly one year before the call of 2024-08-01
        assertThat(check(d)).isEmpty();
        d.set("unit.regDate", "2023-08-02");
        Finding f = RuleTesting.assertFinding(only(d), "unit.regDate", Severity.ERROR, "注册日期");
        assertThat(f.message(ZH)).contains("1年以上").contains("二（一）2（2）").contains("2023年8月1日");
        d = tech();
        d.set("unit.regPlace", "昌吉市高新区光明路1号");
        f = RuleTesting.assertFinding(only(d), "unit.regPlace", Severity.ERROR, "注册地");
        assertThat(f.message(ZH)).contains("昌吉市高新区光明路1号").contains("乌鲁木齐");
        // an achievement may come from anywhere, registered at any time
        d = transfer();
        d.set("unit.regDate", "2024-07-01");
        d.set("unit.regPlace", "北京市海淀区中关村大街1号");
        assertThat(check(d)).isEmpty();
    }

    @Test
    void aTechnologyNeedComesFromTheEndUser() throws Exception {
        Draft d = tech();
        d.set("endUser", "否");
        Finding f = RuleTesting.assertFinding(only(d), "endUser", Severity.ERROR, "最终用户");
        assertThat(f.message(ZH)).contains("不予支持").contains("二（一）2（5）");
    }

    @ParameterizedTest(name = "kind {0}: 时限 ≤ 36 个月, 总投入 ≥ 500 万元")
    @ValueSource(strings = {"技术攻关类", "成果转化类"})
    void atMostThreeYearsAndAtLeastFiveMillion(String kind) throws Exception {
        Draft d = kind.equals("技术攻关类") ? tech() : transfer();
        d.set("timeLimit", "36");
        assertThat(check(d)).isEmpty();
        d.set("timeLimit", "37");
        Finding f = RuleTesting.assertFinding(only(d), "timeLimit", Severity.ERROR, "时限要求");
        assertThat(f.message(ZH)).contains("3年").contains("指南三").contains("36").contains("37");
        d = kind.equals("技术攻关类") ? tech() : transfer();
        d.set("investment.total", "499.99");
        f = RuleTesting.assertFinding(of(d, "minValue").get(0), "investment.total", Severity.ERROR, "项目投入总额");
        assertThat(of(d, "minValue")).hasSize(1);
        assertThat(f.message(ZH)).contains("不低于500万元").contains("499.99");
        assertThat(RuleEngine.hasErrors(check(d))).isTrue();
    }

    @Test
    void theRaceHasTwoRoutesOrMoreWhoseInvestmentsMakeTheTotal() throws Exception {
        Draft d = tech();
        d.removeRow("routes", 1);
        d.set("investment.total", "320");
        d.set("investment.issuer", "320");
        // 320 < 500 as well: the two findings, each on its own path
        Finding routes = of(d, "rowCount").get(0);
        RuleTesting.assertFinding(routes, "routes", Severity.ERROR, "“赛马制”技术路线");
        assertThat(routes.message(ZH)).contains("五（二）6").contains("2").contains("1");
        d.set("raceMode", "否");
        assertThat(of(d, "rowCount")).isEmpty(); // no race, no routes asked for; the route stays in the draft
        assertThat(d.rowCount("routes")).isEqualTo(1);
        d = tech();
        d.set("routes[1].investment", "180");
        Finding sum = RuleTesting.assertFinding(only(d), "routes", Severity.WARNING, "研发投入");
        assertThat(sum.rule()).isEqualTo("columnSum");
        assertThat(sum.message(ZH)).contains("500").contains("600").contains("100");
        d.set("raceMode", "否");
        assertThat(check(d)).isEmpty();
        d.set("raceMode", "是");
        d.set("routes[1].investment", null);
        assertThat(check(d)).extracting(Finding::path).contains("routes[1].investment");
    }

    @ParameterizedTest(name = "the pledge {0} is an error while it is not ready, for both kinds")
    @ValueSource(strings = {"unitPledge", "leaderPledge"})
    void withoutEitherPledgeTheNeedIsRefused(String pledge) throws Exception {
        for (Draft d : List.of(tech(), transfer())) {
            d.set(pledge, "false");
            Finding f = RuleTesting.assertFinding(only(d), pledge, Severity.ERROR, "诚信承诺书");
            assertThat(f.message(ZH)).contains("不予受理").contains("五（二）3");
            d.set(pledge, null);
            assertThat(only(d).severity()).isEqualTo(Severity.ERROR);
        }
    }

    @Test
    void theEvidenceOfTheChosenKindIsAskedFor() throws Exception {
        Draft d = tech();
        d.set("audit2022", "false");
        Finding f = RuleTesting.assertFinding(only(d), "audit2022", Severity.WARNING, "2022年度审计报告");
        assertThat(f.message(ZH)).contains("五（二）4");
        d = transfer();
        d.set("testProof", null);
        RuleTesting.assertFinding(only(d), "testProof", Severity.WARNING, "技术指标检测资料");
        // the 审计报告 are not asked of an achievement
        assertThat(d.has("audit2022")).isFalse();
        assertThat(check(d)).extracting(Finding::path).doesNotContain("audit2022");
    }

    @Test
    void theRestrictionsOfSectionFourAreWarnings() throws Exception {
        Object[][] cases = {
            {"overdue", "1", "四（一）", "逾期一年以上"},
            {"unitOngoing", "4", "四（二）", "超过3项"},
            {"leaderCount", "3", "四（二）", "超过2项"},
            {"misconduct", "有", "四（三）", "科研失信"}};
        for (Object[] c : cases) {
            Draft d = transfer();
            d.set((String) c[0], (String) c[1]);
            Finding f = only(d);
            assertThat(f.path()).isEqualTo(c[0]);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message(ZH)).contains((String) c[2]).contains((String) c[3]).contains("限制申报");
        }
        Draft d = transfer(); // its unit has 3 ongoing projects, its leader 2: the limits themselves are allowed
        assertThat(d.text("unitOngoing")).isEqualTo("3");
        assertThat(d.text("leaderCount")).isEqualTo("2");
        assertThat(check(d)).isEmpty();
    }

    @Test
    void everyRuleCitesTheGuide() {
        assertThat(T.rules()).allSatisfy(r -> assertThat(r.basis()).as("basis of %s", r).startsWith("指南"));
    }
}
