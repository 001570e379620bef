package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.Main;
import cn.shenbao.forms.draft.DraftFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, defect 6: under LANG=C {@code set d.shenbao contact=李四} said 已保存 and stored U+FFFD, and drafts
 * with Chinese names could not be opened. The command line runs here in a child JVM with LANG=C.
 */
class NonUtf8LocaleTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(Map<String, String> extraEnv, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the child keeps its per-user files (the font cache) where the tests' do, not in the real ~/.shenbao
        cmd.add("-Dshenbao.home=" + System.getProperty("shenbao.home", dir.resolve("home").toString()));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        // ProcessBuilder encodes arguments in this JVM's encoding (UTF-8 here): the child gets the bytes a
        // shell in a UTF-8 terminal would pass, and decodes them in its own LANG=C
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("LANG", "C");
        env.putAll(extraEnv);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void chineseValuesAndFileNamesWorkUnderLangC() throws Exception {
        Path d = dir.resolve("d.shenbao");
        DraftFiles.builtIn().save(DraftFiles.builtIn().create("kczg-2024"), d);
        Run set = run(Map.of(), "set", "d.shenbao", "contact=李四");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(DraftFiles.builtIn().load(d).text("contact")).isEqualTo("李四");

        Path cn = dir.resolve("申报书.shenbao");
        Files.copy(d, cn);
        Run v = run(Map.of(), "validate", "申报书.shenbao");
        assertThat(v.code()).as(v.err()).isEqualTo(Cli.EXIT_FINDINGS);
        assertThat(v.out()).contains("申报书.shenbao\tERROR");
    }

    @Test
    void withoutARestartValuesAreRecoveredAndChineseFileNamesAreRefusedClearly() throws Exception {
        Path d = dir.resolve("d.shenbao");
        DraftFiles.builtIn().save(DraftFiles.builtIn().create("kczg-2024"), d);
        Map<String, String> noRestart = Map.of("SHENBAO_UTF8_RESTART", "1");
        Run set = run(noRestart, "set", "d.shenbao", "contact=李四");
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(DraftFiles.builtIn().load(d).text("contact")).isEqualTo("李四");

        Path cn = dir.resolve("申报书.shenbao");
        Files.copy(d, cn);
        byte[] before = Files.readAllBytes(cn);
        Run s = run(noRestart, "set", "申报书.shenbao", "contact=王五");
        assertThat(s.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(s.err()).contains("申报书.shenbao").contains("LANG=C.UTF-8").contains("未作任何改动");
        assertThat(Files.readAllBytes(cn)).isEqualTo(before);
    }
}
