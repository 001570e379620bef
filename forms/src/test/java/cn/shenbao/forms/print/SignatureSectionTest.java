package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 十一、申报单位审核意见 and its two signature blocks stay on one page: in the DOCX they are one table whose rows
 * cannot split and are kept with the next (LibreOffice ignores keep-with-next from one table to the next).
 */
class SignatureSectionTest {
    static final String HEADING = "十一、申报单位审核意见";

    @TempDir
    Path dir;

    @Test
    void docxPrintsTheReviewHeadingAndBothSignatureBlocksAsOneUnsplittableKeptTogetherTable() throws Exception {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Draft full = SampleDrafts.kczgComplete();
        ExportResult r = new Exporter().exportDocx(t, full, dir.resolve("full.docx"), PrintOptions.defaults(), List.of());
        try (InputStream in = Files.newInputStream(r.file()); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().stream().filter(x -> x.getText().contains(HEADING)).findFirst()
                    .orElseThrow();
            assertThat(table.getText()).contains("项目负责人（签名）：", "单位负责人（签名）：", "（单位公章）");
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo(HEADING);
            for (XWPFTableRow row : table.getRows()) {
                assertThat(row.isCantSplitRow()).as("row cannot split: %s", rowText(row)).isTrue();
            }
            for (int i = 0; i < table.getRows().size() - 1; i++) {
                for (XWPFTableCell c : table.getRow(i).getTableCells()) {
                    for (XWPFParagraph p : c.getParagraphs()) {
                        assertThat(p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext())
                                .as("keep with next in row %d: %s", i, rowText(table.getRow(i))).isTrue();
                    }
                }
            }
            // the signature labels are printed once each: no second table repeats them
            long withLabel = doc.getTables().stream().filter(x -> x.getText().contains("单位负责人（签名）")).count();
            assertThat(withLabel).isEqualTo(1);
        }
    }

    @Test
    void pdfKeepsTheReviewHeadingOnThePageOfTheFirstSignatureBlockWithOneFieldPairPerBlock() throws Exception {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        ExportResult r = new Exporter().exportPdf(t, SampleDrafts.kczgComplete(), dir.resolve("full.pdf"),
                PrintOptions.defaults(), List.of());
        int headingPage = -1;
        int signPage = -1;
        try (var pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(r.file().toFile()))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                String text = SelfCheck.squash(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor
                        .getTextFromPage(pdf.getPage(i)));
                if (text.contains(HEADING)) {
                    headingPage = i;
                }
                if (text.contains("项目负责人（签名）")) {
                    signPage = i;
                }
            }
            var fields = com.itextpdf.forms.PdfAcroForm.getAcroForm(pdf, false).getAllFormFields().keySet();
            assertThat(fields).contains("leaderSignature_sign", "leaderSignature_seal", "unitSignature_sign",
                    "unitSignature_seal");
        }
        assertThat(headingPage).isPositive().isEqualTo(signPage);
    }

    private static String rowText(XWPFTableRow row) {
        StringBuilder sb = new StringBuilder();
        row.getTableCells().forEach(c -> sb.append(c.getText()).append('|'));
        return sb.toString();
    }
}
