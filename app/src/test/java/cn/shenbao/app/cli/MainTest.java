package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The entry point's choice between the command line and the desktop client. */
class MainTest {
    @Test
    void noArgumentsOrOnlyTheLanguageStartTheClient() {
        assertThat(Main.isClientInvocation(new String[0])).isTrue();
        assertThat(Main.isClientInvocation(new String[] {"--lang", "en"})).isTrue();
        assertThat(Main.isClientInvocation(new String[] {"--lang=zh"})).isTrue();
        assertThat(Main.isClientInvocation(new String[] {"templates"})).isFalse();
        assertThat(Main.isClientInvocation(new String[] {"--lang", "en", "templates"})).isFalse();
        assertThat(Main.isClientInvocation(new String[] {"--help"})).isFalse();
        assertThat(Main.isClientInvocation(new String[] {"--version"})).isFalse();
    }

    @Test
    void draftsGivenOnTheCommandLineStartTheClient(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // a double-click on a .shenbao file (the installers associate the type) runs exactly this
        assertThat(Main.isClientInvocation(new String[] {"sample.shenbao"})).isTrue();
        assertThat(Main.isClientInvocation(new String[] {"申报书.SHENBAO", "b.shenbao"})).isTrue();
        assertThat(Main.isClientInvocation(new String[] {"--lang", "en", "/tmp/x/申报书.shenbao"})).isTrue();
        java.nio.file.Path renamed = java.nio.file.Files.writeString(dir.resolve("申报书（副本）"), "{}");
        assertThat(Main.isClientInvocation(new String[] {renamed.toString()})).as("an existing file of any name").isTrue();
        assertThat(Main.isClientInvocation(new String[] {"validate", "sample.shenbao"})).isFalse();
        assertThat(Main.isClientInvocation(new String[] {"templatez"})).as("a mistyped sub-command stays a command line error").isFalse();
    }

    @Test
    void theClientIsCalledByNameWithTheArguments() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.startClient(FakeLauncher.class.getName(), new String[] {"--lang", "en"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(FakeLauncher.received).containsExactly("--lang", "en");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMissingClientGivesAClearMessageAndExitCode1() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.startClient("cn.shenbao.app.ui.NoSuchLauncher", new String[0], new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("图形界面").contains("cn.shenbao.app.ui.NoSuchLauncher");

        ByteArrayOutputStream en = new ByteArrayOutputStream();
        Main.startClient("cn.shenbao.app.ui.NoSuchLauncher", new String[] {"--lang", "en"}, new PrintStream(en, true, StandardCharsets.UTF_8));
        assertThat(en.toString(StandardCharsets.UTF_8)).contains("desktop client");
    }

    @Test
    void aClientThatFailsToStartGivesExitCode1() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.startClient(FakeLauncher.class.getName(), new String[] {"boom"}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no display");
    }
}
