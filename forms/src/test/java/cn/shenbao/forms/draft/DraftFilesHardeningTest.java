package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.shenbao.forms.draft.DraftFileException.Problem;
import cn.shenbao.forms.io.TestEnv;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The file-level defects of issue 9 (items 4, 5, 10): each case here failed before the fix. */
class DraftFilesHardeningTest {
    private static final DraftFiles FILES = DraftFiles.builtIn();
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String VALUES = "\"values\":{\"projectName\":\"服务团\"}}";

    @TempDir
    Path dir;

    private DraftFileException refused(Path f) {
        return catchThrowableOfType(DraftFileException.class, () -> FILES.load(f));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static String draft(String formatVersion, String templateVersion) {
        return "{\"format\":\"shenbao-draft\",\"formatVersion\":" + formatVersion + ",\"template\":{\"id\":\"kczg-2024\","
                + "\"version\":" + templateVersion + "}," + VALUES;
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoIsRefusedAtOnceInsteadOfWaitingForever() throws Exception {
        TestEnv.require(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "mkfifo");
        Path fifo = dir.resolve("pipe.shenbao");
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
        DraftFileException e = refused(fifo);
        assertThat(e.problem()).isEqualTo(Problem.UNREADABLE);
        assertThat(e.message(ZH)).contains("pipe.shenbao").contains("不是普通文件");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void devZeroBehindALinkIsRefusedNotReadUntilMemoryRunsOut() throws Exception {
        TestEnv.require(Files.exists(Path.of("/dev/zero")), "/dev/zero");
        Path link = Files.createSymbolicLink(dir.resolve("zero.shenbao"), Path.of("/dev/zero"));
        assertThat(refused(link).problem()).isEqualTo(Problem.UNREADABLE);
    }

    @Test
    void aFolderIsUnreadableWithAChineseReason() throws Exception {
        Path d = Files.createDirectory(dir.resolve("folder.shenbao"));
        DraftFileException e = refused(d);
        assertThat(e.problem()).isEqualTo(Problem.UNREADABLE);
        assertThat(e.message(ZH)).contains("文件夹");
    }

    @Test
    void aFileOver32MiBSaysItsSizeAndTheLimit() throws Exception {
        Path f = dir.resolve("big.shenbao");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(40L * 1024 * 1024);
        }
        DraftFileException e = refused(f);
        assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(e.message(ZH)).contains("big.shenbao").contains("40 MiB").contains("32 MiB");
        assertThat(e.message(Locale.ENGLISH)).contains("40 MiB").contains("32 MiB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-16"})
    void utf16And32AreRefusedAsNotUtf8(String charset) throws Exception {
        byte[] bytes = draft("1", "1").getBytes(Charset.forName(charset));
        DraftFileException e = refused(write("w.shenbao", bytes));
        assertThat(e.problem()).isEqualTo(Problem.NOT_UTF8);
        assertThat(e.message(ZH)).contains("w.shenbao").contains("不是 UTF-8");
        assertThat(e.message(Locale.ENGLISH)).contains("not UTF-8");
    }

    @Test
    void aTruncatedUtf32FileWithBomSaysNotUtf8NotCheckPermissions() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});
        b.write(draft("1", "1").getBytes(Charset.forName("UTF-32BE")));
        byte[] all = b.toByteArray();
        DraftFileException e = refused(write("t.shenbao", Arrays.copyOf(all, all.length - 7)));
        assertThat(e.problem()).isEqualTo(Problem.NOT_UTF8);
        assertThat(e.message(ZH)).doesNotContain("权限");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C1BF", "C080", "E08080", "F4908080", "EDA080", "FF"})
    void overlongAndInvalidUtf8IsRefusedWithItsPosition(String hex) throws Exception {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        String s = draft("1", "1");
        int at = s.indexOf("服务团");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(s.substring(0, at).getBytes(StandardCharsets.UTF_8));
        b.write(bad);
        b.write(s.substring(at).getBytes(StandardCharsets.UTF_8));
        DraftFileException e = refused(write("o.shenbao", b.toByteArray()));
        assertThat(e.problem()).isEqualTo(Problem.NOT_UTF8);
        assertThat(e.message(ZH)).contains("第 1 行");
    }

