package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.draft.Conditions;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.layout.CompiledForm;
import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.print.layout.PrintLayout;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.Table;
import cn.shenbao.forms.template.DefinitionException;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Conditions ({@code "when"}) of fields, sections and rules: a hidden field is not required, not checked and not
 * printed, but keeps its value; a rule under a false condition does not run; the live check follows a switch of
 * the tested field; a definition whose condition does not fit the form is refused naming the place; a layout row
 * under a condition is left out while it is false and printed on the blank form.
 */
class ConditionsTest {
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static String json() throws IOException {
        try (InputStream in = ConditionsTest.class.getResourceAsStream("/cn/shenbao/forms/conditions/cond-test.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static TemplateDef load(String json) throws IOException {
        return TemplateRegistry.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "cond-test.json");
    }

    final TemplateDef t;

    ConditionsTest() throws IOException {
        t = load(json());
    }

    Draft draft(String kind) {
        Draft d = new Draft(t.id(), t.version());
        d.set("kind", kind);
        d.set("name", "名称");
        d.set("unit.name", "某单位");
        return d;
    }

    static List<String> paths(List<Finding> fs, String rule) {
        return fs.stream().filter(f -> f.rule().equals(rule)).map(Finding::path).toList();
    }

    @Test
    void aHiddenFieldIsNotRequiredAndAShownOneIs() {
        List<Finding> a = RuleEngine.check(t, draft("甲类"));
        assertThat(paths(a, "required")).contains("onlyA", "unit.regPlace").doesNotContain("notA", "bText");
        List<Finding> b = RuleEngine.check(t, draft("乙类"));
        assertThat(paths(b, "required")).contains("notA", "bText").doesNotContain("onlyA", "unit.regPlace");
        // notIn holds for an empty choice: the field shows until a kind says otherwise
        assertThat(paths(RuleEngine.check(t, draft("")), "required")).contains("kind", "notA")
                .doesNotContain("onlyA", "bText");
    }

    @Test
    void aHiddenFieldIsNotCheckedButKeepsItsValue() {
        Draft d = draft("乙类");
        d.set("amount", "12.3.4"); // not a number: an error while shown
        d.set("onlyA", "甲类的值");
        assertThat(paths(RuleEngine.check(t, d), "format")).doesNotContain("amount");
        assertThat(d.text("amount")).isEqualTo("12.3.4");
        d.set("kind", "甲类");
        assertThat(paths(RuleEngine.check(t, d), "format")).contains("amount");
        assertThat(Conditions.hiddenValues(t, draft("甲类"))).isEmpty();
        d.set("kind", "乙类");
        assertThat(Conditions.hiddenValues(t, d)).containsExactlyInAnyOrder("amount", "onlyA");
    }

    @Test
    void aRuleOnAHiddenFieldOrUnderAFalseConditionReportsNothing() {
        Draft d = draft("乙类");
        d.set("amount", "900"); // over $maxA, but amount is hidden for 乙类
        d.set("name", "含X的名称");
        List<Finding> b = RuleEngine.check(t, d);
        assertThat(paths(b, "maxValue")).isEmpty();
        assertThat(paths(b, "pattern")).containsExactly("name");
        d.set("kind", "甲类");
        List<Finding> a = RuleEngine.check(t, d);
        assertThat(paths(a, "maxValue")).containsExactly("amount");
        assertThat(paths(a, "pattern")).isEmpty(); // the rule's when: 乙类 only
    }

    @Test
    void aTickedConditionShowsTheTableOnlyWhenTicked() {
        Draft d = draft("甲类");
        assertThat(paths(RuleEngine.check(t, d), "minRows")).isEmpty();
        d.set("race", "true");
        assertThat(paths(RuleEngine.check(t, d), "minRows")).containsExactly("routes");
        assertThat(Conditions.shown(t, d, "routes[0].route")).isTrue();
        d.set("race", "false");
        assertThat(Conditions.shown(t, d, "routes[0].route")).isFalse();
        assertThat(paths(RuleEngine.check(t, d), "minRows")).isEmpty();
    }

    @Test
    void aConditionOnAFieldThatIsHiddenItselfIsFalse() throws IOException {
        // 赛马制 shows only for 甲类, the routes only with 赛马制 ticked: for 乙类 the routes are hidden too
        TemplateDef chained = load(json().replace("{\"id\": \"race\", \"label\": \"赛马制\", \"type\": \"BOOLEAN\"}",
                "{\"id\": \"race\", \"label\": \"赛马制\", \"type\": \"BOOLEAN\", \"when\": {\"path\": \"kind\", \"in\": [\"甲类\"]}}"));
        Draft d = draft("甲类");
        d.set("race", "true");
        assertThat(Conditions.shown(chained, d, "routes")).isTrue();
        assertThat(paths(RuleEngine.check(chained, d), "minRows")).containsExactly("routes");
        d.set("kind", "乙类");
        assertThat(Conditions.shown(chained, d, "race")).isFalse();
        assertThat(Conditions.shown(chained, d, "routes")).isFalse();
        assertThat(paths(RuleEngine.check(chained, d), "minRows")).isEmpty();
        assertThat(Conditions.hiddenValues(chained, d)).contains("race");
    }

    @Test
    void theLiveCheckFollowsASwitchOfTheTestedField() {
        Draft d = draft("甲类");
        d.set("amount", "900");
        LiveCheck live = new LiveCheck(t, d);
        for (String[] change : new String[][] {{"kind", "乙类"}, {"amount", "1000"}, {"race", "true"}, {"kind", "甲类"},
                {"routes[0].route", "路线一"}, {"race", "false"}, {"kind", ""}, {"bText", "说明"}, {"kind", "乙类"}}) {
            d.set(change[0], change[1]);
            assertThat(live.changed(change[0])).as("after %s=%s", change[0], change[1])
                    .containsExactlyElementsOf(RuleEngine.check(t, d));
        }
    }

    @Test
    void printingLeavesHiddenValuesOutAndRowsUnderAFalseConditionAway() throws IOException {
        String layout = """
                {"template": "cond-test", "parts": [
                  {"type": "table", "columns": [1, 2], "rows": [
                    {"cells": [{"label": "name"}, {"value": "name"}]},
                    {"cells": [{"label": "amount"}, {"value": "amount"}]},
                    {"when": {"path": "kind", "in": ["甲类"]}, "cells": [{"label": "onlyA"}, {"value": "onlyA"}]}
                  ]},
                  {"type": "table", "when": {"path": "kind", "in": ["乙类"]}, "columns": [1, 2], "rows": [
                    {"cells": [{"label": "bText"}, {"value": "bText"}]}
                  ]}
                ]}""";
        PrintLayout pl = PrintLayout.parse(t, layout.getBytes(StandardCharsets.UTF_8), ZH);
        Draft d = draft("乙类");
        d.set("amount", "88");
        d.set("onlyA", "甲类的值");
        d.set("bText", "乙类的说明");
        CompiledForm b = LayoutCompiler.compile(t, d, pl, ZH);
        assertThat(b.printed()).containsKeys("name", "bText").doesNotContainKeys("amount", "onlyA");
        assertThat(tables(b)).containsExactly(2, 1); // the row of onlyA left out; the 乙类 table printed
        assertThat(LayoutCompiler.printableValues(t, d)).containsKeys("name", "bText").doesNotContainKeys("amount", "onlyA");
        d.set("kind", "甲类");
        CompiledForm a = LayoutCompiler.compile(t, d, pl, ZH);
        assertThat(a.printed()).containsKeys("name", "amount", "onlyA").doesNotContainKey("bText");
        assertThat(tables(a)).containsExactly(3);
        assertThat(d.text("bText")).isEqualTo("乙类的说明"); // kept in the draft
    }

    static List<Integer> tables(CompiledForm f) {
        return f.document().blocks().stream().filter(Table.class::isInstance).map(x -> ((Table) x).rows().size()).toList();
    }

    @Test
    void aLayoutConditionMustFitTheForm() throws IOException {
        String layout = """
                {"template": "cond-test", "parts": [
                  {"type": "table", "columns": [1, 2], "rows": [
                    {"when": {"path": "name", "in": ["x"]}, "cells": [{"label": "name"}, {"value": "name"}]},
                    {"when": {"path": "kind", "in": ["丙类"]}, "cells": [{"label": "name"}, {"value": "name"}]}
                  ]}
                ]}""";
        assertThatThrownBy(() -> PrintLayout.parse(t, layout.getBytes(StandardCharsets.UTF_8), ZH))
                .hasMessageContaining("rows[0].when").hasMessageContaining("rows[1].when");
    }

    @Test
    void aConditionThatDoesNotFitTheFormIsRefusedNamingThePlace() throws IOException {
        String base = json();
        Map<String, String> broken = Map.of(
                "\"when\": {\"path\": \"kind\", \"notIn\": [\"甲类\"]}", "\"when\": {\"path\": \"kindd\", \"notIn\": [\"甲类\"]}",
                "{\"path\": \"race\", \"ticked\": true}", "{\"path\": \"name\", \"ticked\": true}",
                "{\"path\": \"kind\", \"in\": [\"乙类\"]}}", "{\"path\": \"kind\", \"in\": [\"丙类\"]}}",
                "\"when\": {\"path\": \"kind\", \"in\": [\"乙类\"]}, \"fields\"", "\"when\": {\"path\": \"onlyA\", \"in\": [\"甲类\"]}, \"fields\"");
        Map<String, String> expected = Map.of(
                "\"when\": {\"path\": \"kind\", \"notIn\": [\"甲类\"]}", "notA.when.path：字段路径“kindd”在本表单中不存在",
                "{\"path\": \"race\", \"ticked\": true}", "routes.when.path：条件（when）用 ticked 时",
                "{\"path\": \"kind\", \"in\": [\"乙类\"]}}", "rules[1]（pattern）.when.in：选项“丙类”不在可选项之中",
                "\"when\": {\"path\": \"kind\", \"in\": [\"乙类\"]}, \"fields\"", "sections[1]（partB）.when.path：");
        for (Map.Entry<String, String> e : broken.entrySet()) {
            assertThat(base).contains(e.getKey());
            String json = base.replace(e.getKey(), e.getValue());
            assertThatThrownBy(() -> load(json)).as(e.getValue()).isInstanceOf(DefinitionException.class)
                    .hasMessageContaining("cond-test.json").hasMessageContaining(expected.get(e.getKey()));
        }
        // a cycle: 类别 shows only with 赛马制 ticked, 赛马制 only for 甲类
        String cycle = base.replace("{\"id\": \"race\", \"label\": \"赛马制\", \"type\": \"BOOLEAN\"}",
                "{\"id\": \"race\", \"label\": \"赛马制\", \"type\": \"BOOLEAN\", \"when\": {\"path\": \"kind\", \"in\": [\"甲类\"]}}")
                .replace("\"options\": [\"甲类\", \"乙类\"]}", "\"options\": [\"甲类\", \"乙类\"], \"when\": {\"path\": \"race\", \"ticked\": true}}");
        assertThat(cycle).isNotEqualTo(base);
        assertThatThrownBy(() -> load(cycle)).hasMessageContaining("race.when.path：条件（when）所测的字段“kind”是否显示又取决于")
                .hasMessageContaining("kind.when.path：");
        // a section testing a field of its own
        String own = base.replace("\"fields\": [\n      {\"id\": \"bText\"", "\"fields\": [\n      {\"id\": \"bKind\", \"label\": \"乙\", \"type\": \"BOOLEAN\"},\n      {\"id\": \"bText\"")
                .replace("\"when\": {\"path\": \"kind\", \"in\": [\"乙类\"]}, \"fields\"", "\"when\": {\"path\": \"bKind\", \"ticked\": true}, \"fields\"");
        assertThat(own).isNotEqualTo(base);
        assertThatThrownBy(() -> load(own)).hasMessageContaining("sections[1]（partB）.when.path：条件（when）所测的字段“bKind”");
        // a column cannot carry one
        String column = base.replace("{\"id\": \"route\", \"label\": \"路线\", \"type\": \"TEXT\", \"required\": true}",
                "{\"id\": \"route\", \"label\": \"路线\", \"type\": \"TEXT\", \"required\": true, \"when\": {\"path\": \"kind\", \"in\": [\"甲类\"]}}");
        assertThat(column).isNotEqualTo(base);
        assertThatThrownBy(() -> load(column)).hasMessageContaining("routes[].route.when：表格的列不能有条件");
        // in and notIn together: unreadable, naming the file
        String both = base.replace("\"notIn\": [\"甲类\"]}", "\"notIn\": [\"甲类\"], \"in\": [\"乙类\"]}");
        assertThatThrownBy(() -> load(both)).isInstanceOf(DefinitionException.class).hasMessageContaining("cond-test.json")
                .hasMessageContaining("exactly one of");
    }

    @Test
    void blocksOfTheBlankFormIncludeEveryConditionalPart() {
        // the built-in forms print the same blank form as before: conditions only add parts
        for (TemplateDef def : TemplateRegistry.builtIn().all()) {
            List<Block> blank = LayoutCompiler.compileBlank(def, ZH).document().blocks();
            List<Block> empty = LayoutCompiler.compile(def, new Draft(def.id(), def.version()), ZH).document().blocks();
            assertThat(blank.size()).as(def.id()).isGreaterThanOrEqualTo(empty.size());
        }
    }
}
