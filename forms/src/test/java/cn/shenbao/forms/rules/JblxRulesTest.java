package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.draft.Assign;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.ValueException;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of T2 省“尖兵”“领雁”计划重大技术攻关需求表 (seed 004, 附件1), each made to fire on a broken
 * copy of the example {@code docs/examples/jblx-2024-sample.shenbao}; and the 主要方向 that depend on the
 * chosen 重点领域, through the checks and through {@code set} ({@link Assign}).
 */
class JblxRulesTest {
    private static final String ID = "jblx-2024";
    private static final TemplateDef T = TemplateRegistry.builtIn().get(ID);

    private static List<Finding> check(Draft d) {
        return RuleEngine.check(T, d);
    }

    private static Finding only(Draft d) {
        List<Finding> all = check(d);
        assertThat(all).as("findings: %s", RuleTesting.describe(all)).hasSize(1);
        return all.get(0);
    }

    private static Draft example() throws Exception {
        return FormExamples.load(ID);
    }

    @Test
    void theDirectionsAreTheSeedsUnderEachField() {
        FieldDef dirs = T.field("directions");
        assertThat(dirs.dependsOn()).isEqualTo("keyField");
        assertThat(dirs.optionsBy()).containsOnlyKeys("互联网+", "新材料", "生命健康", "碳达峰碳中和", "海洋科技", "农业科技");
        assertThat(dirs.optionsFor("互联网+")).hasSize(7).first().isEqualTo("集成电路");
        assertThat(dirs.optionsFor("互联网+")).contains("智能装备（工业机器人、数控机床、激光与增材制造装备）");
        assertThat(dirs.optionsFor("海洋科技")).containsExactly("海洋电子信息（海洋新型传感器、高精度水色扫描仪、高分辨率成像光谱仪、海洋碳通量遥感技术）",
                "海洋工程软件", "海工装备（深海矿产资源高精度勘探装备、深海作业机械臂）", "海洋“蓝碳”生态系统");
        assertThat(dirs.options()).hasSize(7 + 4 + 5 + 6 + 4 + 3);
        assertThat(dirs.optionsFor("")).isEmpty();
        assertThat(dirs.groupOf("氢能与燃料电池")).isEqualTo("碳达峰碳中和");
    }

    /** Changing 重点领域 keeps the ticked directions; they are an error until unticked or the field is changed back. */
    @Test
    void directionsOfAnotherFieldAreAnErrorNamingBothFields() throws Exception {
        Draft d = example();
        Assign.set(T, d, "keyField", "互联网+");
        assertThat(d.choices("directions")).containsExactly("高分子材料");
        Finding f = RuleTesting.assertFinding(only(d), "directions", Severity.ERROR, "主要方向");
        assertThat(f.rule()).isEqualTo("dependentOption");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("高分子材料").contains("新材料").contains("互联网+")
                .contains("取消勾选");
        Assign.set(T, d, "keyField", "新材料");
        assertThat(check(d)).isEmpty();

        d.set("keyField", null);
        List<Finding> all = check(d);
        assertThat(all).extracting(Finding::rule).containsExactlyInAnyOrder("required", "dependentOption");
        RuleTesting.assertFinding(all.stream().filter(x -> x.rule().equals("required")).findFirst().orElseThrow(),
                "keyField", Severity.ERROR, "重点领域");
        assertThat(all).filteredOn(x -> x.rule().equals("dependentOption")).singleElement()
                .satisfies(x -> assertThat(x.message(Locale.SIMPLIFIED_CHINESE)).contains("请先选择“重点领域”"));
    }

    /** The client's incremental check sees a direction go wrong when only 重点领域 changed. */
    @Test
    void theLiveCheckRechecksTheDirectionsWhenTheFieldChanges() throws Exception {
        Draft d = example();
        LiveCheck live = new LiveCheck(T, d);
        assertThat(live.findings()).isEmpty();
        Assign.set(T, d, "keyField", "农业科技");
        assertThat(live.changed("keyField")).isEqualTo(check(d)).extracting(Finding::rule).containsExactly("dependentOption");
        Assign.set(T, d, "keyField", "新材料");
        assertThat(live.changed("keyField")).isEmpty();
    }

