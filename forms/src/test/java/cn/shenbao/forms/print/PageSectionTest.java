package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.io.TestEnv;
import cn.shenbao.forms.print.docx.DocxRenderer;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.print.layout.PrintLayout;
import cn.shenbao.forms.print.model.Align;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.Cell;
import cn.shenbao.forms.print.model.PageSection;
import cn.shenbao.forms.print.model.Paragraph;
import cn.shenbao.forms.print.model.PrintDocument;
import cn.shenbao.forms.print.model.Row;
import cn.shenbao.forms.print.model.Table;
import cn.shenbao.forms.print.model.TextRun;
import cn.shenbao.forms.print.pdf.PdfRenderer;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Landscape pages for wide tables: a layout part with {@code "page": {"orientation": "landscape"}} starts a
 * section of landscape pages in both back ends (PDF: the page size; DOCX: a section break whose pages carry the
 * same footer), and the next part with a portrait page returns to A4 portrait.
 */
class PageSectionTest {
    @TempDir
    Path dir;

    static PrintDocument model() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(Align.LEFT, TextRun.body("纵向第一页", 10.5f)));
        blocks.add(new PageSection(PageSection.PaperSize.A4, true));
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cells.add(Cell.of(Paragraph.of(Align.CENTER, TextRun.body("指标" + (i + 1), 10.5f))));
            widths.add(1.0);
        }
        rows.add(new Row(cells, true, 0));
        blocks.add(new Table(widths, rows, 1));
        blocks.add(new PageSection(PageSection.PaperSize.A4, false));
        blocks.add(Paragraph.of(Align.LEFT, TextRun.body("纵向第三页", 10.5f)));
        return new PrintDocument("横向测试", blocks);
    }

    @Test
    void thePdfPrintsTheWideTableOnALandscapePageBetweenPortraitOnes() throws Exception {
        Path pdf = dir.resolve("sections.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfRenderer(PrintOptions.defaults(), FontLocator.system().resolve(null, null, Locale.SIMPLIFIED_CHINESE))
                    .render(model(), out);
        }
        try (var d = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(pdf.toFile()))) {
            assertThat(d.getNumberOfPages()).isEqualTo(3);
            var p1 = d.getPage(1).getPageSize();
            var p2 = d.getPage(2).getPageSize();
            var p3 = d.getPage(3).getPageSize();
            assertThat(p1.getWidth()).isLessThan(p1.getHeight());
            assertThat(p2.getWidth()).isGreaterThan(p2.getHeight()).isEqualTo(p1.getHeight(), org.assertj.core.data.Offset.offset(1f));
            assertThat(p3.getWidth()).isLessThan(p3.getHeight());
            assertThat(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(d.getPage(2)))
                    .contains("指标12", "第 2 页 共 3 页");
        }
    }

    @Test
    void theDocxEndsASectionPerPageSetupAndEverySectionHasTheFooter() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new DocxRenderer(PrintOptions.defaults()).render(model(), bytes);
        XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        List<CTSectPr> ends = new ArrayList<>();
        for (XWPFParagraph p : d.getParagraphs()) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr()) {
                ends.add(p.getCTP().getPPr().getSectPr());
            }
        }
        assertThat(ends).hasSize(2);
        assertThat(ends.get(0).getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
        assertThat(ends.get(1).getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        assertThat(((java.math.BigInteger) ends.get(1).getPgSz().getW()).intValue())
                .isGreaterThan(((java.math.BigInteger) ends.get(1).getPgSz().getH()).intValue());
        CTSectPr last = d.getDocument().getBody().getSectPr();
        assertThat(last.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
        for (CTSectPr s : ends) {
            assertThat(s.getFooterReferenceList()).hasSameSizeAs(last.getFooterReferenceList()).isNotEmpty();
        }
        Path docx = dir.resolve("sections.docx");
        Files.write(docx, bytes.toByteArray());
        // LibreOffice lays the DOCX out on the same three pages, the second one landscape
        TestEnv.require(PdfChecks.hasTool("soffice") && PdfChecks.hasTool("pdfinfo"), "LibreOffice and poppler");
        Path profile = Files.createDirectories(dir.resolve("lo-profile"));
        PdfChecks.run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to",
                "pdf", "--outdir", dir.toString(), docx.toString()), 180);
        String info = PdfChecks.run(List.of("pdfinfo", "-f", "1", "-l", "3", dir.resolve("sections.pdf").toString()),
                30);
        assertThat(info).contains("Pages:           3");
        assertThat(info.lines().filter(l -> l.startsWith("Page    2 size")).findFirst().orElseThrow())
                .matches(".*size:\\s+841\\.\\d+ x 595\\.\\d+.*");
        assertThat(info.lines().filter(l -> l.startsWith("Page    3 size")).findFirst().orElseThrow())
                .matches(".*size:\\s+595\\.\\d+ x 841\\.\\d+.*");
    }

    @Test
    void aLayoutPartWithALandscapePageCompilesToASection() throws Exception {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        String json;
        try (InputStream in = getClass().getResourceAsStream(PrintLayout.resource(t.id()))) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String from = "{\"type\": \"table\", \"columns\": [1.2, 1.5, 3.6, 2.6, 4.2], \"headerRows\": 2";
        assertThat(json).contains(from);
        json = json.replace(from, "{\"type\": \"table\", \"page\": {\"orientation\": \"landscape\"}, "
                + "\"columns\": [1.2, 1.5, 3.6, 2.6, 4.2], \"headerRows\": 2");
        PrintLayout layout = PrintLayout.parse(t, json.getBytes(StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE);
        List<Block> blocks = LayoutCompiler.compile(t, SampleDrafts.kczgComplete(), layout, Locale.SIMPLIFIED_CHINESE)
                .document().blocks();
        assertThat(blocks).filteredOn(b -> b instanceof PageSection).singleElement()
                .satisfies(b -> assertThat(((PageSection) b).landscape()).isTrue());
    }
}
