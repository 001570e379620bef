package cn.shenbao.forms.rules;

import static cn.shenbao.forms.rules.RuleTesting.ZH;
import static cn.shenbao.forms.rules.RuleTesting.assertClean;
import static cn.shenbao.forms.rules.RuleTesting.assertFinding;
import static cn.shenbao.forms.rules.RuleTesting.of;
import static cn.shenbao.forms.rules.RuleTesting.single;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.Severity;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each entry of the kczg-2024 {@code rules}: a passing and a failing value. */
class KczgRulesTest {
    private static Draft with(Consumer<Draft> change) {
        Draft d = ValidKczgDraft.build();
        change.accept(d);
        return d;
    }

    private static Draft with(String path, String value) {
        return with(d -> d.set(path, value));
    }

    @Nested
    class ProjectNamePattern {
        @ParameterizedTest
        @ValueSource(strings = {"“科创中国”新能源科技服务团", "“科创中国”生成式人工智能科技服务团", "  “科创中国”人工智能科技服务团 "})
        void theOfficialShapePasses(String name) {
            assertClean(with("projectName", name));
        }

        @ParameterizedTest
        @ValueSource(strings = {"人工智能科技服务团", "“科创中国”科技服务团", "\"科创中国\"人工智能科技服务团",
                "“科创中国”人工智能服务团", "“科创中国”人工 智能科技服务团"})
        void otherShapesAreErrors(String name) {
            Finding f = assertFinding(single(with("projectName", name), "pattern"), "projectName", Severity.ERROR, "项目名称");
            assertThat(f.key()).isEqualTo("rule.kczg.projectName");
            assertThat(f.message(ZH)).contains("《“科创中国”人工智能科技服务团》");
        }
    }

    @Nested
    class LeaderAndChiefExpertDiffer {
        @Test
        void differentPeoplePass() {
            assertClean(ValidKczgDraft.build());
        }

        @ParameterizedTest
        @ValueSource(strings = {"赵刚", " 赵 刚 ", "赵　刚"})
        void theSameNameIsAnError(String name) {
            Finding f = single(with("chiefExpert.name", name), "differentPersons");
            assertFinding(f, "chiefExpert.name", Severity.ERROR, "首席专家 › 姓名");
            assertThat(f.message(ZH)).contains("团长").contains("不得为同一人");
        }

        @Test
        void theSameMobileIsAnError() {
            assertFinding(single(with("chiefExpert.mobile", "+86 13900001111"), "differentPersons"),
                    "chiefExpert.mobile", Severity.ERROR, "首席专家 › 手机");
        }

        @Test
        void theSameEmailIsAnErrorWhateverTheCase() {
            assertFinding(single(with("chiefExpert.email", "ZhaoGang@CAAI.example.org"), "differentPersons"),
                    "chiefExpert.email", Severity.ERROR, "首席专家 › 电子邮箱");
        }
    }

    @Nested
    class Provinces {
        @ParameterizedTest
        @ValueSource(strings = {"江苏省", "江苏省、浙江省", "江苏省和浙江省", "江苏省,浙江省", "江苏省 浙江省", "江苏省及浙江省"})
        void oneOrTwoProvincesPass(String v) {
            assertClean(with("provinces", v));
        }

        @ParameterizedTest
        @ValueSource(strings = {"江苏省、浙江省、安徽省", "江苏省，浙江省；安徽省", "江苏省/浙江省/安徽省/上海市", "江苏省、浙江省和安徽省"})
        void threeOrMoreAreAWarning(String v) {
            Finding f = assertFinding(single(with("provinces", v), "listCount"), "provinces", Severity.WARNING, "拟重点服务的省份");
            assertThat(f.key()).isEqualTo("rule.kczg.provinces");
            assertThat(f.message(ZH)).contains("安徽省");
        }

        @Test
        void emptyIsLeftToRequired() {
            Draft d = with("provinces", null);
            assertThat(of(d, "listCount")).isEmpty();
            assertFinding(single(d, "required"), "provinces", Severity.ERROR, "拟重点服务的省份");
        }
    }

    @Nested
    class ProjectPeriod {
        @Test
        void startAfterEndIsAnError() {
            Draft d = with(x -> {
                x.set("projectPeriod.from", "2025-03-31");
                x.set("projectPeriod.to", "2025-03-30");
            });
            Finding f = assertFinding(single(d, "dateOrder"), "projectPeriod.to", Severity.ERROR, "项目起止时间 › 止");
            assertThat(f.message(ZH)).contains("2025年3月30日").contains("2025年3月31日").doesNotContain("2025-03");
        }