    @Test
    void setOffersOnlyTheChosenFieldsDirections() throws Exception {
        Draft d = example();
        assertThatThrownBy(() -> Assign.set(T, d, "directions", "高分子材料|集成电路"))
                .isInstanceOfSatisfying(ValueException.class, e -> {
                    assertThat(e.key()).isEqualTo("value.choice.dependent");
                    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("集成电路").contains("互联网+")
                            .contains("新材料").contains("电子化学材料");
                });
        assertThat(d.choices("directions")).as("nothing changed").containsExactly("高分子材料");
        Assign.set(T, d, "directions", "高分子材料|合金材料");
        assertThat(d.choices("directions")).containsExactly("高分子材料", "合金材料");

        Draft blank = new Draft(ID, 1);
        assertThatThrownBy(() -> Assign.set(T, blank, "directions", "集成电路"))
                .isInstanceOfSatisfying(ValueException.class, e -> assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
                        .contains("请先选择“重点领域”").contains("keyField"));
        Assign.set(T, blank, "keyField", "互联网+");
        Assign.set(T, blank, "directions", "集成电路|人工智能");
        assertThat(blank.choices("directions")).containsExactly("集成电路", "人工智能");
    }

    @Test
    void atLeastFiveParameterPairs() throws Exception {
        Draft d = example();
        List<Map<String, String>> rows = new ArrayList<>(d.rows("coreParams"));
        d.setRows("coreParams", rows.subList(0, 5));
        assertThat(check(d)).isEmpty();
        d.setRows("coreParams", rows.subList(0, 4));
        Finding f = RuleTesting.assertFinding(only(d), "coreParams", Severity.ERROR, "核心技术参数");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("5 项以上").contains("现有 4 项");

        d = example();
        d.set("coreParams[2].developed", null); // half a pair
        RuleTesting.assertFinding(only(d), "coreParams[2].developed", Severity.ERROR, "研发产品（技术）");
    }

    @Test
    void atLeastThreePotentialUsers() throws Exception {
        Draft d = example();
        d.removeRow("users", 2);
        Finding f = RuleTesting.assertFinding(only(d), "users", Severity.ERROR, "攻关成果潜在的应用单位及联系方式");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("3 家以上").contains("现有 2 家");
    }

    @Test
    void aTickedProblemNeedsItsTextAndATextItsTick() throws Exception {
        Draft d = example();
        d.set("problems.technical", null);
        Finding f = RuleTesting.assertFinding(only(d), "problems.technical", Severity.ERROR, "技术问题");
        assertThat(f.rule()).isEqualTo("choiceText");
        d = example();
        d.setChoices("problems.kinds", List.of("技术问题"));
        f = RuleTesting.assertFinding(only(d), "problems.kinds", Severity.ERROR, "科学问题");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("没有勾选“科学问题”");
        d.set("problems.scientific", null);
        assertThat(check(d)).isEmpty();
    }

    /** 500字左右 and 400字左右 are targets: a warning only well above them (30 % more), never an error. */
    @ParameterizedTest
    @CsvSource({"background, 攻关背景和意义, 500, 650", "outcomes, 预期标志性成果及水平, 400, 520"})
    void targetsWarnWellAboveOnly(String path, String label, int target, int warnAbove) throws Exception {
        Draft d = example();
        d.set(path, "字".repeat(warnAbove));
        assertThat(check(d)).isEmpty();
        d.set(path, "字".repeat(target / 3));
        assertThat(check(d)).as("shorter than the target is no finding").isEmpty();
        d.set(path, "字".repeat(warnAbove + 1));
        Finding f = RuleTesting.assertFinding(only(d), path, Severity.WARNING, label);
        assertThat(f.rule()).isEqualTo("charTarget");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains(target + " 字左右").contains((warnAbove + 1) + " 字");
    }

    @ParameterizedTest(name = "{0} is required")
    @CsvSource({"needName, 需求名称", "directions, 主要方向", "background, 攻关背景和意义",
        "problems.kinds, 拟解决的问题", "goal, 攻关目标", "research, 主要研究内容", "outcomes, 预期标志性成果及水平",
        "advancement, 技术先进水平", "nature, 攻关成果性质", "benchmark.country, 国别", "benchmark.unit, 单位",
        "benchmark.model, 产品型号", "attainment, 攻关水平", "duration, 攻关时限", "investment, 建议研发总投入（万元）",
        "filler.unit, 填报单位", "filler.contact, 联系人", "filler.phone, 联系方式"})
    void everyRequiredFieldIsAskedFor(String path, String label) throws Exception {
        Draft d = example();
        if (path.equals("problems.kinds")) {
            d.set("problems.scientific", null);
            d.set("problems.technical", null);
        }
        d.set(path, null);
        Finding f = RuleTesting.assertFinding(only(d), path, Severity.ERROR, label);
        assertThat(f.rule()).isEqualTo("required");
    }
}
