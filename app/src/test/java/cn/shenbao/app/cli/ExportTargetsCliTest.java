package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.io.AtomicWriter;
import cn.shenbao.forms.print.ExportTargets;
import cn.shenbao.forms.samples.SampleDrafts;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9, defect 1: export destroyed the draft and overwrote any file; and defect 10's file modes. */
class ExportTargetsCliTest {
    @TempDir
    Path dir;

    private Path draft(String name) throws Exception {
        Path f = dir.resolve(name);
        DraftFiles.builtIn().save(SampleDrafts.kczgComplete(), f);
        return f;
    }

    @Test
    void theDraftItselfIsNeverAnOutputNotEvenWithForce() throws Exception {
        Path f = draft("x.shenbao");
        byte[] before = Files.readAllBytes(f);
        for (String opt : new String[] {"--pdf", "--docx"}) {
            for (boolean force : new boolean[] {false, true}) {
                CliRunner.Result r = force ? CliRunner.run("export", f.toString(), opt, f.toString(), "--force")
                        : CliRunner.run("export", f.toString(), opt, f.toString());
                assertThat(r.code()).isEqualTo(Cli.EXIT_USAGE);
                assertThat(r.err()).contains("x.shenbao").contains("正在导出的草稿");
                assertThat(Files.readAllBytes(f)).isEqualTo(before);
            }
        }
        Path dotted = dir.resolve("./sub/../x.shenbao");
        assertThat(CliRunner.run("export", f.toString(), "--pdf", dotted.toString()).code()).isEqualTo(Cli.EXIT_USAGE);
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), f);
        assertThat(CliRunner.run("export", f.toString(), "--pdf", link.toString(), "--force").code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }

    @Test
    void theBackupAndOtherDraftsAreNeverOutputs() throws Exception {
        Path f = draft("x.shenbao");
        DraftFiles.builtIn().save(SampleDrafts.kczgComplete(), f); // now x.shenbao.bak exists
        Path bak = AtomicWriter.backupOf(f);
        byte[] bakBytes = Files.readAllBytes(bak);
        CliRunner.Result r = CliRunner.run("export", f.toString(), "--docx", bak.toString(), "--force");
        assertThat(r.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(Files.readAllBytes(bak)).isEqualTo(bakBytes);
        Path other = draft("other.shenbao");
        byte[] otherBytes = Files.readAllBytes(other);
        CliRunner.Result o = CliRunner.run("export", f.toString(), "--pdf", other.toString(), "--force");
        assertThat(o.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(o.err()).contains("other.shenbao").contains("草稿");
        assertThat(Files.readAllBytes(other)).isEqualTo(otherBytes);
    }

    @Test
    void aForeignFileIsReplacedOnlyWithForce() throws Exception {
        Path f = draft("x.shenbao");
        Path txt = dir.resolve("notes.pdf");
        Files.writeString(txt, "my notes");
        CliRunner.Result r = CliRunner.run("export", f.toString(), "--pdf", txt.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(r.err()).contains("notes.pdf").contains("--force");
        assertThat(Files.readString(txt)).isEqualTo("my notes");
        CliRunner.Result en = CliRunner.run("export", f.toString(), "--pdf", txt.toString(), "--lang", "en");
        assertThat(en.err()).contains("was not exported by this program");

        CliRunner.Result forced = CliRunner.run("export", f.toString(), "--pdf", txt.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(ExportTargets.isOurExport(txt)).isTrue();
    }

    @Test
    void aFileWeExportedIsReplacedWithoutAsking() throws Exception {
        Path f = draft("x.shenbao");
        Path docx = dir.resolve("x.docx");
        Path pdf = dir.resolve("x.pdf");
        assertThat(CliRunner.run("export", f.toString()).code()).isZero();
        assertThat(ExportTargets.isOurExport(docx)).isTrue();
        assertThat(ExportTargets.isOurExport(pdf)).isTrue();
        CliRunner.Result again = CliRunner.run("export", f.toString());
        assertThat(again.code()).as(again.err()).isZero();
        // a foreign DOCX (a zip without our marker) is not ours
        Path foreign = dir.resolve("foreign.docx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(foreign))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("docProps/custom.xml"));
            zip.write("<Properties><property name=\"Other\"/></Properties>".getBytes());
        }
        assertThat(ExportTargets.isOurExport(foreign)).isFalse();
        assertThat(CliRunner.run("export", f.toString(), "--docx", foreign.toString()).code()).isEqualTo(Cli.EXIT_USAGE);
    }

    @Test
    void exportsGetTheUmaskModeAndAReplacedFileKeepsItsMode() throws Exception {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path f = draft("x.shenbao");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path pdf = dir.resolve("out.pdf");
        assertThat(CliRunner.run("export", f.toString(), "--pdf", pdf.toString()).code()).isZero();
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(Files.getPosixFilePermissions(plain));
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(CliRunner.run("export", f.toString(), "--pdf", pdf.toString()).code()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-rw-r--");
    }
}