        @Test
        void sameDayStartAndEndPassDateOrder() {
            Draft d = with(x -> {
                x.set("projectPeriod.from", "2024-06-01");
                x.set("projectPeriod.to", "2024-06-01");
            });
            assertThat(of(d, "dateOrder")).isEmpty();
        }

        @Test
        void endOnTheCompletionDeadlinePasses() {
            assertClean(with("projectPeriod.to", "2025-03-31"));
        }

        @Test
        void endAfterTheCompletionDeadlineIsAnError() {
            Finding f = single(with("projectPeriod.to", "2025-04-01"), "dateNotAfter");
            assertFinding(f, "projectPeriod.to", Severity.ERROR, "项目起止时间 › 止");
            assertThat(f.message(ZH)).contains("2025年3月31日").contains("2025年4月1日");
            assertThat(f.message(java.util.Locale.ENGLISH)).contains("31 March 2025").contains("1 April 2025");
        }
    }

    @Nested
    class ApplyDate {
        @Test
        void onTheSubmissionDeadlinePasses() {
            assertClean(with("applyDate", "2024-05-24"));
        }

        @Test
        void afterTheSubmissionDeadlineIsAWarning() {
            Finding f = assertFinding(single(with("applyDate", "2024-05-25"), "dateNotAfter"), "applyDate",
                    Severity.WARNING, "申报日期");
            assertThat(f.key()).isEqualTo("rule.kczg.applyDate");
            assertThat(f.message(ZH)).contains("2024年5月24日");
        }
    }

    @Nested
    class PhasesInsideThePeriod {
        @Test
        void phasesFillingThePeriodExactlyPass() {
            assertClean(ValidKczgDraft.build());
        }

        @Test
        void aPhaseStartingBeforeTheProjectIsAnError() {
            Finding f = single(with("phases[0].from", "2024-05-31"), "rowDatesWithin");
            assertFinding(f, "phases[0].from", Severity.ERROR, "实施阶段 第1行 › 开始日期");
            assertThat(f.message(ZH)).contains("2024年6月1日").contains("2025年3月31日").contains("项目起止时间");
        }

        @Test
        void aPhaseEndingAfterTheProjectIsAnError() {
            assertFinding(single(with("phases[2].to", "2025-04-15"), "rowDatesWithin"), "phases[2].to",
                    Severity.ERROR, "实施阶段 第3行 › 结束日期");
        }

        @Test
        void aPhaseEndingBeforeItStartsIsAnError() {
            Finding f = single(with("phases[1].to", "2024-08-31"), "rowDatesWithin");
            assertFinding(f, "phases[1].to", Severity.ERROR, "实施阶段 第2行 › 结束日期");
            assertThat(f.key()).isEqualTo("rule.rowDatesWithin.order");
        }
    }

    @Nested
    class PhasesInOrder {
        @Test
        void aPhaseMayStartOnTheDayThePreviousEnds() {
            assertClean(with("phases[1].from", "2024-08-31"));
        }

        @Test
        void overlappingPhasesAreAWarning() {
            Finding f = single(with("phases[1].from", "2024-08-15"), "rowsInOrder");
            assertFinding(f, "phases[1].from", Severity.WARNING, "实施阶段 第2行 › 开始日期");
            assertThat(f.key()).isEqualTo("rule.rowsInOrder.overlap");
            assertThat(f.message(ZH)).contains("第 1 行").contains("2024年8月31日");
        }

        @Test
        void phasesOutOfOrderAreAWarning() {
            Draft d = with(x -> x.moveRow("phases", 2, 0));
            Finding f = single(d, "rowsInOrder");
            assertFinding(f, "phases[1].from", Severity.WARNING, "实施阶段 第2行 › 开始日期");
            assertThat(f.key()).isEqualTo("rule.rowsInOrder");
        }
    }

    @Nested
    class PhaseBudgets {
        @Test
        void phaseBudgetsAddingUpToTheTotalPass() {
            assertClean(with(x -> {
                x.set("phases[0].budget", "30.5");
                x.set("phases[1].budget", "29.50");
            }));
        }

        @Test
        void phaseBudgetsNotAddingUpAreAWarning() {
            Draft d = with("phases[2].budget", "45");
            Finding f = of(d, "columnSum").stream().filter(x -> x.path().equals("phases")).findFirst().orElseThrow();
            assertThat(of(d, "columnSum")).hasSize(1);
            assertFinding(f, "phases", Severity.WARNING, "实施阶段 › 经费预算（万元）");
            assertThat(f.key()).isEqualTo("rule.kczg.phaseBudgets");
            assertThat(f.message(ZH)).contains("105").contains("100").contains("相差 5").contains("经费总预算");
        }

