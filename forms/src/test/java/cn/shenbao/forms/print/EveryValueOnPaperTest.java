package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.layout.CompiledForm;
import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import cn.shenbao.forms.testing.Property;
import cn.shenbao.forms.testing.RandomDrafts;
import cn.shenbao.forms.testing.Tools;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What you typed is what prints, for every form: random complete drafts (CJK, Extension B, Latin,
 * digits, full-width punctuation, texts at their 字数 limits, tables at their row caps) are exported to
 * DOCX and PDF, and every value is found again — by the exporter's own read-back ({@link SelfCheck})
 * and by readers that share no code with it: POI's {@link XWPFWordExtractor} for the DOCX and poppler's
 * {@code pdftotext} for the PDF. Text values are looked for as typed (white space aside), other values
 * as the layout prints them (dates as 年月日, choices as ☑ option). Every printable value must be
 * placed by the layout, and no character may lack a glyph.
 *
 * <p>{@value #DEFAULT_DRAFTS} drafts per form a run; {@code -Dshenbao.paper.drafts=N} for more.
 */
class EveryValueOnPaperTest {
    static final int DEFAULT_DRAFTS = 10;

    @TempDir
    Path dir;

    static List<String> templates() {
        return TemplateRegistry.builtIn().all().stream().map(TemplateDef::id).toList();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyValueOfRandomCompleteDraftsIsFoundInTheDocxAndThePdf(String id) {
        Tools.require("pdftotext");
        TemplateDef t = TemplateRegistry.builtIn().get(id);
        Exporter exporter = new Exporter();
        int n = Integer.getInteger("shenbao.paper.drafts", DEFAULT_DRAFTS);
        Property.check("every value of " + id + " on paper", n, RandomDrafts.valid(t), d -> d.flatten().toString(),
                d -> {
            Path docx = dir.resolve("a.docx");
            Path pdf = dir.resolve("a.pdf");
            ExportResult rd = exporter.exportDocx(t, d, docx, PrintOptions.defaults());
            ExportResult rp = exporter.exportPdf(t, d, pdf, PrintOptions.defaults());
            assertThat(rd.missing()).as("DOCX self-check").isEmpty();
            assertThat(rp.missing()).as("PDF self-check").isEmpty();
            assertThat(rp.fontWarnings().stream().filter(w -> w.fallback() == null).toList())
                    .as("characters without a glyph in any font").isEmpty();
            assertThat(rd.hasErrors()).as("a valid draft prints without the 草稿 mark").isFalse();

            String docxText;
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
                    XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                docxText = x.getText();
            }
            String pdfText = Tools.run(List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-"), 60);
            List<String> missing = new ArrayList<>();
            missing.addAll(notFound(t, d, docxText, "DOCX (POI)"));
            missing.addAll(notFound(t, d, pdfText, "PDF (pdftotext)"));
            assertThat(missing).as("values not found on paper").isEmpty();
        });
    }

    /**
     * Each printable value of the draft that is not in {@code text}: texts as typed, others as printed. The
     * matching is SelfCheck's (white space aside, page footers between the parts of a value broken by a page).
     */
    private static List<String> notFound(TemplateDef t, Draft d, String text, String reader) {
        CompiledForm form = LayoutCompiler.compile(t, d, PrintOptions.defaults().locale());
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : LayoutCompiler.printableValues(t, d).entrySet()) {
            String path = e.getKey();
            List<String> printed = form.printed().get(path);
            if (printed == null || printed.isEmpty()) {
                out.add(reader + ": " + path + " is not placed by the layout");
                continue;
            }
            FieldDef f = t.field(path.endsWith(".other") ? path.substring(0, path.length() - 6) : path);
            boolean typed = path.endsWith(".other") || f.type() == FieldType.TEXT || f.type() == FieldType.LONG_TEXT;
            expected.put(path, typed ? List.of(e.getValue()) : printed);
        }
        for (String m : SelfCheck.missing(expected, text, reader, Locale.ROOT)) {
            out.add(reader + ": " + m);
        }
        return out;
    }
}
