package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.shenbao.forms.print.docx.DocxRenderer;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.fonts.FontSetup;
import cn.shenbao.forms.print.pdf.PdfRenderer;
import cn.shenbao.forms.print.pdf.SignatureArea;
import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.forms.fields.PdfSignatureFormField;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both back ends render the hand-built page model completely and as asked. */
class PrintRenderTest {
    static FontSetup fonts;

    @TempDir
    Path dir;

    @BeforeAll
    static void fonts() {
        fonts = FontLocator.system().resolve(null, null, Locale.SIMPLIFIED_CHINESE);
    }

    private Path pdf(PrintOptions o, Path out) throws Exception {
        try (OutputStream os = Files.newOutputStream(out)) {
            new PdfRenderer(o, fonts).render(PrintTestModels.sample(), os);
        }
        return out;
    }

    private Path docx(PrintOptions o, Path out) throws Exception {
        try (OutputStream os = Files.newOutputStream(out)) {
            new DocxRenderer(o).render(PrintTestModels.sample(), os);
        }
        return out;
    }

    @Test
    void docxContainsEveryTextWithChineseFontsOnA4() throws Exception {
        Path f = docx(PrintOptions.defaults().withFingerprint("1a2b3c4d"), dir.resolve("a.docx"));
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(d)) {
            String text = PdfChecks.squash(ex.getText());
            for (String t : PrintTestModels.texts()) {
                assertThat(text).as("DOCX text").contains(PdfChecks.squash(t));
            }
            var sect = d.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(sect.getPgSz().getH().toString()).isEqualTo("16838");
            String xml = d.getDocument().xmlText();
            assertThat(xml).contains("w:eastAsia=\"宋体\"").contains("w:eastAsia=\"黑体\"")
                    .contains("<w:tblHeader").contains("<w:cantSplit");
            assertThat(d.getSettings().getMirrorMargins()).isFalse();
            assertThat(d.getHeaderList()).allSatisfy(h -> assertThat(h._getHdrFtr().xmlText())
                    .doesNotContain("PowerPlusWaterMarkObject"));
            String footer = d.getFooterList().get(0)._getHdrFtr().xmlText();
            assertThat(footer).contains("PAGE").contains("NUMPAGES").contains("1a2b3c4d");
        }
    }

    @Test
    void docxDuplexHasMirroredMarginsGutterAndWatermark() throws Exception {
        Path f = docx(PrintOptions.defaults().withDuplex(true).withBindingMarginMm(10).withDraftWatermark(true),
                dir.resolve("b.docx"));
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getSettings().getMirrorMargins()).isTrue();
            assertThat(d.getDocument().getBody().getSectPr().getPgMar().getGutter().toString())
                    .isEqualTo(String.valueOf(PageGeometry.twips(10 * PageGeometry.MM)));
            assertThat(d.getHeaderList()).extracting(XWPFHeader::_getHdrFtr).anySatisfy(h ->
                    assertThat(h.xmlText()).contains("PowerPlusWaterMarkObject").contains("string=\"草稿\""));
        }
    }

    @Test
    void pdfContainsEveryTextOnA4WithEmbeddedFonts() throws Exception {
        Path f = pdf(PrintOptions.defaults().withFingerprint("1a2b3c4d"), dir.resolve("a.pdf"));
        String text = PdfChecks.squash(PdfChecks.text(f));
        for (String t : PrintTestModels.texts()) {
            assertThat(text).as("PDF text").contains(PdfChecks.squash(t));
        }
        assertThat(text).doesNotContain("草稿").contains("校验码1a2b3c4d").contains("第1页共");
        try (PdfDocument d = new PdfDocument(new PdfReader(f.toFile()))) {
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                Rectangle r = d.getPage(i).getPageSize();
                assertThat(r.getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(1f));
                assertThat(r.getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(1f));
            }
        }
        assertThat(PdfChecks.nonEmbeddedFonts(f)).isEmpty();
    }

    @Test
    void pdffontsReportsEveryFontEmbedded() throws Exception {
        assumeTrue(PdfChecks.hasTool("pdffonts"), "pdffonts not installed");
        Path f = pdf(PrintOptions.defaults(), dir.resolve("f.pdf"));
        String out = PdfChecks.run(List.of("pdffonts", f.toString()), 30);
        List<String> rows = out.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            // columns: name type encoding emb sub uni object ID; the emb column must say yes
            String[] cols = row.trim().split("\\s+");
            assertThat(cols[cols.length - 5]).as(row).isEqualTo("yes");
        }
    }

    @Test
    void pdfWatermarkOnlyWhenAskedOnEveryPage() throws Exception {
        Path with = pdf(PrintOptions.defaults().withDraftWatermark(true), dir.resolve("w.pdf"));
        try (PdfDocument d = new PdfDocument(new PdfReader(with.toFile()))) {
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                assertThat(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(d.getPage(i)))
                        .as("page " + i).contains("草稿");
            }
        }
        Path without = pdf(PrintOptions.defaults(), dir.resolve("n.pdf"));
        assertThat(PdfChecks.text(without)).doesNotContain("草稿");
    }

    @Test
    void pdfSignatureFieldsExistInsideTheirBlocks() throws Exception {
        Path f = dir.resolve("s.pdf");
        List<SignatureArea> areas;
        try (OutputStream os = Files.newOutputStream(f)) {
            areas = new PdfRenderer(PrintOptions.defaults().withDuplex(true).withBindingMarginMm(15), fonts)
                    .render(PrintTestModels.sample(), os);
        }
        assertThat(areas).extracting(SignatureArea::fieldName).containsExactly("leaderSignature_sign",
                "leaderSignature_seal", "unitSignature_sign", "unitSignature_seal");
        try (PdfDocument d = new PdfDocument(new PdfReader(f.toFile()))) {
            PdfAcroForm form = PdfAcroForm.getAcroForm(d, false);
            assertThat(form).isNotNull();
            Map<String, PdfFormField> fields = form.getAllFormFields();
            for (SignatureArea a : areas) {
                PdfFormField field = fields.get(a.fieldName());
                assertThat(field).as(a.fieldName()).isInstanceOf(PdfSignatureFormField.class);
                Rectangle r = field.getWidgets().get(0).getRectangle().toRectangle();
                Rectangle b = a.blockRect();
                assertThat(r.getLeft()).isGreaterThanOrEqualTo(b.getLeft());
                assertThat(r.getRight()).isLessThanOrEqualTo(b.getRight());
                assertThat(r.getBottom()).isGreaterThanOrEqualTo(b.getBottom());
                assertThat(r.getTop()).isLessThanOrEqualTo(b.getTop());
                assertThat(d.getPageNumber(field.getWidgets().get(0).getPage())).isEqualTo(a.page());
                if (a.fieldName().endsWith("_seal")) {
                    float fourCm = 40 * PageGeometry.MM;
                    assertThat(r.getWidth()).isGreaterThanOrEqualTo(fourCm - 0.5f);
                    assertThat(r.getHeight()).isGreaterThanOrEqualTo(fourCm - 0.5f);
                }
            }
        }
    }

    @Test
    void pdfTableHeaderRepeatsOnTheNextPage() throws Exception {
        Path f = pdf(PrintOptions.defaults(), dir.resolve("h.pdf"));
        try (PdfDocument d = new PdfDocument(new PdfReader(f.toFile()))) {
            int pagesWithHeader = 0;
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                String t = com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(d.getPage(i));
                if (t.contains("在本项目中承担的主要工作")) {
                    pagesWithHeader++;
                }
            }
            assertThat(pagesWithHeader).isGreaterThanOrEqualTo(2);
        }
    }
}
