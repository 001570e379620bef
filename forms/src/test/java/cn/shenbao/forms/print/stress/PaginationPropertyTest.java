package cn.shenbao.forms.print.stress;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.io.TestEnv;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.print.fonts.FontFace;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.fonts.FontSetup;
import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.Cell;
import cn.shenbao.forms.print.model.Paragraph;
import cn.shenbao.forms.print.model.Row;
import cn.shenbao.forms.print.model.Table;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pagination properties over a bounded sample of stress drafts (the cases the issue names and seeded random
 * ones), on our PDF and on LibreOffice's layout of our DOCX: 十一 and both signature blocks on one page; the rows
 * of a merged label on one page; no section heading at the foot of a page or over an empty box; the cover on
 * one page; and the same number of pages in both. LibreOffice gets a fontconfig file that maps 宋体/黑体 to the
 * very fonts our PDF embeds (read from the font setup), and converts all the DOCX files in one call.
 */
class PaginationPropertyTest {
    /** Random cases on top of the named ones; the LibreOffice conversion of all of them stays under a minute. */
    static final int RANDOM = 8;
    static final long SEED = 20241126L;
    static final Pattern FOOTER = Pattern.compile("第\\d+页共\\d+页(校验码[0-9a-f]{8})?");
    static final List<String> NARRATIVE = List.of("basis", "workPlanSection", "goalsSection", "conditionsSection");

    @TempDir
    static Path dir;
    static TemplateDef template;
    static List<StressDrafts.Case> cases;
    static List<Path> pdfs = new ArrayList<>();
    static List<Path> docxs = new ArrayList<>();

    @BeforeAll
    static void export() throws Exception {
        template = TemplateRegistry.builtIn().get("kczg-2024");
        cases = StressDrafts.sample(RANDOM, SEED);
        Exporter ex = new Exporter();
        for (int i = 0; i < cases.size(); i++) {
            StressDrafts.Case c = cases.get(i);
            pdfs.add(ex.exportPdf(template, c.draft(), dir.resolve("case" + i + ".pdf"), c.options(), List.of()).file());
            docxs.add(ex.exportDocx(template, c.draft(), dir.resolve("case" + i + ".docx"), c.options(), List.of())
                    .file());
        }
    }

    @Test
    void ourPdfKeepsEveryGroupOnOnePage() throws Exception {
        requirePoppler();
        for (int i = 0; i < cases.size(); i++) {
            checkPages(cases.get(i), pages(pdfs.get(i)), "our PDF");
        }
    }

