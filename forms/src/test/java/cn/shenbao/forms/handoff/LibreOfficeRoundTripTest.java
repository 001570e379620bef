package cn.shenbao.forms.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.TestEnv;
import cn.shenbao.forms.samples.SampleDrafts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice's own open-and-save round trip (issue 14): our DOCX, a value edited inside its control, then opened
 * and saved again as DOCX by LibreOffice ({@code soffice --convert-to docx}), is read back with exactly that change.
 * What LibreOffice 7.4 keeps and drops (docs/handoff.md): it keeps the controls, their check boxes and the draft's
 * custom XML part, and drops their tags, titles and placeholder state; the reader then matches the controls to
 * the ones written by their position, and a placeholder still showing its text reads as empty.
 */
class LibreOfficeRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aDocxSavedAgainByLibreOfficeReadsBackWithTheEditAndNothingElse() throws Exception {
        TestEnv.requireTools("libreoffice-writer-nogui", "soffice");
        Draft d = SampleDrafts.kczgComplete();
        Path ours = new DocxRoundTripTest().exportTo(dir, "kczg-2024", d, "ours.docx");
        DocxRoundTripTest.edit(ours, doc -> DocxRoundTripTest.setText(
                DocxRoundTripTest.control(doc, "contact", 0), "孙三"));
        Path out = Files.createDirectories(dir.resolve("lo"));
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation="
                + Files.createDirectories(dir.resolve("profile")).toUri(), "--headless", "--convert-to",
                "docx:MS Word 2007 XML", "--outdir", out.toString(), ours.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path saved = out.resolve("ours.docx");
        if (System.getProperty("lort.out") != null) {
            Files.copy(saved, Path.of(System.getProperty("lort.out")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(saved).exists();
        DocxReader.Content content = DocxReader.read(saved, DocxRoundTripTest.ZH);
        assertThat(content.hasDraft()).as("LibreOffice keeps the draft's custom XML part").isTrue();
        Comparison.Result r = Comparison.compare(DocxRoundTripTest.REG, saved, content, d, DocxRoundTripTest.ZH);
        List<String> listed = r.changes().stream().filter(c -> c.status() != Comparison.Status.UNCHANGED)
                .map(c -> c.status() + " " + c.path() + " " + c.proposed()).toList();
        assertThat(listed).as("by position: %s, %d controls read, %d written", content.byPosition(),
                content.controls().size(), content.written().size()).containsExactly("CHANGED contact 孙三");
    }
}
