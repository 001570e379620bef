package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.io.AtomicWriter;
import cn.shenbao.forms.samples.SampleDrafts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, defects 7 and 10 on a real full disk (a 2 MiB tmpfs, mounted as root): a save that fails keeps the
 * draft and its backup complete, and an export prints one clear line instead of a 40-line stack trace.
 * Skipped where tmpfs cannot be mounted, except in CI (environment variable CI), where that fails.
 */
class FullDiskTest {
    @TempDir
    Path base;
    Path disk;
    boolean mounted;

    private static int sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @BeforeEach
    void mount() throws Exception {
        disk = Files.createDirectory(base.resolve("disk"));
        mounted = Files.isExecutable(Path.of("/bin/mount")) && sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()) == 0;
        String ci = System.getenv("CI");
        if (!mounted && ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail("CI is set but a tmpfs cannot be mounted here (root needed)");
        }
        assumeTrue(mounted, "a tmpfs can be mounted (root)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            sh("umount", "-l", disk.toString());
        }
    }

    /** Fills the disk up to {@code leave} free bytes. */
    private void fill(long leave) throws IOException {
        Path filler = disk.resolve("filler");
        long free = Files.getFileStore(disk).getUsableSpace();
        try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
            byte[] block = new byte[4096];
            long target = Math.max(0, free - leave);
            long written = 0;
            try {
                while (written < target) {
                    f.write(block);
                    written += block.length;
                }
            } catch (IOException full) {
                // full already
            }
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(disk)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSaveOnAFullDiskKeepsTheDraftAndACompleteBackup() throws Exception {
        DraftFiles files = DraftFiles.builtIn();
        Path f = disk.resolve("申报书.shenbao");
        Draft v1 = SampleDrafts.kczgComplete();
        files.save(v1, f);
        Draft v2 = v1.copy();
        v2.set("projectName", "第二版");
        files.save(v2, f);
        byte[] draftBytes = Files.readAllBytes(f);
        byte[] bakBytes = Files.readAllBytes(AtomicWriter.backupOf(f));
        // room for one more copy of the draft, not for two: the old writer wrote the new file, then failed
        // copying the backup and left it cut short
        fill(draftBytes.length + 8192);
        CliRunner.Result r = CliRunner.run("set", f.toString(), "projectName=第三版");
        if (r.code() == 0) {
            assertThat(files.load(f).text("projectName")).isEqualTo("第三版");
            assertThat(Files.readAllBytes(AtomicWriter.backupOf(f))).isEqualTo(draftBytes);
        } else {
            assertThat(Files.readAllBytes(f)).isEqualTo(draftBytes);
            assertThat(Files.readAllBytes(AtomicWriter.backupOf(f))).isEqualTo(bakBytes);
        }
        // a disk with no room at all: the save fails in one line, and nothing is lost
        fill(0);
        byte[] now = Files.readAllBytes(f);
        byte[] nowBak = Files.readAllBytes(AtomicWriter.backupOf(f));
        CliRunner.Result full = CliRunner.run("set", f.toString(), "projectName=第四版" + "长".repeat(5000));
        assertThat(full.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(full.err()).contains("磁盘已满").doesNotContain("\tat ");
        assertThat(full.err().strip().lines().count()).isEqualTo(1);
        assertThat(Files.readAllBytes(f)).isEqualTo(now);
        assertThat(Files.readAllBytes(AtomicWriter.backupOf(f))).isEqualTo(nowBak);
        assertThat(names()).containsExactlyInAnyOrder("filler", "申报书.shenbao", "申报书.shenbao.bak");
    }

    @Test
    void anExportOnAFullDiskPrintsOneClearLineAndLeavesNothingBehind() throws Exception {
        Path f = disk.resolve("x.shenbao");
        DraftFiles.builtIn().save(SampleDrafts.kczgComplete(), f);
        fill(4096);
        PrintStream systemErr = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        CliRunner.Result r;
        try {
            System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8)); // what libraries print by themselves
            r = CliRunner.run("export", f.toString(), "--docx", disk.resolve("x.docx").toString());
        } finally {
            System.setErr(systemErr);
        }
        assertThat(r.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(r.err()).contains("x.docx").contains("磁盘已满");
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(stray.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(names()).containsExactlyInAnyOrder("filler", "x.shenbao");
        CliRunner.Result pdf = CliRunner.run("export", f.toString(), "--pdf", disk.resolve("x.pdf").toString());
        assertThat(pdf.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(pdf.err()).contains("磁盘已满");
        assertThat(names()).containsExactlyInAnyOrder("filler", "x.shenbao");
    }
}
