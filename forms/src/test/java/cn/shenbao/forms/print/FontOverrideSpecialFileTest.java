package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.io.TestEnv;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.fonts.NoCjkFontException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, item 5: {@code --body-font} at a FIFO hung the export; special files are refused at once. */
class FontOverrideSpecialFileTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoAsBodyFontIsRefusedAtOnce() throws Exception {
        TestEnv.require(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "mkfifo");
        Path fifo = dir.resolve("font.ttf");
        new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor();
        assertThatThrownBy(() -> FontLocator.system().resolve(fifo, null, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(NoCjkFontException.class).hasMessageContaining("font.ttf")
                .hasMessageContaining("不是普通文件");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void devZeroAsHeadingFontIsRefused() throws Exception {
        TestEnv.require(Files.exists(Path.of("/dev/zero")), "/dev/zero");
        assertThatThrownBy(() -> FontLocator.system().resolve(null, Path.of("/dev/zero"), Locale.ENGLISH))
                .isInstanceOf(NoCjkFontException.class).hasMessageContaining("not a regular file");
    }
}