        @Test
        void noBudgetsAndNoTotalIsNotChecked() {
            Draft d = with(x -> {
                for (int i = 0; i < 3; i++) {
                    x.set("phases[" + i + "].budget", null);
                }
                x.set("totalBudget", null);
            });
            assertThat(of(d, "columnSum")).noneMatch(f -> f.path().equals("phases"));
        }
    }

    @Nested
    class BudgetIdentity {
        @Test
        void emptyPartsCountZero() {
            assertClean(with(x -> {
                x.set("ownFunding", null);
                x.set("localFunding", null);
                x.set("expenses[0].other", null);
                x.set("expenses[1].other", null);
                x.set("expenses[2].other", null);
                x.set("totalBudget", "80");
                x.set("phases[2].budget", "20");
            }));
        }

        @Test
        void aTotalThatIsNotTheSumIsAnError() {
            Finding f = single(with("totalBudget", "110"), "sumEquals");
            assertFinding(f, "totalBudget", Severity.ERROR, "经费总预算");
            assertThat(f.message(ZH)).contains("110").contains("100").contains("相差 10")
                    .contains("申请中国科协项目经费").contains("自有经费").contains("地方配套经费");
        }

        @Test
        void partsWithoutATotalAreAnError() {
            // the required total is reported as missing, not as "0 ≠ the sum of the parts"
            Draft d = with("totalBudget", null);
            assertFinding(single(d, "required"), "totalBudget", Severity.ERROR, "经费总预算");
            assertThat(of(d, "sumEquals")).isEmpty();
        }

        @Test
        void allEmptyIsLeftToRequired() {
            Draft d = with(x -> {
                x.set("totalBudget", null);
                x.set("castFunding", null);
                x.set("ownFunding", null);
                x.set("localFunding", null);
            });
            assertThat(of(d, "sumEquals")).isEmpty();
        }
    }

    @Nested
    class CastFundingCap {
        @Test
        void eightyPasses() {
            assertClean(ValidKczgDraft.build());
        }

        @Test
        void aboveEightyIsAnError() {
            Finding f = single(with("castFunding", "80.01"), "maxValue");
            assertFinding(f, "castFunding", Severity.ERROR, "申请中国科协项目经费");
            assertThat(f.message(ZH)).contains("80").contains("80.01").contains("万元");
        }
    }

    @Nested
    class ExpenseColumns {
        @Test
        void decimalsOfDifferentScaleStillAddUp() {
            assertClean(with(x -> {
                x.set("expenses[0].other", "10.50");
                x.set("expenses[1].other", "4.5");
            }));
        }

        @Test
        void castColumnNotEqualToCastFundingIsAnError() {
            Finding f = single(with("expenses[0].cast", "25"), "columnSum");
            assertFinding(f, "expenses", Severity.ERROR, "经费支出预算表 › 申请中国科协经费");
            assertThat(f.key()).isEqualTo("rule.columnSum");
            assertThat(f.message(ZH)).contains("75").contains("80").contains("相差 5").contains("申请中国科协项目经费");
        }

        @Test
        void otherColumnNotEqualToOwnPlusLocalIsAnError() {
            Finding f = single(with("expenses[1].other", "6"), "columnSum");
            assertFinding(f, "expenses", Severity.ERROR, "经费支出预算表 › 其他来源经费");
            assertThat(f.message(ZH)).contains("21").contains("20").contains("自有经费").contains("地方配套经费");
        }
    }

    @Nested
    class Deliverables {
        @Test
        void 科创中心CountsLike服务站() {
            Draft d = ValidKczgDraft.build();
            d.set("goals", d.text("goals").replace("学会服务站", "科创中心"));
            assertClean(d);
        }

        @Test
        void missingDeliverablesAreOneWarningListingThem() {
            Draft d = ValidKczgDraft.build();
            d.set("goals", d.text("goals").replace("智库报告1份、", "").replace("，发布宣传报道不少于2篇", ""));
            Finding f = assertFinding(single(d, "mentions"), "goals", Severity.WARNING, "目标及预期成果");
            assertThat(f.key()).isEqualTo("rule.kczg.deliverables");
            assertThat(f.message(ZH)).contains("尚未提到：智库报告、宣传报道");
        }
    }

