package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and hostile files: whatever the bytes, loading either gives a draft that the rule engine can
 * check, or a {@link DraftFileException} with a message naming the file — never another exception —
 * and the file is never changed. Mutations of a real draft are seeded, so a failure can be replayed.
 */
class HostileDraftFilesTest {
    @TempDir
    Path dir;

    private final DraftFiles files = DraftFiles.builtIn();

    @Test
    void mutatedDraftsAreLoadedOrRefusedCleanly() throws Exception {
        byte[] good = DraftFiles.toBytes(SampleDrafts.kczgComplete());
        Random random = new Random(20240524L);
        Path f = dir.resolve("m.shenbao");
        int refused = 0;
        int loaded = 0;
        for (int i = 0; i < 400; i++) {
            byte[] bytes = mutate(good, random);
            Files.write(f, bytes);
            try {
                Draft d = files.load(f);
                RuleEngine.check(TemplateRegistry.builtIn().get(d.templateId()), d);
                loaded++;
            } catch (DraftFileException e) {
                assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("m.shenbao");
                refused++;
            }
            assertThat(Files.readAllBytes(f)).as("mutation %d leaves the file as it was", i).isEqualTo(bytes);
        }
        assertThat(refused).as("most mutations break the file").isGreaterThan(100);
        assertThat(loaded).as("some mutations only change text values").isGreaterThan(0);
    }

    private static byte[] mutate(byte[] good, Random r) {
        byte[] b = good.clone();
        switch (r.nextInt(5)) {
            case 0 -> {
                return java.util.Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 1 -> {
                for (int k = 0; k < 1 + r.nextInt(8); k++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return b;
            }
            case 2 -> {
                String s = new String(b, StandardCharsets.UTF_8);
                String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "null", "1e999", "-1", "true", "\\u0000"};
                int at = r.nextInt(s.length());
                return (s.substring(0, at) + tokens[r.nextInt(tokens.length)] + s.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> {
                String s = new String(b, StandardCharsets.UTF_8);
                int at = s.indexOf("\"members\"");
                return (s.substring(0, at) + "\"members[0]\": \"x\", " + s.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                String s = new String(b, StandardCharsets.UTF_8);
                String[] swaps = {"\"shenbao-draft\"", "\"kczg-2024\"", "\"formatVersion\" : 1", "\"version\" : 1"};
                String[] with = {"\"other\"", "\"kczg-2099\"", "\"formatVersion\" : 9", "\"version\" : 7"};
                int k = r.nextInt(swaps.length);
                return s.replace(swaps[k], with[k]).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() throws Exception {
        Path f = dir.resolve("deep.shenbao");
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        Files.writeString(f, "{\"format\":\"shenbao-draft\",\"formatVersion\":1,\"template\":{\"id\":\"kczg-2024\",\"version\":1},"
                + "\"values\":{\"projectName\":" + deep + "}}", StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertThrows(DraftFileException.class, () -> files.load(f));
    }

    @Test
    void binaryGarbageIsRefused() throws Exception {
        Path f = dir.resolve("photo.shenbao");
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        Files.write(f, png);
        DraftFileException e = org.junit.jupiter.api.Assertions.assertThrows(DraftFileException.class, () -> files.load(f));
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("photo.shenbao");
        assertThat(Files.readAllBytes(f)).isEqualTo(png);
    }
}
