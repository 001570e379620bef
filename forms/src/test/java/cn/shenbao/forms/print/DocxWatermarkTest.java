package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The 草稿 mark of a DOCX printed from a draft with errors is valid OOXML (a VML text path in one run, no run
 * inside a run) and LibreOffice shows it; a draft without errors has none.
 */
class DocxWatermarkTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final TemplateDef T = TemplateRegistry.builtIn().get("kczg-2024");
    private static final List<Finding> ERRORS = List.of(Finding.of(Severity.ERROR, "projectName", "required",
            "rule.required", "项目名称"));

    @TempDir
    Path dir;

    @Test
    void theHeaderHoldsTheMarkInOneRunWithoutARunInsideARun() throws Exception {
        Path docx = new Exporter().exportDocx(T, new Draft(T.id(), T.version()), dir.resolve("draft.docx"),
                PrintOptions.defaults(), ERRORS).file();
        int headers = 0;
        try (OPCPackage pkg = OPCPackage.open(docx.toFile())) {
            for (PackagePart part : pkg.getParts()) {
                if (!part.getPartName().getName().matches("/word/header\\d*\\.xml")) {
                    continue;
                }
                headers++;
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                org.w3c.dom.Document xml;
                try (InputStream in = part.getInputStream()) {
                    xml = f.newDocumentBuilder().parse(in);
                }
                NodeList runs = xml.getElementsByTagNameNS(W, "r");
                int withMark = 0;
                for (int i = 0; i < runs.getLength(); i++) {
                    Element r = (Element) runs.item(i);
                    assertThat(r.getElementsByTagNameNS(W, "r").getLength()).as("runs inside a run").isZero();
                    assertThat(r.getParentNode().getLocalName()).as("parent of a run").isIn("p", "hyperlink",
                            "fldSimple", "smartTag", "ins", "del");
                    NodeList paths = r.getElementsByTagNameNS("urn:schemas-microsoft-com:vml", "textpath");
                    for (int k = 0; k < paths.getLength(); k++) {
                        if ("草稿".equals(((Element) paths.item(k)).getAttribute("string"))) {
                            withMark++;
                        }
                    }
                }
                assertThat(withMark).as("runs with the 草稿 text path").isEqualTo(1);
            }
        }
        assertThat(headers).isEqualTo(1);
    }

    @Test
    void libreOfficeShowsTheMarkOnEveryPageOfADraftWithErrorsAndNoneWithout() throws Exception {
        TestEnv.requireTools("libreoffice-writer-nogui", "soffice");
        TestEnv.requireTools("poppler-utils", "pdftoppm", "pdfinfo");
        Path withErrors = new Exporter().exportDocx(T, SampleDrafts.kczgComplete(), dir.resolve("errors.docx"),
                PrintOptions.defaults(), ERRORS).file();
        Path clean = new Exporter().exportDocx(T, SampleDrafts.kczgComplete(), dir.resolve("clean.docx"),
                PrintOptions.defaults(), List.of()).file();
        Path loErrors = libreOffice(withErrors);
        Path loClean = libreOffice(clean);
        int pages = pages(loErrors);
        assertThat(pages).isGreaterThan(5);
        for (int page = 1; page <= pages; page++) {
            assertThat(greyShare(loErrors, page)).as("share of the page in watermark grey, page %d", page)
                    .isGreaterThan(0.01);
        }
        for (int page = 1; page <= pages(loClean); page++) {
            assertThat(greyShare(loClean, page)).as("no watermark grey without errors, page %d", page)
                    .isLessThan(0.001);
        }
    }

    /** LibreOffice's PDF of {@code docx}, with the project's font mapping. */
    private Path libreOffice(Path docx) throws Exception {
        Path out = Files.createDirectories(dir.resolve("lo"));
        Path profile = Files.createDirectories(dir.resolve("lo-profile"));
        Path fontsConf = out.resolve("fonts.conf");
        if (!Files.exists(fontsConf)) {
            try (InputStream in = getClass().getResourceAsStream("fonts.conf")) {
                Files.copy(in, fontsConf);
            }
        }
        ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString()).redirectErrorStream(true);
        pb.environment().put("FONTCONFIG_FILE", fontsConf.toString());
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String name = docx.getFileName().toString().replaceAll("\\.docx$", ".pdf");
        Path pdf = out.resolve(name);
        assertThat(pdf).exists();
        return pdf;
    }

    private static int pages(Path pdf) throws Exception {
        String info = PdfChecks.run(List.of("pdfinfo", pdf.toString()), 30);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /**
     * The share of pixels of the page that are neither white nor black, rendered without anti-aliasing: text and
     * rules are black, the watermark is light grey.
     */
    private double greyShare(Path pdf, int page) throws Exception {
        Path prefix = dir.resolve("g");
        PdfChecks.run(List.of("pdftoppm", "-r", "40", "-gray", "-aa", "no", "-aaVector", "no", "-singlefile",
                "-f", "" + page, "-l", "" + page, pdf.toString(), prefix.toString()), 60);
        byte[] pgm = Files.readAllBytes(dir.resolve("g.pgm"));
        // P5 header: magic, width height, maxval, each followed by white space
        int pos = 0;
        int[] header = new int[3];
        int field = -1;
        while (field < 3) {
            while (Character.isWhitespace(pgm[pos])) {
                pos++;
            }
            if (field < 0) {
                pos += 2; // "P5"
                field = 0;
                continue;
            }
            int v = 0;
            while (!Character.isWhitespace(pgm[pos])) {
                v = v * 10 + (pgm[pos++] - '0');
            }
            header[field++] = v;
        }
        pos++;
        int total = header[0] * header[1];
        int grey = 0;
        for (int i = pos; i < pos + total; i++) {
            int v = pgm[i] & 0xFF;
            if (v > 120 && v < 250) {
                grey++;
            }
        }
        return grey / (double) total;
    }
}
