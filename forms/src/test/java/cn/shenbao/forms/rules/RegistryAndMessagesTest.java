package cn.shenbao.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.rules.kinds.KindInfo;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every kind a definition names is registered, and every message key exists in zh and en. */
class RegistryAndMessagesTest {
    private static final TemplateDef T = ValidKczgDraft.template();

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RegistryAndMessagesTest.class.getResourceAsStream("/cn/shenbao/forms/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKindTheDefinitionNamesIsRegistered() {
        assertThat(T.rules()).isNotEmpty();
        for (RuleDef def : T.rules()) {
            assertThat(RuleKinds.names()).as("rule kind of %s", def).contains(def.rule());
        }
        for (RuleDef def : T.crossRules()) {
            assertThat(CrossDraftCheck.kinds()).as("cross rule kind of %s", def).contains(def.rule());
        }
        for (TemplateDef t : TemplateRegistry.builtIn().all()) {
            t.rules().forEach(def -> assertThat(RuleKinds.get(def.rule())).as("%s of %s", def, t.id()).isNotNull());
            t.crossRules().forEach(def -> assertThat(CrossDraftCheck.kinds()).as("%s of %s", def, t.id()).contains(def.rule()));
        }
    }

    @Test
    void theRegistryHoldsEveryKindOfTheBrief() {
        assertThat(RuleKinds.names()).containsExactlyInAnyOrder("pattern", "differentPersons", "listCount", "dateOrder",
                "dateNotAfter", "rowDatesWithin", "rowsInOrder", "columnSum", "sumEquals", "maxValue", "mentions",
                "rowCount", "ageCount", "flagCount", "uniqueColumn", "attached", "charTarget", "choiceText",
                "charCount", "dateNotBefore", "minValue", "expect",
                "notMoreThan", "minShare", "unitValue", "groupHasValue", "rowGroups"); // T5
        assertThat(CrossDraftCheck.kinds()).containsExactlyInAnyOrder("maxDraftsPerUnit", "noSharedValues");
    }

    /** The keys the definition names, the kinds' default keys and the keys the engine itself uses. */
    private static Set<String> usedKeys() {
        Set<String> keys = new TreeSet<>();
        for (RuleDef def : T.rules()) {
            if (def.message() != null) {
                keys.add(def.message());
            }
        }
        for (RuleDef def : T.crossRules()) {
            if (def.message() != null) {
                keys.add(def.message());
            }
        }
        for (String kind : RuleKinds.names()) {
            assertThat(RuleKinds.get(kind)).as(kind).isInstanceOf(KindInfo.class);
            KindInfo info = (KindInfo) RuleKinds.get(kind);
            assertThat(info.kind()).isEqualTo(kind);
            keys.addAll(info.messageKeys());
        }
        keys.add("rule.cross.maxDraftsPerUnit");
        keys.addAll(List.of("rule.cross.noSharedValues", "rule.cross.noSharedValues.member",
                "rule.cross.noSharedValues.problem", "rule.cross.noSharedValues.region",
                "rule.cross.noSharedValues.content"));
        keys.addAll(List.of("rule.required", "rule.maxChars", "rule.maxRows", "rule.minRows", "rule.otherText",
                "rule.exclusive", "rule.unknownField", "value.date.format.field", "value.date.invalid.field",
                "rule.dependentOption", "rule.dependentOption.noBase"));
        return keys;
    }

    @Test
    void everyUsedKeyExistsInBothBundles() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        Set<String> keys = usedKeys();
        assertThat(keys).contains("rule.kczg.projectName", "rule.kczg.dundian", "rule.differentPersons");
        for (String k : keys) {
            assertThat(zh.getProperty(k)).as("zh %s", k).isNotBlank();
            assertThat(en.getProperty(k)).as("en %s", k).isNotBlank();
        }
    }

    @Test
    void crossKindsDeclareTheirKeys() throws IOException {
        Properties zh = load("messages.properties");
        List<String> declared = new ArrayList<>();
        new cn.shenbao.forms.rules.kinds.MaxDraftsPerUnitRule().messageKeys().forEach(declared::add);
        new cn.shenbao.forms.rules.kinds.NoSharedValuesRule().messageKeys().forEach(declared::add);
        assertThat(declared).allSatisfy(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Set<Object> zh = new TreeSet<>(load("messages.properties").keySet());
        Set<Object> en = new TreeSet<>(load("messages_en.properties").keySet());
        assertThat(en).as("keys only in zh: %s; only in en: %s", minus(zh, en), minus(en, zh)).isEqualTo(zh);
    }

    private static Set<Object> minus(Set<Object> a, Set<Object> b) {
        Set<Object> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    @Test
    void everyPatternFormatsCleanly() throws IOException {
        Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties p = load(file);
            Locale locale = file.contains("_en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            for (String k : p.stringPropertyNames()) {
                String pattern = p.getProperty(k);
                assertThat(loneQuote.matcher(pattern).find()).as("%s %s has a single quote (write '')", file, k).isFalse();
                Object[] args = {3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
                String out = new MessageFormat(pattern, locale).format(args);
                assertThat(out).as("%s %s", file, k).doesNotContain("{").doesNotContain("}");
            }
        }
    }
}
