package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short table row is never split across pages: with 20 members the member table crosses a page
 * break, and each member's row must stand whole on one page. Text is read in content-stream order, in
 * which iText writes a cell's lines one after another, so a cell's text is found whole on one page.
 */
class PdfShortRowsTest {
    @TempDir
    Path dir;

    @Test
    void everyMemberRowStandsWholeOnOnePage() throws Exception {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Draft d = SampleDrafts.kczgComplete();
        Path out = dir.resolve("members.pdf");
        new Exporter().exportPdf(t, d, out, PrintOptions.defaults(), List.of());
        List<String> pages = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(out.toFile()))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                pages.add(SelfCheck.squash(PdfTextExtractor.getTextFromPage(pdf.getPage(i), new SimpleTextExtractionStrategy())));
            }
        }
        List<Map<String, String>> members = d.rows("members");
        assertThat(members).hasSize(20);
        List<Integer> pagesOfTable = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String duty = SelfCheck.squash(members.get(i).get("duty"));
            String unit = SelfCheck.squash(members.get(i).get("unitPost"));
            int page = -1;
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).contains(duty) && pages.get(p).contains(unit)) {
                    page = p;
                }
            }
            assertThat(page).as("page holding the whole row of member %d (%s)", i + 1, members.get(i).get("name"))
                    .isGreaterThanOrEqualTo(0);
            if (!pagesOfTable.contains(page)) {
                pagesOfTable.add(page);
            }
        }
        assertThat(pagesOfTable).as("the member table crosses a page break in this test").hasSizeGreaterThan(1);
    }
}
