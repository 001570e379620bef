package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.NewDrafts;
import cn.shenbao.forms.print.layout.LayoutCheck;
import cn.shenbao.forms.print.layout.PrintLayout;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code verdicts} part of a layout: the self-check record prints each titled rule with its clause and
 * verdict (符合, 不符合, 未填写, 不适用) on one page, in the PDF and the DOCX; the blank form prints boxes to tick; a
 * layout asking for verdicts of a template whose rules have no title is refused.
 */
class VerdictsPrintTest {
    private static final String ID = "gjzx-2024-eligibility";
    private static final TemplateDef T = TemplateRegistry.builtIn().get(ID);

    @TempDir
    Path dir;

    private static String pdfText(Path pdf) throws Exception {
        FormExamples.assumeAvailable(PdfChecks.hasTool("pdftotext") && PdfChecks.hasTool("pdfinfo"), "poppler-utils not installed");
        return PdfChecks.run(List.of("pdftotext", "-layout", pdf.toString(), "-"), 30);
    }

    /** The printed lines of the verdict table: 序号 title clause verdict, squashed. */
    private static List<String> rows(String text) {
        return text.lines().map(SelfCheck::squash).filter(l -> l.matches("\\d{1,2}\\D.*[三四]\\.\\d.*")).toList();
    }

    @Test
    void aQualifyingApplicantGetsOnePageOf符合() throws Exception {
        ExportResult pdf = new Exporter().exportPdf(T, FormExamples.load(ID), dir.resolve("ok.pdf"),
                PrintOptions.defaults(), List.of());
        String text = pdfText(pdf.file());
        assertThat(PdfChecks.run(List.of("pdfinfo", pdf.file().toString()), 30)).containsPattern("Pages:\\s+1\\n");
        List<String> rows = rows(text);
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0)).isEqualTo("1牵头申报单位注册时间为2023年6月30日及以前三.1符合");
        assertThat(rows.get(11)).endsWith("三.5不适用");
        assertThat(rows.get(12)).isEqualTo("13青年科学家项目不下设课题四.1不适用");
        assertThat(text).doesNotContain("不符合").doesNotContain("未填写");
    }

    @Test
    void eachVerdictStandsOnItsRowInPdfAndDocx() throws Exception {
        Draft d = FormExamples.load(ID);
        d.set("leader.birthDate", "1960-02-01");
        d.set("leader.guideDrafter", null);
        d.set("projectKind", "青年科学家项目");
        d.set("topicCount", "0");
        Exporter ex = new Exporter();
        ExportResult pdf = ex.exportPdf(T, d, dir.resolve("v.pdf"), PrintOptions.defaults(), Exporter.check(T, d));
        List<String> rows = rows(pdfText(pdf.file()));
        assertThat(rows).contains("8项目负责人1964年1月1日及以后出生三.2不符合", "11项目负责人未参与本重点专项实施方案或本年度指南编制三.4未填写",
                "13青年科学家项目不下设课题四.1符合");
        assertThat(pdf.hasErrors()).as("草稿: the applicant does not qualify yet").isTrue();
        ExportResult docx = ex.exportDocx(T, d, dir.resolve("v.docx"), PrintOptions.defaults(), Exporter.check(T, d));
        String docText = SelfCheck.squash(SelfCheck.docxText(docx.file()));
        assertThat(docText).contains("项目负责人1964年1月1日及以后出生三.2不符合", "青年科学家项目不下设课题四.1符合",
                "本年度指南编制三.4未填写");
        assertThat(pdf.missing()).isEmpty();
        assertThat(docx.missing()).isEmpty();
    }

    @Test
    void theBlankFormHasBoxesToTick() throws Exception {
        ExportResult pdf = new Exporter().exportPdf(T, NewDrafts.of(T), dir.resolve("blank.pdf"),
                PrintOptions.defaults().withBlankForm(true), List.of());
        List<String> rows = rows(pdfText(pdf.file()));
        assertThat(rows).hasSize(13).allSatisfy(r -> assertThat(r).endsWith("□符合□不符合"));
    }

    @Test
    void verdictsOfRulesWithoutTitleAreRefused() throws Exception {
        TemplateDef lq = TemplateRegistry.builtIn().get("lq-2024-association");
        String json = "{\"template\": \"lq-2024-association\", \"parts\": [{\"type\": \"verdicts\", \"columns\": [1, 5, 1]}]}";
        try {
            PrintLayout.parse(lq, json.getBytes(StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE);
            throw new AssertionError("accepted");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("parts[0].columns", "parts[0]", "title");
        }
        assertThat(LayoutCheck.problems(T, PrintLayout.of(T, Locale.SIMPLIFIED_CHINESE).spec(), Locale.SIMPLIFIED_CHINESE))
                .isEmpty();
    }
}
