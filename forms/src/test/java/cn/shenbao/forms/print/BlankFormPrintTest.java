package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blank form for people who fill it in by hand: whatever draft and findings are passed, nothing entered is
 * printed, there is no 草稿 mark and no fingerprint, and the form's own placeholder (“科创中国”XXXX科技服务团) is
 * printed in grey on the cover.
 */
class BlankFormPrintTest {
    static final String PLACEHOLDER = "“科创中国”XXXX科技服务团";

    @TempDir
    Path dir;

    final TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
    final List<Finding> errors = List.of(Finding.of(Severity.ERROR, "projectName", "required", "rule.required",
            "项目名称"));

    @Test
    void theBlankPdfHasNoDraftMarkNoValuesNoFingerprintAndThePlaceholder() throws Exception {
        ExportResult r = new Exporter().exportPdf(t, SampleDrafts.kczgComplete(), dir.resolve("blank.pdf"),
                PrintOptions.defaults().withBlankForm(true), errors);
        String text = SelfCheck.squash(SelfCheck.pdfText(r.file()));
        assertThat(r.hasErrors()).isFalse();
        assertThat(text).doesNotContain("草稿").doesNotContain("校验码").doesNotContain("中国汽车工程学会")
                .contains(SelfCheck.squash(PLACEHOLDER), "附件3", "第1页", "年月日", "项目负责人（签名）");
        assertThat(r.missing()).isEmpty();
    }

    @Test
    void theBlankDocxHasNoWatermarkAndThePlaceholderInGrey() throws Exception {
        ExportResult r = new Exporter().exportDocx(t, SampleDrafts.kczgComplete(), dir.resolve("blank.docx"),
                PrintOptions.defaults().withBlankForm(true), errors);
        try (InputStream in = Files.newInputStream(r.file()); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getHeaderList()).noneSatisfy(h -> assertThat(h._getHdrFtr().xmlText()).contains("草稿"));
            assertThat(SelfCheck.docxText(r.file())).doesNotContain("中国汽车工程学会").doesNotContain("校验码");
            XWPFRun placeholder = null;
            for (XWPFTable table : d.getTables()) {
                for (var row : table.getRows()) {
                    for (var cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            // the runs of the paragraph, those inside a content control included
                            for (org.apache.xmlbeans.XmlObject o : p.getCTP().selectPath("declare namespace w="
                                    + "'http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:r")) {
                                XWPFRun run = new XWPFRun((org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR) o, p);
                                if (PLACEHOLDER.equals(run.text())) {
                                    placeholder = run;
                                }
                            }
                        }
                    }
                }
            }
            assertThat(placeholder).as("the placeholder on the cover").isNotNull();
            assertThat(placeholder.getColor()).isEqualTo("7F7F7F");
        }
    }

    @Test
    void aDraftWithErrorsStillPrintsWithTheDraftMarkWithoutTheBlankOption() throws Exception {
        ExportResult r = new Exporter().exportPdf(t, SampleDrafts.kczgComplete(), dir.resolve("draft.pdf"),
                PrintOptions.defaults(), errors);
        assertThat(SelfCheck.pdfText(r.file())).contains("草稿");
    }
}
