package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.rules.kinds.KindInfo;
import cn.shenbao.forms.rules.kinds.Param;
import cn.shenbao.forms.template.DefinitionException;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Definitions are checked when they load: the built-in ones pass, and a definition with a wrong path, key
 * or parameter is refused naming the file and the place (before, {@code "equals": ["totl"]} loaded and
 * reported a false mismatch on every check).
 */
class DefinitionCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("cn.shenbao.forms.samples.FormExamples#definitionFiles")
    void everyBuiltInDefinitionLoadsClean(String file) throws Exception {
        TemplateDef t;
        try (InputStream in = getClass().getResourceAsStream("/cn/shenbao/forms/templates/" + file)) {
            assertThat(in).as(file).isNotNull();
            t = TemplateRegistry.load(in, file);
        }
        assertThat(DefinitionCheck.problems(t)).isEmpty();
        assertThat(TemplateRegistry.builtIn().all()).extracting(TemplateDef::id).contains(t.id());
    }

    @Test
    void everyKindDeclaresItsParameters() {
        for (String kind : RuleKinds.names()) {
            assertThat(((KindInfo) RuleKinds.get(kind)).params()).as(kind).isNotEmpty();
        }
        for (String kind : CrossDraftCheck.kinds()) {
            assertThat(CrossDraftCheck.info(kind).params()).as(kind).isNotEmpty();
        }
        assertThat(DefinitionCheck.declared().get("columnSum")).extracting(Param::name)
                .containsExactly("table", "column", "equals");
    }

    /** The kczg definition with one rule changed, loaded as {@code broken.json}. */
    private static DefinitionException refused(String ruleKind, int nth, Consumer<ObjectNode> change) throws Exception {
        ObjectNode root;
        try (InputStream in = DefinitionCheckTest.class.getResourceAsStream("/cn/shenbao/forms/templates/kczg-2024.json")) {
            root = (ObjectNode) JSON.readTree(in);
        }
        int seen = 0;
        for (JsonNode r : root.path("rules")) {
            if (r.path("rule").asText().equals(ruleKind) && seen++ == nth) {
                change.accept((ObjectNode) r);
                break;
            }
        }
        byte[] bytes = JSON.writeValueAsBytes(root);
        try {
            TemplateRegistry.load(new ByteArrayInputStream(bytes), "broken.json");
        } catch (DefinitionException e) {
            assertThat(e.file()).isEqualTo("broken.json");
            assertThat(e.getMessage()).startsWith("表单定义 broken.json 有 ");
            assertThat(e.message(Locale.ENGLISH)).startsWith("The form definition broken.json has ");
            return e;
        }
        throw new AssertionError("loaded a broken definition");
    }

    private static void assertProblem(DefinitionException e, String place, String key, String mentions) {
        assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
            assertThat(p.place()).isEqualTo(place);
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.message(Locale.SIMPLIFIED_CHINESE)).contains(mentions);
        });
    }

    @Test
    void aMisspeltPathInAListIsRefused() throws Exception {
        DefinitionException e = refused("columnSum", 0, r -> ((ArrayNode) r.get("equals")).set(0, "totl"));
        assertProblem(e, "rules[8]（columnSum）.equals[0]", "definition.path.unknown", "totl");
        assertThat(e.getMessage()).contains("rules[8]（columnSum）.equals[0]：字段路径“totl”在本表单中不存在");
    }

    @Test
    void aMisspeltParameterNameIsRefused() throws Exception {
        DefinitionException e = refused("uniqueColumn", 0, r -> r.set("tabel", r.remove("table")));
        assertProblem(e, "rules[18]（uniqueColumn）.tabel", "definition.param.unknown", "tabel");
        assertProblem(e, "rules[18]（uniqueColumn）", "definition.param.missing", "table");
    }

    @Test
    void anUnknownTableOrColumnIsRefused() throws Exception {
        assertProblem(refused("rowCount", 0, r -> r.put("table", "rooster")),
                "rules[14]（rowCount）.table", "definition.path.unknown", "rooster");
        assertProblem(refused("flagCount", 0, r -> r.put("column", "tuojuu")),
                "rules[16]（flagCount）.column", "definition.column.unknown", "tuojuu");
        assertProblem(refused("rowCount", 0, r -> r.put("table", "castFunding")),
                "rules[14]（rowCount）.table", "definition.table.notTable", "castFunding");
        assertProblem(refused("differentPersons", 0, r -> ((ArrayNode) r.get("compare")).set(0, "nmae")),
                "rules[1]（differentPersons）.compare[0]", "definition.subfield.unknown", "nmae");
    }

    @Test
    void aMissingTemplateParameterIsRefused() throws Exception {
        assertProblem(refused("maxValue", 0, r -> r.put("max", "$castFundingMx")),
                "rules[10]（maxValue）.max", "definition.param.noTemplateParam", "$castFundingMx");
    }

    @Test
    void badLiteralsAreRefused() throws Exception {
        assertProblem(refused("maxValue", 0, r -> r.put("max", "八十")),
                "rules[10]（maxValue）.max", "definition.value.number", "八十");
        assertProblem(refused("pattern", 0, r -> r.put("regex", "^“科创中国”(\\S+科技服务团$")),
                "rules[0]（pattern）.regex", "definition.value.regex", "科创中国");
        assertProblem(refused("dateNotAfter", 0, r -> r.put("limit", "2025-3-31")),
                "rules[4]（dateNotAfter）.limit", "definition.value.date", "2025-3-31");
        assertProblem(refused("listCount", 0, r -> r.put("min", "1.5")),
                "rules[2]（listCount）.min", "definition.value.integer", "1.5");
    }

    @Test
    void anUnknownKindOrMessageKeyIsRefused() throws Exception {
        assertProblem(refused("attached", 0, r -> r.put("rule", "attachd")),
                "rules[20]（attachd）", "definition.rule.unknownKind", "attachd");
        assertProblem(refused("pattern", 0, r -> r.put("message", "rule.kczg.projectNam")),
                "rules[0]（pattern）.message", "definition.message.unknown", "rule.kczg.projectNam");
    }

    @Test
    void computedFieldsAndDependentOptionsAreChecked() throws Exception {
        String json = """
                {"id": "mini", "version": 1, "title": "t",
                 "sections": [{"id": "s", "fields": [
                   {"id": "a", "label": "甲", "type": "MONEY"},
                   {"id": "total", "label": "合计", "type": "COMPUTED", "compute": {"op": "avg", "of": ["a", "b"]}},
                   {"id": "area", "label": "领域", "type": "MULTI_CHOICE", "options": ["X", "Y"]},
                   {"id": "dir", "label": "方向", "type": "MULTI_CHOICE", "dependsOn": "area",
                    "optionsBy": {"X": ["x1"], "Z": ["z1"]}},
                   {"id": "kind", "label": "类", "type": "SINGLE_CHOICE", "options": ["p"], "otherOption": "其他"}]}]}
                """;
        DefinitionException e = org.junit.jupiter.api.Assertions.assertThrows(DefinitionException.class,
                () -> TemplateRegistry.load(new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "mini.json"));
        assertProblem(e, "total.compute.op", "definition.compute.op", "avg");
        assertProblem(e, "total.compute.of[1]", "definition.path.unknown", "b");
        assertProblem(e, "dir.dependsOn", "definition.dependsOn.notSingle", "area");
        assertProblem(e, "kind.otherOption", "definition.option.unknown", "其他");
    }

    @Test
    void unreadableJsonNamesTheFileAndTheLine() {
        assertThatThrownBy(() -> TemplateRegistry.load(new ByteArrayInputStream("{\"id\": \"x\", \"version\": 1,\n \"sectons\": []}".getBytes()), "typo.json"))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("typo.json").hasMessageContaining("第 2 行").hasMessageContaining("sectons");
    }

    @Test
    void theProblemsListEveryMistakeAtOnce() throws Exception {
        DefinitionException e = refused("rowDatesWithin", 0, r -> {
            r.put("from", "start");
            r.put("periodTo", "projectPeriod.end");
        });
        assertThat(e.problems()).hasSize(2);
        assertThat(List.of(e.getMessage().split("\n"))).hasSize(3);
    }
}
