package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A section heading never stands alone at the foot of a page: on the blank form (where the roomy
 * empty text rows move to the next page whole) each of 三 … 六 starts on the page that shows its
 * guidance text.
 */
class PdfHeadingsKeptTest {
    @TempDir
    Path dir;

    @Test
    void eachTextSectionHeadingIsOnThePageOfItsGuidance() throws Exception {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Path out = dir.resolve("blank.pdf");
        new Exporter().exportPdf(t, new Draft(t.id(), t.version()), out, PrintOptions.defaults(), List.of());
        List<String> pages = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(out.toFile()))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                pages.add(SelfCheck.squash(PdfTextExtractor.getTextFromPage(pdf.getPage(i))));
            }
        }
        for (String id : List.of("basis", "workPlanSection", "goalsSection", "conditionsSection")) {
            SectionDef s = t.section(id);
            String heading = SelfCheck.squash(s.heading());
            String guidance = SelfCheck.squash(s.fields().get(0).hint()).substring(0, 12);
            int headingPage = -1;
            int guidancePage = -1;
            for (int p = 0; p < pages.size(); p++) {
                if (headingPage < 0 && pages.get(p).contains(heading)) {
                    headingPage = p;
                }
                if (guidancePage < 0 && pages.get(p).contains(guidance)) {
                    guidancePage = p;
                }
            }
            assertThat(headingPage).as("page of %s", s.heading()).isGreaterThanOrEqualTo(0);
            assertThat(guidancePage).as("%s starts on the page of its guidance text", s.heading()).isEqualTo(headingPage);
        }
    }
}
