package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import com.itextpdf.forms.PdfAcroForm;
import com.itextpdf.forms.fields.PdfFormField;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.annot.PdfWidgetAnnotation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The empty signature fields of section 十一 lie in the free space of their blocks: none covers a printed text
 * (项目负责人（签名）：, （单位公章）, 年 月 日, …), each is big enough to sign in, and each widget prints.
 */
class SignatureFieldsTest {
    @TempDir
    Path dir;

    @Test
    void signatureAndSealFieldsCoverNoPrintedTextAndArePrinted() throws Exception {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        for (PrintOptions o : List.of(PrintOptions.defaults(), PrintOptions.defaults().withBindingMarginMm(25)
                .withDuplex(true))) {
            ExportResult r = new Exporter().exportPdf(t, SampleDrafts.kczgComplete(), dir.resolve("full.pdf"), o,
                    List.of());
            List<PdfLines.Line> lines = PdfLines.read(r.file());
            int checked = 0;
            try (PdfDocument pdf = new PdfDocument(new PdfReader(r.file().toFile()))) {
                Map<String, PdfFormField> fields = PdfAcroForm.getAcroForm(pdf, false).getAllFormFields();
                assertThat(fields).containsKeys("leaderSignature_sign", "leaderSignature_seal",
                        "unitSignature_sign", "unitSignature_seal");
                for (Map.Entry<String, PdfFormField> e : fields.entrySet()) {
                    for (PdfWidgetAnnotation w : e.getValue().getWidgets()) {
                        Rectangle rect = w.getRectangle().toRectangle();
                        int page = pdf.getPageNumber(w.getPage());
                        assertThat(w.getFlags() & PdfAnnotation.PRINT).as("%s prints", e.getKey())
                                .isEqualTo(PdfAnnotation.PRINT);
                        assertThat(rect.getWidth()).as("%s width", e.getKey()).isGreaterThan(90);
                        assertThat(rect.getHeight()).as("%s height", e.getKey()).isGreaterThan(40);
                        for (PdfLines.Line l : lines) {
                            if (l.page() != page || l.trimmed().isEmpty()) {
                                continue;
                            }
                            Rectangle text = new Rectangle(l.x0(), l.y() - 0.2f * l.size(), l.x1() - l.x0(),
                                    l.size());
                            assertThat(rect.overlaps(text)).as("%s %s covers «%s»", e.getKey(), rect, l.text())
                                    .isFalse();
                        }
                        checked++;
                    }
                }
            }
            assertThat(checked).isEqualTo(4);
        }
    }
}