    @Test
    void noLineOfOurPdfBreaksTheChineseLineBreakingRules() throws Exception {
        // 禁则 (issue 7 item 4): no line starts with a closing mark (，。；）…), none ends with an opening one
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            for (String v : cn.shenbao.forms.print.PdfLines.kinsokuViolations(pdfs.get(i))) {
                bad.add(cases.get(i) + ": " + v);
            }
        }
        assertThat(bad).as("lines breaking the 禁则 in the stress drafts").isEmpty();
    }

    @Test
    void libreOfficeLaysOutOurDocxOnAsManyPagesAsOurPdfWithTheSameGroupsKept() throws Exception {
        requirePoppler();
        TestEnv.require(has("soffice"), "LibreOffice (soffice)");
        TestEnv.require(has("fc-query"), "fontconfig (fc-query)");
        Path out = Files.createDirectories(dir.resolve("lo"));
        Path fontsConf = fontsConf(out);
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation="
                + Files.createDirectories(dir.resolve("lo-profile")).toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString()));
        docxs.forEach(d -> cmd.add(d.toString()));
        run(cmd, 240, fontsConf);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Path lo = out.resolve("case" + i + ".pdf");
            assertThat(lo).as("LibreOffice converted %s", cases.get(i)).exists();
            List<String> loPages = pages(lo);
            checkPages(cases.get(i), loPages, "LibreOffice");
            int ours = pages(pdfs.get(i)).size();
            if (ours != loPages.size()) {
                mismatches.add(cases.get(i) + ": our PDF " + ours + " pages, LibreOffice " + loPages.size());
            }
        }
        assertThat(mismatches).as("page counts of our PDF and LibreOffice's layout of our DOCX").isEmpty();
    }

    /** The properties that hold on every layout of a stress draft, ours or LibreOffice's. */
    static void checkPages(StressDrafts.Case c, List<String> pages, String who) {
        String as = who + ", " + c;
        // the cover is one page: 填报说明 starts page 2
        assertThat(pages.get(1)).as("page 2 (%s)", as).startsWith("填报说明");
        // 十一 and both signature blocks on one page
        int review = pageOf(pages, "十一、申报单位审核意见");
        assertThat(review).as("page of 十一 (%s)", as).isPositive();
        assertThat(pages.get(review - 1)).as("十一 page (%s)", as).contains("项目负责人（签名）", "单位负责人（签名）");
        // a section heading never ends a page and never stands over an empty box
        for (String id : NARRATIVE) {
            String heading = squash(template.section(id).heading());
            for (String page : pages) {
                int at = page.indexOf(heading);
                if (at >= 0) {
                    String after = page.substring(at + heading.length());
                    assertThat(after.length()).as("text under %s on its page (%s)", heading, as)
                            .isGreaterThanOrEqualTo(20);
                }
            }
        }
        // the rows of a merged label are on one page: its label's page holds the group's last row
        for (String[] g : mergedGroups(c)) {
            boolean together = pages.stream().anyMatch(p -> p.contains(g[0]) && p.contains(g[1]));
            assertThat(together).as("merged label %s on the page of its last row %s (%s)", g[0], g[1], as).isTrue();
        }
    }

    /** For every merged label cell of the compiled draft: its text and the longest text of its group's last row. */
    static List<String[]> mergedGroups(StressDrafts.Case c) {
        List<String[]> out = new ArrayList<>();
        for (Block b : LayoutCompiler.compile(template, c.draft(), Locale.SIMPLIFIED_CHINESE).document().blocks()) {
            if (!(b instanceof Table t)) {
                continue;
            }
            for (int ri = 0; ri < t.rows().size(); ri++) {
                for (Cell cell : t.rows().get(ri).cells()) {
                    if (cell.rowSpan() > 1 && ri >= t.headerRows()) {
                        Row last = t.rows().get(ri + cell.rowSpan() - 1);
                        String longest = "";
                        for (Cell lc : last.cells()) {
                            String s = text(lc);
                            longest = s.length() > longest.length() ? s : longest;
                        }
                        out.add(new String[] {text(cell), longest});
                    }
                }
            }
        }
        assertThat(out).as("merged labels in %s", c).isNotEmpty();
        return out;
    }

    static String text(Cell c) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : c.paragraphs()) {
            sb.append(p.plainText());
        }
        return squash(sb.toString());
    }

    static int pageOf(List<String> pages, String s) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(s)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** A fontconfig file mapping the DOCX font names to the families of the faces our PDF uses. */
    static Path fontsConf(Path out) throws Exception {
        FontSetup fonts = FontLocator.system().resolve(null, null, Locale.SIMPLIFIED_CHINESE);
        String body = family(fonts.body());
        String heading = family(fonts.heading());
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                + "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
                + alias("宋体", body) + alias("SimSun", body) + alias("黑体", heading) + alias("SimHei", heading)
                + (fonts.latin() == null ? "" : alias("Times New Roman", family(fonts.latin())))
                + alias("Segoe UI Symbol", "DejaVu Sans") + "</fontconfig>\n";
        Path conf = out.resolve("fonts.conf");
        Files.writeString(conf, xml, StandardCharsets.UTF_8);
        return conf;
    }

    private static String alias(String name, String family) {
        return "  <alias binding=\"same\"><family>" + name + "</family><prefer><family>" + family
                + "</family></prefer></alias>\n";
    }

    private static String family(FontFace face) throws Exception {
        String f = run(List.of("fc-query", "-i", String.valueOf(face.index()), "-f", "%{family[0]}",
                face.file().toString()), 30, null).strip();
        assertThat(f).as("family of %s", face).isNotBlank();
        return f;
    }

    static List<String> pages(Path pdf) throws Exception {
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(run(List.of("pdfinfo", pdf.toString()), 30, null));
        assertThat(m.find()).isTrue();
        int n = Integer.parseInt(m.group(1));
        String all = run(List.of("pdftotext", "-raw", pdf.toString(), "-"), 60, null);
        String[] split = all.split("\f", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(FOOTER.matcher(squash(i < split.length ? split[i] : "")).replaceAll(""));
        }
        return out;
    }

    /**
     * White space removed, and the rare characters of the stress drafts too: LibreOffice prints them in a
     * fallback face whose text pdftotext does not always extract (a reading artefact, not a layout one).
     */
    static String squash(String s) {
        return s.replaceAll("\\s+", "").replaceAll("[" + StressDrafts.RARE + "]", "");
    }

    static void requirePoppler() {
        TestEnv.require(has("pdftotext") && has("pdfinfo"), "poppler-utils (pdftotext, pdfinfo)");
    }

    static boolean has(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    static String run(List<String> cmd, long seconds, Path fontsConf) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (fontsConf != null) {
            pb.environment().put("FONTCONFIG_FILE", fontsConf.toString());
        }
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timeout: " + cmd);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
