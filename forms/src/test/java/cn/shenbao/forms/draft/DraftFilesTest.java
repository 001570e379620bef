package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.shenbao.forms.draft.DraftFileException.Problem;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DraftFilesTest {
    private static final DraftFiles FILES = DraftFiles.builtIn();
    private static final String HEAD = "{\"format\":\"shenbao-draft\",\"formatVersion\":1,"
            + "\"template\":{\"id\":\"kczg-2024\",\"version\":1},\"meta\":{\"created\":\"2024-05-01T08:00:00Z\","
            + "\"modified\":\"2024-05-02T08:00:00Z\",\"program\":\"shenbao 0.1.0\"},";

    @TempDir
    Path dir;

    private static Draft sample(String name) {
        Draft d = FILES.create("kczg-2024");
        d.set("projectName", name);
        d.set("members[1].name", "张三");
        d.setChoices("industryFields", List.of("新材料", "其他"));
        d.set("industryFields.other", "“低空”\\经济");
        return d;
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- save ------------------------------------------------------------------------------------

    @Test
    void atomicSaveLeavesNoTemporaryFileAndKeepsThePreviousVersionAsBak() throws Exception {
        Path f = dir.resolve("申报书.shenbao");
        FILES.save(sample("第一版"), f);
        byte[] first = Files.readAllBytes(f);
        assertThat(names()).containsExactly("申报书.shenbao");

        FILES.save(sample("第二版"), f);
        assertThat(names()).containsExactly("申报书.shenbao", "申报书.shenbao.bak");
        assertThat(Files.readAllBytes(dir.resolve("申报书.shenbao.bak"))).isEqualTo(first);
        assertThat(FILES.load(f).text("projectName")).isEqualTo("第二版");
        assertThat(FILES.load(dir.resolve("申报书.shenbao.bak")).text("projectName")).isEqualTo("第一版");
    }

    @Test
    void aFailedSaveLeavesTheOldFileUnchanged() throws Exception {
        Path f = dir.resolve("a.shenbao");
        FILES.save(sample("旧的"), f);
        byte[] old = Files.readAllBytes(f);
        // the backup cannot be written: a folder that is not empty stands where a.shenbao.bak would go
        Files.createDirectories(dir.resolve("a.shenbao.bak").resolve("x"));
        DraftFileException e = catchThrowableOfType(DraftFileException.class, () -> FILES.save(sample("新的"), f));
        assertThat(e.problem()).isEqualTo(Problem.WRITE_FAILED);
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("a.shenbao").contains("无法保存").contains("原文件未被改动");
        assertThat(Files.readAllBytes(f)).isEqualTo(old);
        assertThat(names()).containsExactly("a.shenbao", "a.shenbao.bak");
    }

    @Test
    void aSaveUnderAFileFailsWithoutCreatingAnything() throws Exception {
        Path notAFolder = dir.resolve("plain.txt");
        Files.writeString(notAFolder, "text");
        DraftFileException e = catchThrowableOfType(DraftFileException.class,
                () -> FILES.save(sample("x"), notAFolder.resolve("a.shenbao")));
        assertThat(e.problem()).isEqualTo(Problem.WRITE_FAILED);
        assertThat(Files.readString(notAFolder)).isEqualTo("text");
        assertThat(names()).containsExactly("plain.txt");
    }

    @Test
    void saveRefusesToOverwriteAFileThatIsNotADraft() throws Exception {
        Path txt = dir.resolve("notes.shenbao");
        Files.writeString(txt, "{\"a\":1}");
        Path folder = Files.createDirectory(dir.resolve("folder.shenbao"));
        Path broken = dir.resolve("broken.shenbao");
        Files.writeString(broken, "not json at all");
        for (Path p : List.of(txt, folder, broken)) {
            DraftFileException e = catchThrowableOfType(DraftFileException.class, () -> FILES.save(sample("x"), p));
            assertThat(e.problem()).isEqualTo(Problem.FOREIGN_TARGET);
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains(p.getFileName().toString()).contains("未保存");
        }
        assertThat(Files.readString(txt)).isEqualTo("{\"a\":1}");
        assertThat(Files.readString(broken)).isEqualTo("not json at all");
        assertThat(names()).containsExactly("broken.shenbao", "folder.shenbao", "notes.shenbao");
    }

    @Test
    void anEmptyFileMayBeOverwritten() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.shenbao"));
        FILES.save(sample("x"), f);
        assertThat(FILES.load(f).text("projectName")).isEqualTo("x");
    }

    @Test
    void saveKeepsThePermissionsOfTheFileItReplaces() throws Exception {
        Path f = dir.resolve("a.shenbao");
        FILES.save(sample("1"), f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        FILES.save(sample("2"), f);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r-----");
    }

    @Test
    void saveThroughASymbolicLinkUpdatesTheLinkedFile() throws Exception {
        Path real = dir.resolve("real.shenbao");
        FILES.save(sample("1"), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.shenbao"), real.getFileName());
        FILES.save(sample("2"), link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(FILES.load(real).text("projectName")).isEqualTo("2");
    }

    // ---- load ------------------------------------------------------------------------------------

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty", "", Problem.NOT_JSON),
                Arguments.of("truncated", HEAD + "\"values\":{\"projectName\":\"“科创中国”人", Problem.NOT_JSON),
                Arguments.of("trailing", HEAD + "\"values\":{}} {}", Problem.NOT_JSON),
                Arguments.of("duplicateKey", HEAD + "\"values\":{\"projectName\":\"a\",\"projectName\":\"b\"}}", Problem.NOT_JSON),
                Arguments.of("notADraft", "{\"a\":1}", Problem.NOT_A_DRAFT),
                Arguments.of("array", "[1,2]", Problem.NOT_A_DRAFT),
                Arguments.of("newerFormat", HEAD.replace("\"formatVersion\":1", "\"formatVersion\":2") + "\"values\":{}}", Problem.NEWER_FORMAT),
                Arguments.of("unknownTemplate", HEAD.replace("kczg-2024", "kczg-2030") + "\"values\":{}}", Problem.UNKNOWN_TEMPLATE),
                Arguments.of("newerTemplate", HEAD.replace("\"version\":1", "\"version\":2") + "\"values\":{}}", Problem.NEWER_TEMPLATE),
                Arguments.of("objectValue", HEAD + "\"values\":{\"projectName\":{\"x\":1}}}", Problem.BAD_VALUES),
                Arguments.of("tableAsText", HEAD + "\"values\":{\"members\":\"张三\"}}", Problem.BAD_VALUES),
                Arguments.of("textAsList", HEAD + "\"values\":{\"projectName\":[\"a\",\"b\"]}}", Problem.BAD_VALUES),
                Arguments.of("nestedCell", HEAD + "\"values\":{\"members\":[{\"name\":{\"x\":1}}]}}", Problem.BAD_VALUES),
                Arguments.of("cellKey", HEAD + "\"values\":{\"members[0].name\":\"张三\"}}", Problem.BAD_VALUES),
                Arguments.of("badInstant", HEAD.replace("2024-05-01T08:00:00Z", "yesterday") + "\"values\":{}}", Problem.BAD_VALUES),
                Arguments.of("valuesNotObject", HEAD + "\"values\":[]}", Problem.BAD_VALUES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aFileThatCannotBeLoadedGivesItsProblemAndIsNotTouched(String name, String content, Problem expected) throws Exception {
        Path f = dir.resolve(name + ".shenbao");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_000_000L));
        byte[] before = Files.readAllBytes(f);

        DraftFileException e = catchThrowableOfType(DraftFileException.class, () -> FILES.load(f));
        assertThat(e).as(name).isNotNull();
        assertThat(e.problem()).as(name).isEqualTo(expected);
        String zh = e.message(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).contains(f.toString()).containsPattern("\\p{IsHan}{2}");
        assertThat(e.message(Locale.ENGLISH)).contains(f.toString()).contains("File");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(f).toMillis()).isEqualTo(1_700_000_000_000L);
        assertThat(names()).containsExactly(name + ".shenbao");
    }

    @Test
    void aMissingFileIsNotFound() {
        Path f = dir.resolve("无此文件.shenbao");
        DraftFileException e = catchThrowableOfType(DraftFileException.class, () -> FILES.load(f));
        assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("无此文件.shenbao").contains("找不到");
        assertThat(Files.exists(f)).isFalse();
    }

    @Test
    void nullValuesAByteOrderMarkAndNumbersAreAccepted() throws Exception {
        Path f = dir.resolve("lenient.shenbao");
        String json = HEAD + "\"values\":{\"projectName\":null,\"castFunding\":80,\"members\":[{\"name\":\"张三\",\"duty\":null}]}}";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(f, all);
        Draft d = FILES.load(f);
        assertThat(d.has("projectName")).isFalse();
        assertThat(d.text("castFunding")).isEqualTo("80");
        assertThat(d.rows("members")).containsExactly(Map.of("name", "张三"));
    }

    // ---- migration -------------------------------------------------------------------------------

    private static final String DEF_V2 = """
            {"id": "mig", "version": 2, "title": "迁移测试",
             "sections": [{"id": "s", "fields": [
               {"id": "applicantName", "label": "申报单位", "type": "TEXT"},
               {"id": "people", "label": "人员", "type": "TABLE", "columns": [
                 {"id": "fullName", "label": "姓名", "type": "TEXT"}]}]}],
             "migrations": [{"from": 1, "to": 2,
               "rename": {"unit": "applicantName", "people[].name": "people[].fullName"},
               "drop": ["obsolete"]}]}
            """;

    @Test
    void anOlderDraftIsMigratedInMemoryAndTheFileIsNotTouched() throws Exception {
        TemplateDef def = TemplateRegistry.parse(new ByteArrayInputStream(DEF_V2.getBytes(StandardCharsets.UTF_8)));
        DraftFiles files = new DraftFiles(TemplateRegistry.of(List.of(def)));
        Path f = dir.resolve("old.shenbao");
        Files.writeString(f, """
                {"format": "shenbao-draft", "formatVersion": 1, "template": {"id": "mig", "version": 1},
                 "meta": {"created": "2023-01-01T00:00:00Z", "modified": "2023-01-02T00:00:00Z", "program": "shenbao 0.0.9"},
                 "values": {"unit": "中国某某学会", "obsolete": "x", "people": [{"name": "张三"}, {"name": "李四"}]}}
                """);
        byte[] before = Files.readAllBytes(f);
        Draft d = files.load(f);
        assertThat(d.templateVersion()).isEqualTo(2);
        assertThat(d.text("applicantName")).isEqualTo("中国某某学会");
        assertThat(d.has("unit")).isFalse();
        assertThat(d.has("obsolete")).isFalse();
        assertThat(d.text("people[1].fullName")).isEqualTo("李四");
        assertThat(d.rows("people").get(0)).containsOnlyKeys("fullName");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);

        files.save(d, f);
        assertThat(files.load(f).sameContent(d)).isTrue();
        assertThat(Files.readString(f)).contains("\"version\" : 2").doesNotContain("\"unit\"");
    }

    @Test
    void anOlderDraftWithoutAMigrationPathIsRefused() throws Exception {
        TemplateDef def = TemplateRegistry.parse(new ByteArrayInputStream(
                DEF_V2.replace("\"version\": 2", "\"version\": 3").getBytes(StandardCharsets.UTF_8)));
        DraftFiles files = new DraftFiles(TemplateRegistry.of(List.of(def)));
        Path f = dir.resolve("old.shenbao");
        Files.writeString(f, "{\"format\":\"shenbao-draft\",\"formatVersion\":1,\"template\":{\"id\":\"mig\",\"version\":1},\"values\":{}}");
        DraftFileException e = catchThrowableOfType(DraftFileException.class, () -> files.load(f));
        assertThat(e.problem()).isEqualTo(Problem.NO_MIGRATION);
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("old.shenbao").contains("无法自动升级");
        assertThatThrownBy(() -> files.load(f)).isInstanceOf(DraftFileException.class);
    }
}
