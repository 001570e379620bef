package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, defects 2, 3, 8 and 9 at the command line: each of these failed before the fix. */
class HostileInputCliTest {
    private static final String HEAD = "{\"format\":\"shenbao-draft\",\"formatVersion\":1,"
            + "\"template\":{\"id\":\"kczg-2024\",\"version\":1},\"values\":{";

    @TempDir
    Path dir;

    private Path draft(String name, String values) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, HEAD + values + "}}");
        return f;
    }

    private static String json(String s) throws Exception {
        return new ObjectMapper().writeValueAsString(s);
    }

    // ---- 2: a multiple choice stored as one string; one bad file never stops the others ----------

    @Test
    void aMultipleChoiceStoredAsOneStringLoadsChecksAndExports() throws Exception {
        Path f = draft("one.shenbao", "\"location.siteType\":\"以上都不是\"");
        CliRunner.Result v = CliRunner.run("validate", f.toString());
        assertThat(v.code()).as(v.err()).isEqualTo(Cli.EXIT_FINDINGS);
        assertThat(v.err()).isEmpty();
        CliRunner.Result e = CliRunner.run("export", f.toString(), "--pdf", dir.resolve("one.pdf").toString());
        assertThat(e.code()).as(e.err()).isZero();
    }

    @Test
    void inABatchEveryFileGetsItsResultAndTheExitCodeIsTheWorst() throws Exception {
        Path bad = draft("a.shenbao", "\"location.siteType\":\"以上都不是\"");
        Path broken = dir.resolve("b.shenbao");
        Files.writeString(broken, "{\"format\":");
        Path good = draft("c.shenbao", "\"projectName\":\"x\"");
        CliRunner.Result r = CliRunner.run("validate", bad.toString(), broken.toString(), good.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(r.out()).contains("a.shenbao\tERROR\tlocation.siteType".substring(0, 10)).contains("b.shenbao")
                .contains("c.shenbao\tERROR\tprojectName");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void aFileWhoseChecksFailGetsItsOwnLineTheOthersAreStillCheckedExit3() throws Exception {
        TemplateRegistry reg = withBoom();
        Path boom = dir.resolve("boom.shenbao");
        Files.writeString(boom, "{\"format\":\"shenbao-draft\",\"formatVersion\":1,\"template\":{\"id\":\"boom\",\"version\":1},"
                + "\"values\":{\"code\":\"" + "ab".repeat(20_000) + "\"}}");
        Path good = draft("good.shenbao", "\"projectName\":\"x\"");
        Result r = run(reg, "validate", boom.toString(), good.toString());
        assertThat(r.code).isEqualTo(Cli.EXIT_INTERNAL);
        assertThat(r.out).contains("boom.shenbao\tERROR").contains("good.shenbao\tERROR\tprojectName");
        assertThat(r.out + r.err).doesNotContain("\tat ").doesNotContain("java.util.regex");
    }

    @Test
    void anErrorAnywhereEndsWithOneClearLineAndExit3NotExit1() throws Exception {
        TemplateRegistry reg = withBoom();
        Path boom = dir.resolve("boom.shenbao");
        Files.writeString(boom, "{\"format\":\"shenbao-draft\",\"formatVersion\":1,\"template\":{\"id\":\"boom\",\"version\":1},"
                + "\"values\":{\"code\":\"" + "ab".repeat(20_000) + "\"}}");
        Result r = run(reg, "export", boom.toString(), "--final");
        assertThat(r.code).isEqualTo(Cli.EXIT_INTERNAL);
        assertThat(r.err).contains("StackOverflowError").contains("未写入任何文件");
        assertThat(r.err.lines().count()).isEqualTo(1);
    }

    // ---- 3: no regular expression overflows the stack on user input ------------------------------

    @Test
    void a6KbEmailIsAFindingNotAStackOverflow() throws Exception {
        String email = "a@" + "a.".repeat(3000) + "com";
        Path f = draft("mail.shenbao", "\"leader.email\":" + json(email));
        CliRunner.Result r = CliRunner.run("validate", f.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_FINDINGS);
        assertThat(r.out()).contains("leader.email").contains("不是有效的电子邮箱地址").contains("共 6005 字");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void a10KbKeyIsABadValueNotAStackOverflow() throws Exception {
        String key = "a" + ".a".repeat(5000);
        Path f = draft("key.shenbao", json(key) + ":\"x\"");
        CliRunner.Result r = CliRunner.run("validate", f.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(r.out()).contains("数据格式不正确").contains("共 10001 字").doesNotContain("a.a".repeat(100));
        CliRunner.Result s = CliRunner.run("set", draft("k2.shenbao", "").toString(), key + "=x");
        assertThat(s.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(s.err()).contains("没有字段").contains("共 10001 字");
    }

    @Test
    void goodEmailsStillPassAndBadOnesAreStillFound() throws Exception {
        Path ok = draft("ok.shenbao", "\"leader.email\":\"zhang.san+cast@mail.example.org.cn\"");
        assertThat(CliRunner.run("validate", ok.toString()).out()).doesNotContain("leader.email");
        for (String bad : List.of("a@b", "@b.cn", "a@@b.cn", "a@b..cn", "a@.b.cn", "a@b.c1", "a b@c.cn", "a@b.cn.")) {
            Path f = draft("bad.shenbao", "\"leader.email\":" + json(bad));
            assertThat(CliRunner.run("validate", f.toString()).out()).as(bad).contains("leader.email");
        }
    }

    // ---- 8: values and keys are escaped and shortened in every message ---------------------------

    @Test
    void escapeSequencesInValuesAndColumnKeysNeverReachTheTerminal() throws Exception {
        String esc = "\u001b]0;owned\u0007\u001b[2J";
        Path f = draft("esc.shenbao", "\"leader.email\":" + json(esc + "x") + ",\"members\":[{" + json(esc) + ":\"1\"}]");
        for (String[] args : List.of(new String[] {"validate", f.toString()}, new String[] {"validate", "--json", f.toString()})) {
            CliRunner.Result r = CliRunner.run(args);
            assertThat(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\u0007");
            assertThat(r.out()).contains("\\u001B");
        }
    }

    @Test
    void aHugeValueIsShortenedInTextAndJsonOutput() throws Exception {
        String big = "长".repeat(1_000_000);
        Path f = draft("big.shenbao", "\"leader.email\":" + json(big));
        CliRunner.Result r = CliRunner.run("validate", f.toString());
        assertThat(r.out().length()).isLessThan(20_000);
        assertThat(r.out()).contains("长".repeat(80) + "…（共 1000000 字）");
        CliRunner.Result j = CliRunner.run("validate", "--json", "--lang", "en", f.toString());
        assertThat(j.out().length()).isLessThan(20_000);
        JsonNode arr = new ObjectMapper().readTree(j.out());
        assertThat(arr.toString()).contains("(1000000 characters in all)");
    }

    // ---- 9: characters that cannot be printed, the same everywhere -------------------------------

    @Test
    void setRefusesControlAndBidiCharactersAndNamesTheField() throws Exception {
        Path f = draft("s.shenbao", "");
        byte[] before = Files.readAllBytes(f);
        for (String v : List.of("a\u001bb", "a\u0007", "\u000b", "x\u000cy", "\u202e反", "a\u0000b", "\u0085")) {
            CliRunner.Result r = CliRunner.run("set", f.toString(), "projectName=" + v);
            assertThat(r.code()).as(v).isEqualTo(Cli.EXIT_USAGE);
            assertThat(r.err()).contains("项目名称").contains("U+");
            assertThat(Files.readAllBytes(f)).isEqualTo(before);
        }
    }

    @Test
    void setRemovesZeroWidthCharactersAndNormalisesLoneCr() throws Exception {
        Path f = draft("z.shenbao", "");
        assertThat(CliRunner.run("set", f.toString(), "projectName=科\u200b创\ufeff中国", "unitIntro=一\r二\r\n三").code()).isZero();
        String stored = Files.readString(f);
        assertThat(stored).contains("\"projectName\" : \"科创中国\"").contains("\"unitIntro\" : \"一\\n二\\n三\"");
    }

    @Test
    void validateReportsTheSameCharactersOnTheFieldAndExportPrintsWithoutThem() throws Exception {
        Path f = draft("v.shenbao", "\"projectName\":" + json("“科创中国”\u001b人工智能科技服务团") + ",\"unitName\":"
                + json("学\u200b会") + ",\"unitIntro\":" + json("甲\r乙\u202e丙\u0000丁"));
        CliRunner.Result v = CliRunner.run("validate", f.toString());
        assertThat(v.out()).contains("ERROR\tprojectName\t“项目名称”含有不可打印的控制字符 U+001B")
                .contains("WARNING\tunitName\t").contains("U+200B").contains("ERROR\tunitIntro\t");
        CliRunner.Result e = CliRunner.run("export", f.toString(), "--docx", dir.resolve("v.docx").toString(), "--pdf",
                dir.resolve("v.pdf").toString());
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(e.err()).contains("草稿");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private record Result(int code, String out, String err) {}

    private static Result run(TemplateRegistry reg, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(reg, out, err, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static TemplateRegistry withBoom() throws Exception {
        try (InputStream in = HostileInputCliTest.class.getResourceAsStream("boom.json")) {
            TemplateDef boom = TemplateRegistry.parse(in);
            return TemplateRegistry.of(List.of(TemplateRegistry.builtIn().get("kczg-2024"), boom));
        }
    }
}
