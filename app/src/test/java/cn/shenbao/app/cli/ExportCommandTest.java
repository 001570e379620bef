package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.print.SelfCheck;
import cn.shenbao.forms.samples.SampleDrafts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: exit codes, the files written, --final, and nothing half-written on failure. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private Path completeDraft() throws Exception {
        Path f = dir.resolve("full.shenbao");
        DraftFiles.builtIn().save(SampleDrafts.kczgComplete(), f);
        return f;
    }

    @Test
    void writesDocxAndPdfWithEveryValue() throws Exception {
        Path f = completeDraft();
        Path docx = dir.resolve("out/申报书.docx");
        Path pdf = dir.resolve("out/申报书.pdf");
        Files.createDirectories(docx.getParent());
        CliRunner.Result r = CliRunner.run("export", f.toString(), "--docx", docx.toString(), "--pdf", pdf.toString(),
                "--binding-margin", "10", "--duplex");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(docx.toString(), pdf.toString(), "校验码");
        Draft d = DraftFiles.builtIn().load(f);
        String pdfText = SelfCheck.squash(SelfCheck.pdfText(pdf));
        String docxText = SelfCheck.squash(SelfCheck.docxText(docx));
        for (String v : new String[] {d.text("projectName"), d.text("unitName"), d.text("members[19].name"),
                d.text("uscc"), d.text("problemName")}) {
            assertThat(pdfText).contains(SelfCheck.squash(v));
            assertThat(docxText).contains(SelfCheck.squash(v));
        }
    }

    @Test
    void withoutOutputsBothAreWrittenBesideTheDraft() throws Exception {
        Path f = completeDraft();
        CliRunner.Result r = CliRunner.run("export", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("full.docx")).isRegularFile();
        assertThat(dir.resolve("full.pdf")).isRegularFile();
    }

    @Test
    void finalIsRefusedWhileErrorsRemainAndNothingIsWritten() throws Exception {
        Path f = dir.resolve("blank.shenbao");
        assertThat(CliRunner.run("new", "kczg-2024", f.toString()).code()).isZero();
        Path pdf = dir.resolve("blank.pdf");
        CliRunner.Result r = CliRunner.run("export", f.toString(), "--pdf", pdf.toString(), "--final");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("\tERROR\tprojectName\t");
        assertThat(r.err()).contains("--final");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aDraftWithErrorsIsExportedMarkedAsDraft() throws Exception {
        Path f = dir.resolve("blank.shenbao");
        CliRunner.run("new", "kczg-2024", f.toString());
        CliRunner.run("set", f.toString(), "projectName=“科创中国”人工智能科技服务团");
        Path pdf = dir.resolve("blank.pdf");
        CliRunner.Result r = CliRunner.run("export", f.toString(), "--pdf", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("草稿");
        assertThat(SelfCheck.pdfText(pdf)).contains("草稿", "“科创中国”人工智能科技服务团");
    }

    @Test
    void unreadableDraftExitsTwoAndChangesNothing() throws Exception {
        Path f = dir.resolve("broken.shenbao");
        byte[] bytes = "{\"format\": \"shenbao-draft\", \"formatVersion\": 1, \"templ".getBytes(StandardCharsets.UTF_8);
        Files.write(f, bytes);
        CliRunner.Result r = CliRunner.run("export", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("broken.shenbao");
        assertThat(Files.readAllBytes(f)).isEqualTo(bytes);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("broken.shenbao");
        }
    }

    @Test
    void unwritableTargetExitsTwoWithoutHalfWrittenFiles() throws Exception {
        Path f = completeDraft();
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        CliRunner.Result r = CliRunner.run("export", f.toString(), "--pdf", notAFolder.resolve("a.pdf").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isNotBlank();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("full.shenbao", "plain-file");
        }
    }

    @Test
    void bindingMarginOutOfRangeIsAUsageError() throws Exception {
        Path f = completeDraft();
        CliRunner.Result r = CliRunner.run("export", f.toString(), "--binding-margin", "80");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("80");
    }

    @Test
    void theSameFileForDocxAndPdfIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path f = completeDraft();
        Path out = dir.resolve("out.bin");
        CliRunner.Result r = CliRunner.run("--lang", "en", "export", f.toString(), "--docx", out.toString(),
                "--pdf", dir.resolve(".").resolve("out.bin").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("out.bin", "--docx", "--pdf");
        assertThat(out).doesNotExist();
    }

    @Test
    void aValueOfTheWrongTypeIsExplainedInChinese() throws Exception {
        Path f = completeDraft();
        CliRunner.Result r = CliRunner.run("export", f.toString(), "--binding-margin", "宽");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("“宽”不是 --binding-margin 的有效值").doesNotContain("Invalid value");
        CliRunner.Result en = CliRunner.run("--lang", "en", "export", f.toString(), "--binding-margin", "wide");
        assertThat(en.err()).contains("\"wide\" is not a valid value for --binding-margin");
    }

    @Test
    void blankPrintsTheEmptyFormOfATemplateWithoutTheDraftMark() throws Exception {
        Path pdf = dir.resolve("空白.pdf");
        CliRunner.Result r = CliRunner.run("export", "--blank", "kczg-2024", "--pdf", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(pdf.toString());
        String text = SelfCheck.squash(SelfCheck.pdfText(pdf));
        assertThat(text).doesNotContain("草稿").doesNotContain("校验码").contains("“科创中国”XXXX科技服务团", "十一、申报单位审核意见");
    }

    @Test
    void blankWithADraftUsesOnlyItsTemplateAndWritesBesideIt() throws Exception {
        Path f = completeDraft();
        CliRunner.Result r = CliRunner.run("export", "--blank", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("full-blank.docx")).isRegularFile();
        String text = SelfCheck.squash(SelfCheck.pdfText(dir.resolve("full-blank.pdf")));
        assertThat(text).doesNotContain("中国汽车工程学会").doesNotContain("草稿");
        assertThat(CliRunner.run("export", "--blank", "--final", f.toString()).code()).isEqualTo(2);
    }
}
