package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.samples.SampleDrafts;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-docx} (issue 14): a DOCX exported by {@code export}, edited (its XML changed as Word changes it) and
 * read back: the comparison listed, the draft written once with its .bak, several returned files merged one after
 * the other with a conflict left out unless {@code --theirs}, a DOCX that is not ours refused with nothing changed.
 */
class ImportDocxCommandTest {
    @TempDir
    Path dir;

    private Path draft() throws Exception {
        Path f = dir.resolve("申报书.shenbao");
        DraftFiles.builtIn().save(SampleDrafts.kczgComplete(), f);
        return f;
    }

    private Path export(Path draft, String name) {
        Path docx = dir.resolve(name);
        CliRunner.Result r = CliRunner.run("export", draft.toString(), "--docx", docx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return docx;
    }

    /** Types {@code value} into the (first) control tagged {@code tag}, as Word stores it. */
    static void type(Path docx, String tag, String value) throws Exception {
        byte[] out;
        try (ZipFile zip = new ZipFile(docx.toFile()); ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                byte[] data = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    Matcher m = Pattern.compile("(<w:tag w:val=\"" + Pattern.quote(tag)
                            + "\"/>.*?<w:sdtContent>.*?<w:t[^>]*>)([^<]*)(</w:t>)", Pattern.DOTALL).matcher(xml);
                    assertThat(m.find()).as("control %s", tag).isTrue();
                    xml = xml.substring(0, m.start(2)) + value + xml.substring(m.end(2));
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
            z.finish();
            out = bytes.toByteArray();
        }
        Files.write(docx, out);
    }

    @Test
    void aChangedValueIsListedThenWrittenWithTheBackup() throws Exception {
        Path f = draft();
        Path docx = export(f, "给同事.docx");
        type(docx, "unitName", "中国汽车工程研究院");
        byte[] before = Files.readAllBytes(f);
        CliRunner.Result dry = CliRunner.run("import-docx", docx.toString(), "--into", f.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("已改\tunitName\t").contains("中国汽车工程研究院").contains("试运行");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        CliRunner.Result r = CliRunner.run("import-docx", docx.toString(), "--into", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DraftFiles.builtIn().load(f).text("unitName")).isEqualTo("中国汽车工程研究院");
        assertThat(dir.resolve("申报书.shenbao.bak")).hasBinaryContent(before);
    }

    @Test
    void severalReturnedFilesAreMergedOneAfterTheOtherAndAConflictIsLeftOutUnlessTheirs() throws Exception {
        Path f = draft();
        Path a = export(f, "a.docx");
        Path b = export(f, "b.docx");
        type(a, "contact", "赵一");
        type(a, "unitName", "甲学会");
        type(b, "contactEmail", "zhao@example.org.cn");
        type(b, "unitName", "乙学会");
        CliRunner.Result r = CliRunner.run("import-docx", a.toString(), b.toString(), "--into", f.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(Cli.EXIT_FINDINGS);
        assertThat(r.out()).contains("b.docx\t冲突\tunitName\t甲学会\t乙学会");
        Draft d = DraftFiles.builtIn().load(f);
        assertThat(d.text("contact")).isEqualTo("赵一");
        assertThat(d.text("contactEmail")).isEqualTo("zhao@example.org.cn");
        assertThat(d.text("unitName")).isEqualTo("甲学会");
        // the same again with --theirs: b's value wins (a is now in the draft, so a reads back unchanged)
        CliRunner.Result t = CliRunner.run("import-docx", b.toString(), "--into", f.toString(), "--theirs");
        assertThat(t.code()).as(t.out()).isZero();
        assertThat(DraftFiles.builtIn().load(f).text("unitName")).isEqualTo("乙学会");
    }

    @Test
    void withoutIntoANewDraftIsMadeBesideTheDocx() throws Exception {
        Path f = draft();
        Path docx = export(f, "交回.docx");
        type(docx, "contact", "钱二");
        CliRunner.Result r = CliRunner.run("import-docx", docx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(DraftFiles.builtIn().load(dir.resolve("交回.shenbao")).text("contact")).isEqualTo("钱二");
        // never over an existing file
        CliRunner.Result again = CliRunner.run("import-docx", docx.toString());
        assertThat(again.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(again.err()).contains("交回.shenbao").contains("--into");
    }

    @Test
    void aDocxThatIsNotOursIsRefusedAndNothingChanges() throws Exception {
        Path f = draft();
        Path plain = dir.resolve("plain.docx");
        assertThat(CliRunner.run("export", f.toString(), "--docx", plain.toString(), "--plain-docx").code()).isZero();
        byte[] before = Files.readAllBytes(f);
        CliRunner.Result r = CliRunner.run("import-docx", plain.toString(), "--into", f.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_USAGE);
        assertThat(r.err()).contains("plain.docx").contains("没有本程序的内容控件");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(dir.resolve("申报书.shenbao.bak")).doesNotExist();
    }
}
