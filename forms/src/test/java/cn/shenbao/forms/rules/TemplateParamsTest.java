package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.DefinitionException;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A template parameter chosen by an option of a single-choice field ({@code {"by", "values", "otherwise"}}):
 * the rules read the value of the draft's choice, the live check follows a change of the choice, and a
 * definition whose choice, options or values do not fit is refused when it loads.
 */
class TemplateParamsTest {
    private static final String DIRECTIONS = "[\"区域\", \"基地\", \"转化\"]";

    /** A small form: a direction, a grant capped by direction, a start date limited by direction. */
    private static String json(String params, String extraRules) {
        return """
            {"id": "by-option", "version": 1, "title": "t",
             "params": %s,
             "sections": [{"id": "s", "title": "s", "fields": [
               {"id": "direction", "label": "支持方向", "type": "SINGLE_CHOICE", "options": %s},
               {"id": "kind", "label": "单位类型", "type": "TEXT"},
               {"id": "central", "label": "中央补助", "type": "MONEY", "unit": "万元"},
               {"id": "start", "label": "开始日期", "type": "DATE"}]}],
             "rules": [{"rule": "maxValue", "field": "central", "max": "$centralMax"}%s]}
            """.formatted(params, DIRECTIONS, extraRules);
    }

    private static final String CAPS = """
        {"centralMax": {"by": "direction", "values": {"区域": 300, "基地": 500, "转化": 200.5}}}""";

    private static TemplateDef load(String json) throws Exception {
        return TemplateRegistry.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "by-option.json");
    }

    private static List<Finding> maxFindings(TemplateDef t, String direction, String central) {
        Draft d = new Draft(t.id(), 1);
        if (direction != null) {
            d.set("direction", direction);
        }
        d.set("central", central);
        return RuleEngine.check(t, d).stream().filter(f -> f.rule().equals("maxValue")).toList();
    }

    @Test
    void theCapIsTheChosenOptions() throws Exception {
        TemplateDef t = load(json(CAPS, ""));
        assertThat(maxFindings(t, "区域", "300")).isEmpty();
        assertThat(maxFindings(t, "区域", "300.01")).singleElement()
                .satisfies(f -> assertThat(f.args()).contains("300"));
        assertThat(maxFindings(t, "基地", "500")).isEmpty();
        assertThat(maxFindings(t, "基地", "501")).hasSize(1);
        assertThat(maxFindings(t, "转化", "200.5")).isEmpty();
        assertThat(maxFindings(t, "转化", "201")).singleElement()
                .satisfies(f -> assertThat(f.args()).contains("200.5"));
    }

    @Test
    void withoutAChoiceAndWithoutOtherwiseThereIsNoLimit() throws Exception {
        TemplateDef t = load(json(CAPS, ""));
        assertThat(maxFindings(t, null, "100000")).isEmpty();
        Draft d = new Draft(t.id(), 1);
        assertThat(TemplateParams.value(t, d, "centralMax")).isNull();
        d.set("direction", "基地");
        assertThat(TemplateParams.value(t, d, "centralMax")).isEqualTo("500");
    }

    @Test
    void otherwiseAppliesWhenNothingIsChosenOrTheOptionHasNoValue() throws Exception {
        TemplateDef t = load(json("""
            {"centralMax": {"by": "direction", "values": {"基地": 500}, "otherwise": 100}}""", ""));
        assertThat(maxFindings(t, null, "101")).hasSize(1);
        assertThat(maxFindings(t, "区域", "101")).hasSize(1);
        assertThat(maxFindings(t, "区域", "100")).isEmpty();
        assertThat(maxFindings(t, "基地", "101")).isEmpty();
    }

    @Test
    void aPlainParameterIsUnchanged() throws Exception {
        TemplateDef t = load(json("{\"centralMax\": 80}", ""));
        assertThat(TemplateParams.value(t, null, "centralMax")).isEqualTo("80");
        assertThat(maxFindings(t, "基地", "81")).hasSize(1);
        assertThat(TemplateParams.chosenBy(t, "$centralMax")).isNull();
        assertThatThrownBy(() -> TemplateParams.value(t, null, "nope")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLiveCheckFollowsAChangeOfTheChoice() throws Exception {
        TemplateDef t = load(json(CAPS, ""));
        Draft d = new Draft(t.id(), 1);
        d.set("direction", "基地");
        d.set("central", "400");
        LiveCheck live = new LiveCheck(t, d);
        assertThat(live.findings()).noneMatch(f -> f.rule().equals("maxValue"));
        d.set("direction", "转化");
        List<Finding> after = live.changed("direction");
        assertThat(after).anyMatch(f -> f.rule().equals("maxValue") && f.path().equals("central"));
        assertThat(after).isEqualTo(RuleEngine.check(t, d));
        d.set("direction", "基地");
        assertThat(live.changed("direction")).isEqualTo(RuleEngine.check(t, d)).noneMatch(f -> f.rule().equals("maxValue"));
    }

    private static DefinitionException refused(String json) {
        try {
            load(json);
        } catch (DefinitionException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("loaded a broken definition");
    }

    private static void assertProblem(DefinitionException e, String place, String key, String mentions) {
        assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
            assertThat(p.place()).isEqualTo(place);
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains(mentions);
        });
    }

    @Test
    void aChoiceThatIsNotThereOrNotSingleIsRefused() {
        assertProblem(refused(json("""
            {"centralMax": {"by": "directon", "values": {"区域": 300}}}""", "")),
                "params.centralMax.by", "definition.path.unknown", "directon");
        assertProblem(refused(json("""
            {"centralMax": {"by": "kind", "values": {"企业": 300}}}""", "")),
                "params.centralMax.by", "definition.dependsOn.notSingle", "kind");
    }

    @Test
    void aKeyThatIsNotAnOptionIsRefused() {
        assertProblem(refused(json("""
            {"centralMax": {"by": "direction", "values": {"区域": 300, "基 地": 500}}}""", "")),
                "params.centralMax.values.基 地", "definition.option.unknown", "基 地");
    }

    @Test
    void aValueThatDoesNotSuitTheRuleIsRefused() {
        DefinitionException e = refused(json("""
            {"centralMax": {"by": "direction", "values": {"区域": "三百", "基地": 500}, "otherwise": "x"}}""", ""));
        assertProblem(e, "rules[0]（maxValue）.max（$centralMax.values.区域）", "definition.value.number", "三百");
        assertProblem(e, "rules[0]（maxValue）.max（$centralMax.otherwise）", "definition.value.number", "x");
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void aMalformedEntryIsRefused() {
        DefinitionException e = refused(json("""
            {"centralMax": {"by": "direction", "value": {"区域": 300}}}""", ""));
        assertProblem(e, "params.centralMax.value", "definition.byOption.key", "value");
        assertProblem(e, "params.centralMax.values", "definition.byOption.values", "values");
        assertProblem(refused(json("""
            {"centralMax": {"by": "direction", "values": {"区域": [300]}}}""", "")),
                "params.centralMax.values.区域", "definition.byOption.scalar", "列表");
    }

    @Test
    void aCrossRuleCannotUseIt() {
        String json = json(CAPS, "").replace("\"rules\":", """
            "crossRules": [{"rule": "maxDraftsPerUnit", "unit": "kind", "max": "$centralMax"}], "rules":""");
        assertProblem(refused(json), "crossRules[0]（maxDraftsPerUnit）.max", "definition.byOption.cross", "$centralMax");
    }
}
