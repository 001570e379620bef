package cn.shenbao.forms.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write killed between its two moves (the backup link moved to {@code <name>.bak}, the new content not yet
 * moved over the file) leaves the file and its backup as two names of one file. The next write must still
 * leave no temporary file behind: linking the file again and renaming the link over the backup is a no-op
 * for rename(2) when both are the same file, which left the link under its temporary name (found by
 * KillTest: a leftover after a clean save).
 */
class AtomicWriterLinkedBackupTest {
    @TempDir
    Path dir;

    @Test
    void aBackupThatIsTheSameFileAsTheTargetLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("d.shenbao");
        Files.writeString(target, "old", StandardCharsets.UTF_8);
        Path bak = AtomicWriter.backupOf(target);
        Files.createLink(bak, target); // the state a kill between the two moves leaves
        AtomicWriter.write(target, true, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Files.readString(bak)).isEqualTo("old");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("d.shenbao", "d.shenbao.bak");
        }
        AtomicWriter.write(target, true, "newer".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(bak)).isEqualTo("new");
        assertThat(Files.readString(target)).isEqualTo("newer");
    }
}
