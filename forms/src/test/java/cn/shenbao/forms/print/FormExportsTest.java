package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.layout.CompiledForm;
import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every new form's complete example: no findings, and exported to DOCX and PDF with every entered value
 * found again in both files and in LibreOffice's rendering of the DOCX; fixed texts of the seed table
 * (labels, 盖 章) are on paper.
 */
class FormExportsTest {
    @TempDir
    Path dir;

    static List<String> ids() {
        List<String> ids = new ArrayList<>(FormExamples.IDS);
        ids.addAll(new java.util.TreeSet<>(FormExamples.VARIANTS.keySet()));
        return ids;
    }

    /** The template of an example (a variant names its form in {@link FormExamples#VARIANTS}). */
    static TemplateDef template(String id) {
        return TemplateRegistry.builtIn().get(FormExamples.VARIANTS.getOrDefault(id, id));
    }

    /** The values a person entered that the paper shows, as printed (☑ for options printed as boxes). */
    static List<String> expected(TemplateDef t, Draft d) {
        CompiledForm compiled = LayoutCompiler.compile(t, d, Locale.SIMPLIFIED_CHINESE);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : LayoutCompiler.printableValues(t, d).entrySet()) {
            List<String> printed = compiled.printed().get(e.getKey());
            assertThat(printed).as("the layout places %s", e.getKey()).isNotNull();
            // chosen options print as ☑option, dates as 1999年12月20日: look for what the layout placed
            if (printed.stream().anyMatch(p -> p.startsWith("☑"))
                    || t.field(e.getKey()).type() == cn.shenbao.forms.template.FieldType.DATE) {
                out.addAll(printed);
            } else {
                out.add(e.getValue());
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theExampleIsCompleteAndCorrect(String id) throws Exception {
        TemplateDef t = template(id);
        Draft d = FormExamples.load(id);
        List<Finding> findings = RuleEngine.check(t, d);
        assertThat(findings).as("findings of the example of %s", id).isEmpty();
        assertThat(d.text("note")).as("the example says it is one, in a note that is not printed").startsWith("示例");
        assertThat(LayoutCompiler.printableValues(t, d)).doesNotContainKey("note");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void exportedDocxAndPdfHoldEveryValue(String id) throws Exception {
        TemplateDef t = template(id);
        Draft d = FormExamples.load(id);
        Exporter ex = new Exporter();
        ExportResult pdf = ex.exportPdf(t, d, dir.resolve(id + ".pdf"), PrintOptions.defaults(), List.of());
        ExportResult docx = ex.exportDocx(t, d, dir.resolve(id + ".docx"), PrintOptions.defaults(), List.of());
        assertThat(pdf.missing()).isEmpty();
        assertThat(docx.missing()).isEmpty();
        String pdfText = SelfCheck.squash(SelfCheck.pdfText(pdf.file())).replaceAll("第\\d+页共\\d+页(校验码[0-9a-f]{8})?", "");
        String docxText = SelfCheck.squash(SelfCheck.docxText(docx.file()));
        List<String> values = expected(t, d);
        assertThat(values).hasSizeGreaterThanOrEqualTo(8);
        for (String v : values) {
            assertThat(SelfCheck.found(pdfText, SelfCheck.squash(v))).as("PDF has %s", v).isTrue();
            assertThat(SelfCheck.found(docxText, SelfCheck.squash(v))).as("DOCX has %s", v).isTrue();
        }
        List<String> fixedTexts = FormExamples.fixedTexts(id);
        // a form with two kinds prints the chosen kind's parts only (T8)
        List<String> absent = id.equals("wlmq-2024-jbgs") ? List.of("成果转化类需求补充信息", "揭榜方（承接企业）投入", "检测资料")
                : id.equals("wlmq-2024-jbgs-transfer") ? List.of("技术攻关类需求补充信息", "赛马制", "审计报告", "行业地位", "发榜方")
                : List.of();
        for (String gone : absent) {
            assertThat(pdfText).doesNotContain(gone);
            assertThat(docxText).doesNotContain(gone);
        }
        for (String fixed : fixedTexts) {
            assertThat(pdfText).contains(fixed);
            assertThat(docxText).contains(fixed);
        }
        assertThat(pdfText).doesNotContain("null").doesNotContain("草稿");

        FormExamples.assumeAvailable(PdfChecks.hasTool("soffice"), "LibreOffice (soffice) not installed");
        FormExamples.assumeAvailable(PdfChecks.hasTool("pdftotext") && PdfChecks.hasTool("pdfinfo"), "poppler-utils not installed");
        Path lo = libreOffice(docx.file());
        String loText = SelfCheck.squash(PdfChecks.run(List.of("pdftotext", "-raw", lo.toString(), "-"), 60))
                .replaceAll("第\\d+页共\\d+页(校验码[0-9a-f]{8})?", "");
        for (String v : values) {
            assertThat(SelfCheck.found(loText, SelfCheck.squash(v))).as("LibreOffice's PDF has %s", v).isTrue();
        }
        int loPages = pages(lo);
        int ourPages = pages(pdf.file());
        assertThat(loPages).as("LibreOffice %d pages, ours %d", loPages, ourPages).isEqualTo(ourPages);
    }

    private Path libreOffice(Path docx) throws Exception {
        Path out = Files.createDirectories(dir.resolve("lo"));
        Path profile = Files.createDirectories(dir.resolve("lo-profile"));
        Path fontsConf = out.resolve("fonts.conf");
        try (InputStream in = getClass().getResourceAsStream("fonts.conf")) {
            Files.copy(in, fontsConf);
        }
        ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString()).redirectErrorStream(true);
        pb.environment().put("FONTCONFIG_FILE", fontsConf.toString());
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String name = docx.getFileName().toString().replaceAll("\\.docx$", ".pdf");
        assertThat(out.resolve(name)).exists();
        return out.resolve(name);
    }

    static int pages(Path pdf) throws Exception {
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(PdfChecks.run(List.of("pdfinfo", pdf.toString()), 30));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
