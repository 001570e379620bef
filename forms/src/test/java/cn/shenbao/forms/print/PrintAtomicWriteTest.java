package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintAtomicWriteTest {
    @TempDir
    Path dir;

    @Test
    void failedWriteLeavesOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out.pdf");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, Locale.SIMPLIFIED_CHINESE, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessageContaining("无法写入").hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).containsExactly(target);
        }
    }

    @Test
    void successfulWriteReplacesTarget() throws Exception {
        Path target = dir.resolve("out.docx");
        Files.writeString(target, "old");
        AtomicFiles.write(target, Locale.SIMPLIFIED_CHINESE, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).containsExactly(target);
        }
    }

    @Test
    void missingFolderIsReported() {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("nope/out.pdf"), Locale.SIMPLIFIED_CHINESE,
                out -> out.write(1))).isInstanceOf(IOException.class).hasMessageContaining("不存在");
    }
}