    @Nested
    class Roster {
        @Test
        void twentyMembersPass() {
            assertClean(with(x -> {
                x.removeRow("roster", 21);
                x.removeRow("roster", 20);
            }));
        }

        @Test
        void fewerThanTwentyIsAWarning() {
            Draft d = with(x -> {
                x.removeRow("roster", 21);
                x.removeRow("roster", 20);
                x.removeRow("roster", 19);
            });
            Finding f = assertFinding(single(d, "rowCount"), "roster", Severity.WARNING, "服务团成员名册");
            assertThat(f.key()).isEqualTo("rule.kczg.rosterSize");
            assertThat(f.message(ZH)).contains("20").contains("19");
        }

        @Test
        void tenYoungMembersPass() {
            assertClean(with(x -> {
                x.set("roster[0].birthDate", "1960-01-01");
                x.set("roster[1].birthDate", "1978-05-25");
            }));
        }

        @Test
        void turning46OnTheDeadlineNoLongerCounts() {
            Draft d = with(x -> {
                x.set("roster[0].birthDate", "1960-01-01");
                x.set("roster[1].birthDate", "1960-01-01");
                x.set("roster[2].birthDate", "1978-05-24");
            });
            Finding f = assertFinding(single(d, "ageCount"), "roster", Severity.WARNING, "服务团成员名册");
            assertThat(f.message(ZH)).contains("45").contains("2024年5月24日").contains("现有 9 人").doesNotContain("未填");
        }

        @Test
        void rowsWithoutBirthDateDoNotCountAndTheMessageSaysSo() {
            Draft d = with(x -> {
                x.set("roster[0].birthDate", null);
                x.set("roster[1].birthDate", null);
                x.set("roster[2].birthDate", null);
            });
            Finding f = assertFinding(single(d, "ageCount"), "roster", Severity.WARNING, "服务团成员名册");
            assertThat(f.message(ZH)).contains("现有 9 人").contains("另有 3 人未填“出生日期”");
            assertThat(f.message(java.util.Locale.ENGLISH)).contains("3 row(s) without");
        }

        @Test
        void oneTuojuSelecteeIsAWarning() {
            Finding f = single(with("roster[1].tuoju", "false"), "flagCount");
            assertFinding(f, "roster", Severity.WARNING, "服务团成员名册");
            assertThat(f.key()).isEqualTo("rule.kczg.tuoju");
            assertThat(f.message(ZH)).contains("托举工程").contains("现有 1 人");
        }

        @Test
        void oneDundianMemberPasses() {
            assertClean(with("roster[3].dundian", "false"));
        }

        @Test
        void threeDundianMembersAreAWarning() {
            Finding f = single(with("roster[4].dundian", "true"), "flagCount");
            assertFinding(f, "roster", Severity.WARNING, "服务团成员名册");
            assertThat(f.key()).isEqualTo("rule.kczg.dundian");
            assertThat(f.message(ZH)).contains("蹲点").contains("现有 3 人");
        }

        @Test
        void noDundianMemberIsAWarning() {
            Draft d = with(x -> {
                x.set("roster[2].dundian", "false");
                x.set("roster[3].dundian", null);
            });
            assertFinding(single(d, "flagCount"), "roster", Severity.WARNING, "服务团成员名册");
        }
    }

    @Nested
    class SamePersonTwice {
        @ParameterizedTest
        @ValueSource(strings = {"members", "roster"})
        void differentNamesPass(String table) {
            assertClean(with(table + "[3].name", "另一位专家"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"members", "roster"})
        void aRepeatedNameIsAWarningOnTheSecondRow(String table) {
            Draft d = ValidKczgDraft.build();
            d.set(table + "[3].name", " " + d.text(table + "[1].name") + " ");
            Finding f = single(d, "uniqueColumn");
            String label = table.equals("members") ? "项目负责人及主要参加人员 第4行 › 姓名" : "服务团成员名册 第4行 › 姓名";
            assertFinding(f, table + "[3].name", Severity.WARNING, label);
            assertThat(f.message(ZH)).contains("第 2 行");
        }
    }

    @Nested
    class RecommendationLetter {
        @Test
        void attachedPasses() {
            assertClean(ValidKczgDraft.build());
        }

        @ParameterizedTest
        @ValueSource(strings = {"false", ""})
        void notAttachedIsAWarning(String v) {
            assertFinding(single(with("recommendationLetter", v), "attached"), "recommendationLetter",
                    Severity.WARNING, "省级科协同意推荐申报的说明材料");
        }
    }
}
