package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOCX and PDF of one export come from one page model, written side by side ({@link Exporter#exportBoth}, what the
 * command line and the export dialog use): both files, the same fingerprint, every value found again in each, and
 * a refusal that writes neither.
 */
class ExportBothTest {
    @TempDir
    Path dir;

    @Test
    void bothFilesFromOnePageModelWithEveryValue() throws Exception {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Draft full = SampleDrafts.kczgComplete();
        var both = new Exporter().exportBoth(t, full, dir.resolve("a.docx"), dir.resolve("a.pdf"),
                PrintOptions.defaults());
        assertThat(both.first().format()).isEqualTo(ExportResult.Format.DOCX);
        assertThat(both.second().format()).isEqualTo(ExportResult.Format.PDF);
        assertThat(both.first().fingerprint()).isEqualTo(both.second().fingerprint()).isNotBlank();
        assertThat(both.first().missing()).isEmpty();
        assertThat(both.second().missing()).isEmpty();
        assertThat(SelfCheck.docxText(dir.resolve("a.docx"))).contains(full.text("projectName"));
        assertThat(Files.size(dir.resolve("a.pdf"))).isGreaterThan(10_000);
        // the same as the two exports one after the other
        ExportResult docx = new Exporter().exportDocx(t, full, dir.resolve("b.docx"), PrintOptions.defaults());
        assertThat(SelfCheck.docxText(dir.resolve("b.docx"))).isEqualTo(SelfCheck.docxText(dir.resolve("a.docx")));
        assertThat(docx.fingerprint()).isEqualTo(both.first().fingerprint());
    }

    @Test
    void aDraftAsTargetIsRefusedAndNothingIsWritten() throws Exception {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Draft full = SampleDrafts.kczgComplete();
        Path draftFile = dir.resolve("x.shenbao");
        new DraftFiles(TemplateRegistry.builtIn()).save(full, draftFile);
        byte[] before = Files.readAllBytes(draftFile);
        assertThatThrownBy(() -> new Exporter().exportBoth(t, full, dir.resolve("a.docx"), draftFile,
                PrintOptions.defaults())).isInstanceOf(ExportException.class);
        assertThat(Files.readAllBytes(draftFile)).isEqualTo(before);
        assertThat(dir.resolve("a.docx")).doesNotExist();
    }
}
