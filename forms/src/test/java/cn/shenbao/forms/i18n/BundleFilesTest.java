package cn.shenbao.forms.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message bundle of the project (forms and app) names each key once. Bundles are merged line by line
 * ({@code .gitattributes}: {@code *.properties merge=union}), so two branches that change one message leave
 * both lines behind; the later one would win silently. This test makes such a merge fail instead.
 */
class BundleFilesTest {
    @Test
    void noBundleNamesAKeyTwice() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> bundles;
        try (Stream<Path> s = Files.walk(root, 12)) {
            bundles = s.filter(p -> p.toString().contains("/src/main/resources/"))
                    .filter(p -> p.getFileName().toString().matches("messages(_[a-zA-Z]+)*\\.properties")).toList();
        }
        assertThat(bundles).as("bundles found under %s", root).hasSizeGreaterThanOrEqualTo(6);
        List<String> duplicates = new ArrayList<>();
        for (Path b : bundles) {
            Set<String> keys = new HashSet<>();
            boolean continued = false;
            int n = 0;
            for (String line : Files.readAllLines(b, StandardCharsets.UTF_8)) {
                n++;
                boolean startsEntry = !continued;
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
                String t = line.strip();
                if (!startsEntry || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                    continue;
                }
                int eq = t.indexOf('=');
                String key = (eq < 0 ? t : t.substring(0, eq)).strip();
                if (!keys.add(key)) {
                    duplicates.add(root.relativize(b) + ":" + n + " " + key);
                }
            }
        }
        assertThat(duplicates).as("keys defined twice (a union merge left both lines: keep one)").isEmpty();
    }
}
