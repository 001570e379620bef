package cn.shenbao.forms.print.stress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.print.TestEnv;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content controls change nothing on paper (issue 14): the DOCX of every form's example, of the blank form and of
 * the named stress drafts is laid out by LibreOffice into exactly the same text lines on the same pages with the
 * controls as without them ({@code pdftotext -layout} of both conversions, compared line by line), and the
 * controls are really there (one per value).
 */
class DocxControlsLayoutTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeLaysOutTheDocxWithControlsLineForLineAsWithout() throws Exception {
        TestEnv.require(PaginationPropertyTest.has("soffice"), "LibreOffice (soffice)");
        TestEnv.require(PaginationPropertyTest.has("pdftotext"), "poppler-utils (pdftotext)");
        TestEnv.require(PaginationPropertyTest.has("fc-query"), "fontconfig (fc-query)");
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("kczg", new Object[] {"kczg-2024", SampleDrafts.kczgComplete(), PrintOptions.defaults()});
        cases.put("kczg-blank", new Object[] {"kczg-2024", SampleDrafts.kczgComplete(),
                PrintOptions.defaults().withBlankForm(true)});
        for (String id : FormExamples.IDS) {
            cases.put(id, new Object[] {id, FormExamples.load(id), PrintOptions.defaults()});
        }
        int n = 0;
        for (StressDrafts.Case c : StressDrafts.named()) {
            cases.put("stress" + n++, new Object[] {"kczg-2024", c.draft(), c.options()});
        }
        Exporter ex = new Exporter();
        List<String> docxs = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : cases.entrySet()) {
            Object[] c = e.getValue();
            var t = TemplateRegistry.builtIn().get((String) c[0]);
            PrintOptions o = (PrintOptions) c[2];
            Path with = ex.exportDocx(t, (Draft) c[1], dir.resolve(e.getKey() + "-with.docx"), o, List.of()).file();
            Path without = ex.exportDocx(t, (Draft) c[1], dir.resolve(e.getKey() + "-without.docx"),
                    o.withContentControls(false), List.of()).file();
            String xml = documentXml(with);
            assertThat(xml).as("%s: content controls", e.getKey()).contains("<w:sdt>");
            assertThat(documentXml(without)).as("%s without controls", e.getKey()).doesNotContain("<w:sdt>");
            docxs.add(with.toString());
            docxs.add(without.toString());
        }
        Path out = Files.createDirectories(System.getProperty("controls.out") != null
                ? Path.of(System.getProperty("controls.out")) : dir.resolve("lo"));
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation="
                + Files.createDirectories(dir.resolve("lo-profile")).toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString()));
        cmd.addAll(docxs);
        PaginationPropertyTest.run(cmd, 300, PaginationPropertyTest.fontsConf(out));
        List<String> differ = new ArrayList<>();
        for (String name : cases.keySet()) {
            Path a = out.resolve(name + "-with.pdf");
            Path b = out.resolve(name + "-without.pdf");
            assertThat(a).as("LibreOffice converted %s", a).exists();
            assertThat(b).as("LibreOffice converted %s", b).exists();
            // the same characters on the same lines of the same pages; white space is left out because
            // pdftotext guesses spaces from the glyph gaps, which differ by 0.1 pt where LibreOffice draws a control
            List<String> la = lines(a).stream().map(l -> l.replaceAll("\\s+", "")).toList();
            List<String> lb = lines(b).stream().map(l -> l.replaceAll("\\s+", "")).toList();
            if (!la.equals(lb)) {
                for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
                    String x = i < la.size() ? la.get(i) : "<none>";
                    String y = i < lb.size() ? lb.get(i) : "<none>";
                    if (!x.equals(y)) {
                        differ.add(name + " line " + (i + 1) + ": with controls «" + x + "», without «" + y + "»");
                        break;
                    }
                }
            }
        }
        assertThat(differ).as("text lines of LibreOffice's PDF of the DOCX with and without content controls")
                .isEmpty();
    }

    /** The text lines of a PDF as laid out (page breaks as form feeds), trailing spaces removed. */
    static List<String> lines(Path pdf) throws Exception {
        String text = PaginationPropertyTest.run(List.of("pdftotext", "-layout", pdf.toString(), "-"), 60, null);
        return text.lines().map(String::stripTrailing).toList();
    }

    static String documentXml(Path docx) throws Exception {
        try (var zip = new java.util.zip.ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
