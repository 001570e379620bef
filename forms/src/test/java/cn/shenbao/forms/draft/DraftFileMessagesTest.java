package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages of broken files: the position in the reader's language, the backup only when it exists. */
class DraftFileMessagesTest {
    @TempDir
    Path dir;

    private final DraftFiles files = DraftFiles.builtIn();

    @Test
    void truncatedFileNamesLineAndColumnInChinese() throws Exception {
        Path f = dir.resolve("a.shenbao");
        Files.writeString(f, "{\n  \"format\": \"shenbao-draft\",\n  \"values\": {\"x\": ", StandardCharsets.UTF_8);
        DraftFileException e = assertThrows(DraftFileException.class, () -> files.load(f));
        assertThat(e.problem()).isEqualTo(DraftFileException.Problem.NOT_JSON);
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("a.shenbao", "第 3 行").doesNotContain("line", ".bak");
        assertThat(e.message(Locale.ENGLISH)).contains("line 3");
    }

    @Test
    void backupIsOfferedOnlyWhenItExists() throws Exception {
        Path f = dir.resolve("b.shenbao");
        Draft d = files.create("kczg-2024");
        d.set("projectName", "“科创中国”人工智能科技服务团");
        files.save(d, f);
        files.save(d, f);
        assertThat(dir.resolve("b.shenbao.bak")).exists();
        Files.writeString(f, "", StandardCharsets.UTF_8);
        DraftFileException e = assertThrows(DraftFileException.class, () -> files.load(f));
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("文件为空", "b.shenbao.bak");
        Files.delete(dir.resolve("b.shenbao.bak"));
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain(".bak");
    }
}
