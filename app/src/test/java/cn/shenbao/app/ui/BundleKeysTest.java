package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the client asks for exists in Chinese and English, and every key in the bundles is used. */
class BundleKeysTest {
    private static final Path SOURCES = Path.of("src/main/java/cn/shenbao/app/ui");
    private static final Pattern LOOKUP = Pattern.compile("(?:msg|item)\\(\"([A-Za-z][\\w.]*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][\\w]*(?:\\.[\\w]+)+)\"");

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static String allSources() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sb.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void everyKeyLookedUpExistsInBothLanguages() throws IOException {
        Set<String> zh = keys("/cn/shenbao/app/ui/messages.properties");
        Set<String> en = keys("/cn/shenbao/app/ui/messages_en.properties");
        Set<String> used = new TreeSet<>();
        Matcher m = LOOKUP.matcher(allSources());
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).as("keys looked up in the sources").hasSizeGreaterThan(50);
        assertThat(zh).as("Chinese bundle has every key used").containsAll(used);
        assertThat(en).as("English bundle has every key used").containsAll(used);
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsUnused() throws IOException {
        Set<String> zh = keys("/cn/shenbao/app/ui/messages.properties");
        Set<String> en = keys("/cn/shenbao/app/ui/messages_en.properties");
        assertThat(en).isEqualTo(zh);
        Set<String> literals = new TreeSet<>();
        Matcher m = LITERAL.matcher(allSources());
        while (m.find()) {
            literals.add(m.group(1));
        }
        Set<String> unused = new TreeSet<>(zh);
        unused.removeAll(literals);
        assertThat(unused).as("keys in the bundle that no source uses").isEmpty();
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsSelectable() {
        assertThat(new UiTexts(null).msg("menu.file")).isEqualTo("文件");
        assertThat(new UiTexts(java.util.Locale.ENGLISH).msg("menu.file")).isEqualTo("File");
        assertThat(new UiTexts(java.util.Locale.SIMPLIFIED_CHINESE).msg("counter.limit", 128, 200)).isEqualTo("128/200字");
    }
}