    @Test
    void aUtf8ByteOrderMarkIsStillTolerated() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.write(draft("1", "1").getBytes(StandardCharsets.UTF_8));
        assertThat(FILES.load(write("bom.shenbao", b.toByteArray())).text("projectName")).isEqualTo("服务团");
    }

    @Test
    void nestingPast1000LevelsNamesAPosition() throws Exception {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        String s = "{\"format\":\"shenbao-draft\",\n\"formatVersion\":1,\"x\":" + deep + "}";
        DraftFileException e = refused(write("deep.shenbao", s.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problem()).isEqualTo(Problem.NOT_JSON);
        assertThat(e.message(ZH)).contains("第 2 行第").doesNotContain("，）");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.9", "1.0", "\"1\"", "true", "0", "-1", "null"})
    void formatVersionMustBeAnInteger(String v) throws Exception {
        DraftFileException e = refused(write("fv.shenbao", draft(v, "1").getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problem()).isEqualTo(Problem.NOT_A_DRAFT);
        assertThat(e.detail()).isEqualTo("formatVersion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.9", "\"1\"", "true", "0", "[1]"})
    void templateVersionMustBeAnInteger(String v) throws Exception {
        DraftFileException e = refused(write("tv.shenbao", draft("1", v).getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problem()).isEqualTo(Problem.NOT_A_DRAFT);
        assertThat(e.detail()).isEqualTo("template.version");
    }

    @Test
    void hugeIntegerVersionsAreNewerNotVersion1() throws Exception {
        assertThat(refused(write("a.shenbao", draft("1", "4294967297").getBytes(StandardCharsets.UTF_8))).problem())
                .isEqualTo(Problem.NEWER_TEMPLATE);
        assertThat(refused(write("b.shenbao", draft("4294967297", "1").getBytes(StandardCharsets.UTF_8))).problem())
                .isEqualTo(Problem.NEWER_FORMAT);
        assertThat(refused(write("c.shenbao", draft("1", "99999999999999999999999").getBytes(StandardCharsets.UTF_8)))
                .problem()).isEqualTo(Problem.NEWER_TEMPLATE);
    }

    @Test
    void aTableOverTheRowCapIsRefusedNamingTheTableAndTheCap() throws Exception {
        StringBuilder sb = new StringBuilder("{\"format\":\"shenbao-draft\",\"formatVersion\":1,\"template\":"
                + "{\"id\":\"kczg-2024\",\"version\":1},\"values\":{\"roster\":[");
        for (int i = 0; i <= DraftFiles.MAX_ROWS; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"name\":\"张").append(i).append("\"}");
        }
        sb.append("]}}");
        DraftFileException e = refused(write("rows.shenbao", sb.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_ROWS);
        assertThat(e.message(ZH)).contains("roster").contains("10,001").contains("10,000");
    }

    @Test
    void aTableAtTheCapLoads() throws Exception {
        StringBuilder sb = new StringBuilder("{\"format\":\"shenbao-draft\",\"formatVersion\":1,\"template\":"
                + "{\"id\":\"kczg-2024\",\"version\":1},\"values\":{\"roster\":[");
        for (int i = 0; i < DraftFiles.MAX_ROWS; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"name\":\"张").append(i).append("\"}");
        }
        sb.append("]}}");
        assertThat(FILES.load(write("cap.shenbao", sb.toString().getBytes(StandardCharsets.UTF_8))).rowCount("roster"))
                .isEqualTo(DraftFiles.MAX_ROWS);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void savingOverAFifoIsRefusedNotBlocked() throws Exception {
        TestEnv.require(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "mkfifo");
        Path fifo = dir.resolve("out.shenbao");
        assertThat(new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor()).isZero();
        DraftFileException e = catchThrowableOfType(DraftFileException.class,
                () -> FILES.save(FILES.create("kczg-2024"), fifo));
        assertThat(e.problem()).isEqualTo(Problem.FOREIGN_TARGET);
    }
}
