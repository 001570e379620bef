package cn.shenbao.forms.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Issue 15: the DOCX and the PDF of an export are written at the same time into one folder. Each writer first
     * cleans stale temporary files there; it must never take the other's fresh temporary file for a stale one
     * (it did: the file was created before it was marked as being written, and the other export failed with
     * "folder does not exist").
     */
    @Test
    void twoWritersInOneFolderAtOnceNeverRemoveEachOthersTemporaryFile() throws Exception {
        int rounds = 300;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Callable<Void> writer = () -> {
            String name = Thread.currentThread().getName() + ".bin";
            try {
                for (int i = 0; i < rounds; i++) {
                    start.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    AtomicWriter.write(dir.resolve(name), false, out -> {
                        for (int k = 0; k < 64; k++) {
                            out.write(new byte[512]);
                        }
                    });
                }
            } catch (Exception e) {
                start.reset(); // the other writer stops waiting at the barrier
                throw e;
            }
            return null;
        };
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = two.submit(writer);
            var b = two.submit(writer);
            a.get(120, java.util.concurrent.TimeUnit.SECONDS);
            b.get(120, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            two.shutdownNow();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> AtomicWriter.isTempName(p.getFileName().toString())).toList())
                    .as("no temporary file left").isEmpty();
        }
    }

    @Test
    void newFileGetsTheModeTheUmaskGivesLikeFilesWrite() throws Exception {
        TestEnv.require(posix(), "a POSIX file system");
        Path plain = dir.resolve("plain.txt");
        Files.write(plain, new byte[] {1});
        Path ours = dir.resolve("导出.pdf");
        AtomicWriter.write(ours, false, new byte[] {1});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ours)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
    }

    @Test
    void replacingKeepsTheModeOfTheReplacedFile() throws Exception {
        TestEnv.require(posix(), "a POSIX file system");
        Path target = dir.resolve("shared.docx");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicWriter.write(target, true, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aNameOf80ChineseCharactersCanBeSavedWithItsBackup() throws Exception {
        String name = "申".repeat(80) + ".shenbao"; // 248 bytes: the longest kind of name a person types
        Path target = dir.resolve(name);
        AtomicWriter.write(target, true, "v1".getBytes(StandardCharsets.UTF_8));
        AtomicWriter.write(target, false, "v2".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("v2");
        assertThat(names()).containsExactly(name);
        assertThat(AtomicWriter.tempName(name).getBytes(StandardCharsets.UTF_8).length).isLessThan(100);
    }

    @Test
    void theLongestNameAFileSystemTakesStillGetsABackup() throws Exception {
        String name = "申".repeat(82) + ".shenbao"; // 254 bytes: "<name>.bak" would be 258
        Path target = dir.resolve(name);
        AtomicWriter.write(target, true, "v1".getBytes(StandardCharsets.UTF_8));
        AtomicWriter.write(target, true, "v2".getBytes(StandardCharsets.UTF_8));
        Path bak = AtomicWriter.backupOf(target);
        assertThat(bak.getFileName().toString()).endsWith("~.bak");
        assertThat(bak.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(Files.readString(bak)).isEqualTo("v1");
        assertThat(names()).containsExactlyInAnyOrder(name, bak.getFileName().toString());
    }

    @Test
    void backupHoldsThePreviousVersionAndFailedWriteKeepsTargetAndBackup() throws Exception {
        Path target = dir.resolve("a.shenbao");
        AtomicWriter.write(target, true, "v1".getBytes(StandardCharsets.UTF_8));
        AtomicWriter.write(target, true, "v2".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(AtomicWriter.backupOf(target))).isEqualTo("v1");
        assertThatThrownBy(() -> AtomicWriter.write(target, true, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class);
        assertThat(Files.readString(target)).isEqualTo("v2");
        assertThat(Files.readString(AtomicWriter.backupOf(target))).isEqualTo("v1");
        assertThat(names()).containsExactly("a.shenbao", "a.shenbao.bak");
    }

    @Test
    void staleTemporaryFilesOfOurNamingAreRemovedOnTheNextWriteOthersAreLeft() throws Exception {
        Path stale = dir.resolve(AtomicWriter.tempName("a.shenbao"));
        Files.writeString(stale, "left by a killed save");
        Path foreign = dir.resolve(".a.shenbao.x.tmp");
        Files.writeString(foreign, "not ours");
        Path other = dir.resolve("notes.sbtmp");
        Files.writeString(other, "not ours either");
        AtomicWriter.write(dir.resolve("b.pdf"), false, new byte[] {1});
        assertThat(names()).containsExactlyInAnyOrder("b.pdf", ".a.shenbao.x.tmp", "notes.sbtmp");
    }

    @Test
    void oldTemporaryFilesOfEarlierVersionsAreRemovedOnceTheyAreOld() throws Exception {
        Path old = Files.writeString(dir.resolve(".申报书.shenbao.3k9x2p1q.tmp"), "left by version 0.1");
        Path oldExport = Files.writeString(dir.resolve(".x.pdf.8461937265018273645.tmp"), "left by version 0.1");
        Path recent = Files.writeString(dir.resolve(".y.docx.123.tmp"), "maybe still being written");
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        Files.setLastModifiedTime(old, hourAgo);
        Files.setLastModifiedTime(oldExport, hourAgo);
        AtomicWriter.write(dir.resolve("z.pdf"), false, new byte[] {1});
        assertThat(names()).containsExactlyInAnyOrder(".y.docx.123.tmp", "z.pdf");
        assertThat(Files.exists(recent)).isTrue();
    }

    @Test
    void aTemporaryFileLockedByAnotherProcessIsLeftAlone() throws Exception {
        Path busy = dir.resolve(AtomicWriter.tempName("a.shenbao"));
        Files.writeString(busy, "being written");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a second JVM holds the lock, as a concurrent save of another instance of the program does
        Path src = dir.resolve("Hold.java");
        Files.writeString(src, "import java.nio.channels.*; import java.nio.file.*;"
                + "public class Hold { public static void main(String[] a) throws Exception {"
                + "try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE)) {"
                + "c.lock(); System.out.println(\"locked\"); System.out.flush(); Thread.sleep(60000); } } }");
        Process p = new ProcessBuilder(java, src.toString(), busy.toString()).redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
            assertThat(line).isEqualTo("locked");
            assertThat(AtomicWriter.cleanStale(dir)).isZero();
            assertThat(Files.exists(busy)).isTrue();
        } finally {
            p.destroyForcibly().waitFor();
        }
        assertThat(AtomicWriter.cleanStale(dir)).isEqualTo(1);
        assertThat(Files.exists(busy)).isFalse();
    }

    @Test
    void tempNamePrefixIsCutBetweenCharacters() {
        assertThat(AtomicWriter.prefix("申".repeat(30), 61)).isEqualTo("申".repeat(20));
        assertThat(AtomicWriter.prefix("𠀾𠀾", 5)).isEqualTo("𠀾");
        assertThat(AtomicWriter.isTempName(AtomicWriter.tempName("申".repeat(80) + ".shenbao"))).isTrue();
    }
}
