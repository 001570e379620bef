package cn.shenbao.forms.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.print.layout.LayoutSpec;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The definitions, print layouts and drafts are read without an {@code ObjectMapper} (issue 15: making the first one
 * costs ≈ 0.2 s of a cold start): {@link JsonBinder} and {@link JsonTrees} must read every built-in file exactly as
 * Jackson's data binding did, write drafts byte for byte as it did, and refuse what it refused, naming the place.
 */
class JsonBinderTest {
    private static final String BASE = "/cn/shenbao/forms/templates/";
    /** How the definitions were read before (TemplateRegistry). */
    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** How the print layouts were read before (PrintLayout). */
    private static final ObjectMapper JACKSON_LAYOUTS = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    /** How drafts were written before (DraftFiles). */
    private static final ObjectMapper DRAFTS = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static List<String> definitionFiles() throws IOException {
        try (InputStream in = JsonBinderTest.class.getResourceAsStream(BASE + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = JsonBinderTest.class.getResourceAsStream(BASE + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void everyBuiltInDefinitionAndLayoutReadsAsWithJackson() throws IOException {
        List<String> files = definitionFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (String f : files) {
            byte[] def = resource(f);
            TemplateDef ours = JsonBinder.read(def, TemplateDef.class, false);
            TemplateDef theirs = JACKSON.readValue(def, TemplateDef.class);
            assertThat(ours).as(f).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(theirs);
            String layout = f.replace(".json", ".print.json");
            byte[] lay = resource(layout);
            LayoutSpec.File ourLayout = JsonBinder.read(lay, LayoutSpec.File.class, true);
            LayoutSpec.File theirLayout = JACKSON_LAYOUTS.readValue(lay, LayoutSpec.File.class);
            assertThat(ourLayout).as(layout).usingRecursiveComparison().withStrictTypeChecking()
                    .isEqualTo(theirLayout);
            assertThat(ourLayout).isEqualTo(theirLayout);
        }
    }

    @Test
    void untypedParametersAreTheJavaValuesJacksonMakes() throws IOException {
        byte[] json = "{\"a\": 1, \"b\": 12345678901, \"c\": 1.5, \"d\": \"x\", \"e\": [true, null], \"f\": {\"g\": 2}}"
                .getBytes(StandardCharsets.UTF_8);
        Object ours = JsonBinder.untyped(JsonTrees.read(json));
        Object theirs = JACKSON.readValue(json, Object.class);
        assertThat(ours).isEqualTo(theirs);
        Map<?, ?> m = (Map<?, ?>) ours;
        assertThat(m.get("a")).isInstanceOf(Integer.class);
        assertThat(m.get("b")).isInstanceOf(Long.class);
        assertThat(m.get("c")).isInstanceOf(Double.class);
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndPath() {
        byte[] json = "{\"id\": \"x\", \"version\": 1,\n \"sectons\": []}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonBinder.read(json, TemplateDef.class, false))
                .isInstanceOfSatisfying(JsonBinder.BindException.class, e -> {
                    assertThat(e.problem()).isEqualTo(JsonBinder.Problem.UNKNOWN_KEY);
                    assertThat(e.name()).isEqualTo("sectons");
                    assertThat(e.known()).contains("sections", "rules");
                    assertThat(e.getLocation().getLineNr()).isEqualTo(2);
                    assertThat(e.path()).isEqualTo("/");
                });
        byte[] nested = "{\"id\": \"x\", \"version\": 1, \"sections\": [{\"id\": \"s\",\n \"fields\": [{\"id\": \"a\",\n \"lable\": \"A\"}]}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonBinder.read(nested, TemplateDef.class, false))
                .isInstanceOfSatisfying(JsonBinder.BindException.class, e -> {
                    assertThat(e.name()).isEqualTo("lable");
                    assertThat(e.path()).isEqualTo("sections[0].fields[0]");
                    assertThat(e.getLocation().getLineNr()).isEqualTo(3);
                });
    }

    @Test
    void wrongKindsOfValuesAndRefusedValuesAreErrors() {
        // an object where a text is expected
        assertThatThrownBy(() -> JsonBinder.read("{\"id\": {}, \"version\": 1}".getBytes(StandardCharsets.UTF_8),
                TemplateDef.class, false)).isInstanceOfSatisfying(JsonBinder.BindException.class,
                        e -> assertThat(e.problem()).isEqualTo(JsonBinder.Problem.BAD_VALUE));
        // a number that is not a number
        assertThatThrownBy(() -> JsonBinder.read("{\"id\": \"x\", \"version\": \"one\"}".getBytes(StandardCharsets.UTF_8),
                TemplateDef.class, false)).isInstanceOf(JsonBinder.BindException.class).hasMessageContaining("int");
        // the class itself refuses (TemplateDef: id in lower case), with its own words as the cause
        assertThatThrownBy(() -> JsonBinder.read("{\"id\": \"X Y\", \"version\": 1}".getBytes(StandardCharsets.UTF_8),
                TemplateDef.class, false)).isInstanceOfSatisfying(JsonBinder.BindException.class,
                        e -> assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class)
                                .hasMessageContaining("lower-case"));
        // an enum constant that does not exist
        assertThatThrownBy(() -> JsonBinder.read(("{\"id\": \"x\", \"version\": 1, \"sections\": [{\"id\": \"s\", "
                + "\"fields\": [{\"id\": \"a\", \"type\": \"TXET\"}]}]}").getBytes(StandardCharsets.UTF_8),
                TemplateDef.class, false)).isInstanceOfSatisfying(JsonBinder.BindException.class,
                        e -> assertThat(e.path()).isEqualTo("sections[0].fields[0].type"));
        // a null for a primitive where the layout asks for it to fail
        assertThatThrownBy(() -> JsonBinder.read("{\"id\": \"x\", \"version\": null}".getBytes(StandardCharsets.UTF_8),
                TemplateDef.class, true)).isInstanceOf(JsonBinder.BindException.class);
    }

    @Test
    void anUnknownPartTypeIsNamed() {
        byte[] json = "{\"template\": \"kczg-2024\", \"parts\": [{\"type\": \"instruction\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JsonBinder.read(json, LayoutSpec.File.class, true))
                .isInstanceOfSatisfying(JsonBinder.BindException.class, e -> {
                    assertThat(e.problem()).isEqualTo(JsonBinder.Problem.UNKNOWN_TYPE);
                    assertThat(e.name()).isEqualTo("instruction");
                    assertThat(e.path()).isEqualTo("parts[0]");
                });
    }

    @Test
    void textThatIsNotOneJsonValueIsRefused() {
        for (String bad : List.of("", "{\"a\": 1} {", "{\"a\": 1, \"a\": 2}", "{\"a\": ", "[1, 2")) {
            assertThatThrownBy(() -> JsonTrees.read(bad.getBytes(StandardCharsets.UTF_8))).as(bad)
                    .isInstanceOf(JsonProcessingException.class);
        }
    }

    @Test
    void draftsAreReadAndWrittenExactlyAsWithJackson() throws Exception {
        DraftFiles files = new DraftFiles(TemplateRegistry.builtIn());
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("..", "docs", "examples"))) {
            samples = s.filter(p -> p.toString().endsWith(".shenbao")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(9);
        for (Path p : samples) {
            byte[] bytes = Files.readAllBytes(p);
            JsonNode ours = JsonTrees.read(bytes);
            JsonNode theirs = DRAFTS.readTree(bytes);
            assertThat(ours).as(p.toString()).isEqualTo(theirs);
            Draft d = files.load(p);
            byte[] written = DraftFiles.toBytes(d);
            byte[] before = DRAFTS.writeValueAsBytes(DraftFiles.toJson(d));
            assertThat(new String(written, StandardCharsets.UTF_8))
                    .isEqualTo(new String(before, StandardCharsets.UTF_8) + "\n");
        }
    }
}
