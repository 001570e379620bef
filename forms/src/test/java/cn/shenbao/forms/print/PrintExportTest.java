package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete 科创中国 draft exported to DOCX and PDF: every value on paper, A4, fonts embedded. */
class PrintExportTest {
    static TemplateDef template;
    static Draft full;
    static final List<Finding> NO_FINDINGS = List.of();

    @TempDir
    static Path dir;
    static ExportResult pdf;
    static ExportResult docx;

    @BeforeAll
    static void export() throws Exception {
        template = TemplateRegistry.builtIn().get("kczg-2024");
        full = SampleDrafts.kczgComplete();
        Exporter ex = new Exporter();
        pdf = ex.exportPdf(template, full, dir.resolve("full.pdf"), PrintOptions.defaults(), NO_FINDINGS);
        docx = ex.exportDocx(template, full, dir.resolve("full.docx"), PrintOptions.defaults(), NO_FINDINGS);
    }

    /** The values a person entered and that the paper form shows, in their printed form. */
    static List<String> expectedValues() {
        Map<String, String> values = LayoutCompiler.printableValues(template, full);
        assertThat(values).containsKeys("projectName", "members[19].duty", "industryFields.other", "description");
        List<String> out = new ArrayList<>();
        values.forEach((path, v) -> {
            if (path.equals("industryFields") || path.equals("keyAreas") || path.equals("category")
                    || path.equals("location.siteType")) {
                for (String o : v.split("\\|")) {
                    out.add("☑" + o);
                }
            } else if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                String[] p = v.split("-");
                out.add(p[0] + "年" + Integer.parseInt(p[1]) + "月" + Integer.parseInt(p[2]) + "日");
            } else {
                out.add(v);
            }
        });
        return out;
    }

    @Test
    void selfCheckFindsEveryValue() {
        assertThat(pdf.missing()).isEmpty();
        assertThat(docx.missing()).isEmpty();
        assertThat(pdf.fingerprint()).matches("[0-9a-f]{8}").isEqualTo(Exporter.fingerprint(full));
        assertThat(pdf.hasErrors()).isFalse();
    }

    @Test
    void docxReReadHasEveryValueAndTheTemplateTexts() throws Exception {
        String text = SelfCheck.squash(SelfCheck.docxText(docx.file()));
        for (String v : expectedValues()) {
            assertThat(SelfCheck.found(text, SelfCheck.squash(v))).as(v).isTrue();
        }
        for (String fixed : List.of("一、项目申报单位基本情况", "申报单位（全国学会）", "十一、申报单位审核意见", "项目负责人（签名）：",
                "单位负责人（签名）：", "（单位公章）", "中国科协科学技术创新部制", "7.本申报书的必要附件须随本申报书一并提交。",
                "□改造提升传统产业", "□布局建设未来产业", "□以上都不是", "经费支出预算表")) {
            assertThat(text).contains(SelfCheck.squash(fixed));
        }
    }

    @Test
    void pdfTextHasEveryValue() throws Exception {
        String text = SelfCheck.squash(SelfCheck.pdfText(pdf.file()));
        String noFooters = text.replaceAll("第\\d+页共\\d+页(校验码[0-9a-f]{8})?", "");
        for (String v : expectedValues()) {
            assertThat(SelfCheck.found(noFooters, SelfCheck.squash(v))).as(v).isTrue();
        }
        assertThat(text).contains("校验码" + pdf.fingerprint()).doesNotContain("null");
        assertThat(pdf.signatureFields()).hasSize(4);
    }

    @Test
    void pdfinfoSaysA4AndPdffontsSaysEmbedded() throws Exception {
        assumeTrue(PdfChecks.hasTool("pdfinfo") && PdfChecks.hasTool("pdffonts"), "poppler-utils not installed");
        String info = PdfChecks.run(List.of("pdfinfo", pdf.file().toString()), 30);
        assertThat(info).contains("(A4)");
        String fonts = PdfChecks.run(List.of("pdffonts", pdf.file().toString()), 30);
        List<String> rows = fonts.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            String[] c = r.trim().split("\\s+");
            assertThat(c[c.length - 5]).as(r).isEqualTo("yes");
            assertThat(c[c.length - 4]).as(r).isEqualTo("yes");
        });
    }

    @Test
    void errorsGiveAWatermarkAndEmptyDraftPrintsNoNull() throws Exception {
        TemplateDef t = template;
        Draft empty = new Draft(t.id(), t.version());
        List<Finding> errors = List.of(Finding.of(Severity.ERROR, "projectName", "required", "rule.required", "项目名称"));
        ExportResult r = new Exporter().exportPdf(t, empty, dir.resolve("empty.pdf"), PrintOptions.defaults(), errors);
        assertThat(r.hasErrors()).isTrue();
        String text = SelfCheck.pdfText(r.file());
        assertThat(text).contains("草稿").doesNotContain("null");
        String squashed = SelfCheck.squash(text);
        assertThat(squashed).contains("年月日").contains("第一阶段").contains("第二阶段").contains("……")
                .contains("□其他");
        ExportResult d = new Exporter().exportDocx(t, empty, dir.resolve("empty.docx"), PrintOptions.defaults(),
                errors);
        assertThat(SelfCheck.docxText(d.file())).doesNotContain("null");
        try (InputStream in = Files.newInputStream(d.file());
             var x = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(x.getHeaderList()).anySatisfy(h -> assertThat(h._getHdrFtr().xmlText()).contains("草稿"));
        }
    }

    @Test
    void libreOfficeOpensOurDocxWithEveryValueAndTheSamePageCount() throws Exception {
        assumeTrue(PdfChecks.hasTool("soffice"), "LibreOffice (soffice) not installed");
        assumeTrue(PdfChecks.hasTool("pdftotext") && PdfChecks.hasTool("pdfinfo"), "poppler-utils not installed");
        Path out = Files.createDirectories(dir.resolve("lo"));
        Path profile = Files.createDirectories(dir.resolve("lo-profile"));
        Path fontsConf = out.resolve("fonts.conf");
        try (InputStream in = getClass().getResourceAsStream("fonts.conf")) {
            Files.copy(in, fontsConf);
        }
        ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", out.toString(), docx.file().toString()).redirectErrorStream(true);
        pb.environment().put("FONTCONFIG_FILE", fontsConf.toString());
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Path loPdf = out.resolve("full.pdf");
        assertThat(loPdf).exists();
        String text = SelfCheck.squash(PdfChecks.run(List.of("pdftotext", "-raw", loPdf.toString(), "-"), 60))
                .replaceAll("第\\d+页共\\d+页(校验码[0-9a-f]{8})?", "");
        for (String v : expectedValues()) {
            assertThat(SelfCheck.found(text, SelfCheck.squash(v))).as(v).isTrue();
        }
        int loPages = pages(PdfChecks.run(List.of("pdfinfo", loPdf.toString()), 30));
        int ourPages = pages(PdfChecks.run(List.of("pdfinfo", pdf.file().toString()), 30));
        // one pagination for both: the 共 Y 页 of the e-mailed DOCX is that of the printed PDF
        assertThat(loPages).as("LibreOffice %d pages, ours %d", loPages, ourPages).isEqualTo(ourPages);
        // the cover is one page: the 填报说明 follow on page 2 in both readers, no blank page between
        String loPage2 = SelfCheck.squash(PdfChecks.run(List.of("pdftotext", "-f", "2", "-l", "2", loPdf.toString(), "-"), 30));
        String ourPage2 = SelfCheck.squash(PdfChecks.run(List.of("pdftotext", "-f", "2", "-l", "2", pdf.file().toString(), "-"), 30));
        assertThat(loPage2).as("page 2 of LibreOffice's rendering of our DOCX").contains("填报说明");
        assertThat(ourPage2).as("page 2 of our PDF").contains("填报说明");
        // 十一、申报单位审核意见 is not left alone at the bottom of a page: the first signature block is on its page
        int headingPage = -1;
        int signPage = -1;
        for (int i = 1; i <= loPages; i++) {
            String page = SelfCheck.squash(PdfChecks.run(List.of("pdftotext", "-f", "" + i, "-l", "" + i,
                    loPdf.toString(), "-"), 30));
            headingPage = page.contains("十一、申报单位审核意见") ? i : headingPage;
            signPage = page.contains("项目负责人（签名）") ? i : signPage;
        }
        assertThat(headingPage).as("page of the heading 十一 in LibreOffice").isPositive().isEqualTo(signPage);
    }

    private static int pages(String pdfinfo) {
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(pdfinfo);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
