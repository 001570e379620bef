package cn.shenbao.forms.print.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.print.SelfCheck;
import cn.shenbao.forms.print.TestEnv;
import cn.shenbao.forms.print.model.FontRole;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Font subsets shipped with the program (issue 15, {@link BundledFonts}): a subset stands in for exactly the
 * installed file it was cut from; for the characters it was made for its answer is final (the installed face is not
 * asked, so not parsed), for the others the installed face prints them; a broken or stale manifest changes nothing.
 *
 * <p>The "subset" here is a copy of DejaVu Sans declared as a subset of WenQuanYi Micro Hei: a face with other
 * glyphs than the installed one, so that every choice shows which of the two made it.
 */
class BundledFontsTest {
    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final Path LIBERATION = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String FAMILY = "WenQuanYi Micro Hei";

    @TempDir
    Path tmp;
    Path fonts;
    Path bundled;
    Path installedWqy;

    @BeforeEach
    void fontsAndASubset() throws Exception {
        TestEnv.requireFile(WQY, "fonts-wqy-microhei");
        TestEnv.requireFile(LIBERATION, "fonts-liberation2");
        TestEnv.requireFile(DEJAVU, "fonts-dejavu-core");
        fonts = Files.createDirectories(tmp.resolve("fonts"));
        installedWqy = fonts.resolve(WQY.getFileName());
        Files.copy(WQY, installedWqy);
        Files.copy(LIBERATION, fonts.resolve(LIBERATION.getFileName()));
        Files.copy(DEJAVU, fonts.resolve(DEJAVU.getFileName()));
        bundled = Files.createDirectories(tmp.resolve("bundled"));
        Files.copy(DEJAVU, bundled.resolve("wqy.subset.ttf"));
        // made for the check boxes and for 国 (which DejaVu lacks): for these the subset's answer is final
        asked(bundled.resolve("wqy.subset.ttf.asked"), 0x2610, 0x2611, '国');
        manifest(FAMILY, "wqy-microhei.ttc", Files.size(installedWqy));
    }

    private static void asked(Path file, int... codePoints) throws Exception {
        BitSet b = new BitSet(0x10000);
        for (int c : codePoints) {
            b.set(c);
        }
        byte[] bytes = java.util.Arrays.copyOf(b.toByteArray(), BundledFonts.ASKED_BYTES);
        Files.write(file, bytes);
    }

    private void manifest(String family, String source, long size) throws Exception {
        Files.writeString(bundled.resolve(BundledFonts.MANIFEST), String.join("\n",
                "# test", "1.file=wqy.subset.ttf", "1.asked=wqy.subset.ttf.asked", "1.family=" + family,
                "1.source=" + source, "1.sourceSize=" + size, "1.license=test") + "\n", StandardCharsets.UTF_8);
    }

    private FontSetup choose() {
        return new FontLocator(List.of(fonts), null, BundledFonts.read(bundled)).resolveFresh(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theSubsetStandsInForTheFaceItWasCutFrom() {
        FontSetup s = choose();
        Path subset = bundled.resolve("wqy.subset.ttf");
        assertThat(s.body().file()).isEqualTo(subset);
        assertThat(s.body().name()).isEqualTo(FAMILY);
        assertThat(s.heading()).isEqualTo(s.body());
        assertThat(s.installedFace(s.body()).file()).isEqualTo(installedWqy);
        assertThat(s.installedFace(s.latin())).isEqualTo(s.latin());

        // made for ☑ and has it: the subset prints it
        assertThat(s.faceFor(FontRole.BODY, 0x2611).file()).isEqualTo(subset);
        // not made for 中: the installed face prints it, for body text and headings
        assertThat(s.faceFor(FontRole.BODY, '中').file()).isEqualTo(installedWqy);
        assertThat(s.faceFor(FontRole.HEADING, '申').file()).isEqualTo(installedWqy);
        // made for 国 and lacks it: final, the installed face is not asked (no other face here has it)
        assertThat(s.faceFor(FontRole.BODY, '国')).isNull();
        // Latin letters of body text stay with the Latin face
        assertThat(s.faceFor(FontRole.BODY, 'A').name()).isEqualTo("Liberation Serif");
        // the font check: what the installed body face prints is no missing character; what no face has is
        assertThat(FontPreflight.check(s, java.util.Map.of("a", "中文"), Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(FontPreflight.check(s, java.util.Map.of("a", "中国"), Locale.SIMPLIFIED_CHINESE))
                .singleElement().satisfies(w -> {
                    assertThat(w.characters()).containsExactly("国");
                    assertThat(w.fallback()).isNull();
                });
    }

    @Test
    void theLatinFaceAndTheFallbacksAreStoodInForToo() throws Exception {
        Path latinFile = fonts.resolve(LIBERATION.getFileName());
        Path dejavuFile = fonts.resolve(DEJAVU.getFileName());
        Files.copy(LIBERATION, bundled.resolve("latin.subset.ttf"));
        Files.copy(DEJAVU, bundled.resolve("dejavu.subset.ttf"));
        asked(bundled.resolve("latin.subset.ttf.asked"), 'A');
        asked(bundled.resolve("dejavu.subset.ttf.asked"), 0x2611);
        Files.writeString(bundled.resolve(BundledFonts.MANIFEST), String.join("\n",
                "1.file=latin.subset.ttf", "1.asked=latin.subset.ttf.asked", "1.family=Liberation Serif",
                "1.source=" + latinFile.getFileName(), "1.sourceSize=" + Files.size(latinFile),
                "2.file=dejavu.subset.ttf", "2.asked=dejavu.subset.ttf.asked", "2.family=DejaVu Sans",
                "2.source=" + dejavuFile.getFileName(), "2.sourceSize=" + Files.size(dejavuFile)) + "\n",
                StandardCharsets.UTF_8);
        FontSetup s = choose();
        assertThat(s.body().file()).isEqualTo(installedWqy);
        assertThat(s.latin().file()).isEqualTo(bundled.resolve("latin.subset.ttf"));
        assertThat(s.installedFace(s.latin()).file()).isEqualTo(latinFile);
        assertThat(s.faceFor(FontRole.BODY, 'A').file()).isEqualTo(bundled.resolve("latin.subset.ttf"));
        assertThat(s.fallbacks()).extracting(FontFace::file).containsExactly(bundled.resolve("dejavu.subset.ttf"));
        assertThat(s.installedFace(s.fallbacks().get(0)).file()).isEqualTo(dejavuFile);
        // WenQuanYi lacks ☑: the fallback's subset prints it
        assertThat(s.faceFor(FontRole.BODY, 0x2611).file()).isEqualTo(bundled.resolve("dejavu.subset.ttf"));
    }

    @Test
    void aFirstStartLearnsFromTheSubsetWhatTheFaceHasWithoutParsingTheInstalledFace() throws Exception {
        // the Latin face (a single font file) with a "subset" that is the whole face, made for what the font choice
        // looks at (A, 0) and what is printed here
        Path latinFile = fonts.resolve(LIBERATION.getFileName());
        Files.copy(LIBERATION, bundled.resolve("latin.subset.ttf"));
        asked(bundled.resolve("latin.subset.ttf.asked"), 'A', '0', '1');
        Files.writeString(bundled.resolve(BundledFonts.MANIFEST), String.join("\n",
                "1.file=latin.subset.ttf", "1.asked=latin.subset.ttf.asked", "1.family=Liberation Serif",
                "1.source=" + latinFile.getFileName(), "1.sourceSize=" + Files.size(latinFile)) + "\n",
                StandardCharsets.UTF_8);
        // no font cache: whether the face has Latin letters and digits is learned now, from the subset
        FontSetup s = choose();
        assertThat(s.latin().file()).isEqualTo(bundled.resolve("latin.subset.ttf"));
        assertThat(s.faceFor(FontRole.BODY, '1').file()).isEqualTo(bundled.resolve("latin.subset.ttf"));
        assertThat(FontFace.parsed(s.installedFace(s.latin()))).as("the installed face not parsed").isFalse();
    }

    @Test
    void aSubsetThatCannotBeParsedGivesWayToTheInstalledFace() throws Exception {
        // the table directory is whole (BundledFonts takes it) but the head table is zeros: iText cannot parse it
        Path broken = bundled.resolve("wqy.subset.ttf");
        byte[] b = Files.readAllBytes(broken);
        java.nio.ByteBuffer dir = java.nio.ByteBuffer.wrap(b);
        for (int i = 0; i < (dir.getShort(4) & 0xFFFF); i++) {
            if (dir.getInt(12 + 16 * i) == 0x68656164) { // 'head'
                java.util.Arrays.fill(b, dir.getInt(12 + 16 * i + 8), dir.getInt(12 + 16 * i + 8) + dir.getInt(12 + 16 * i + 12), (byte) 0);
            }
        }
        Files.write(broken, b);
        assertThat(BundledFonts.read(bundled).subsets()).as("taken: only parsing shows the damage").hasSize(1);
        FontSetup s = choose();
        assertThat(s.body().file()).isEqualTo(broken);
        assertThat(s.body().parses()).isFalse();
        // even for a character it was made for, the installed face prints; the PDF's own texts use it too
        assertThat(s.faceFor(FontRole.BODY, '国').file()).isEqualTo(installedWqy);
        assertThat(s.usable(s.body()).file()).isEqualTo(installedWqy);
        ExportResult r = new Exporter(new FontLocator(List.of(fonts), null, BundledFonts.read(bundled)))
                .exportPdf(TemplateRegistry.builtIn().get("kczg-2024"), SampleDrafts.kczgComplete(), tmp.resolve("b.pdf"),
                        PrintOptions.defaults());
        assertThat(r.missing()).isEmpty();
        assertThat(r.fontWarnings()).isEmpty();
    }

    @Test
    void onlyTheSameInstalledFileIsStoodInFor() throws Exception {
        manifest(FAMILY, "wqy-microhei.ttc", Files.size(installedWqy) + 1);
        assertThat(choose().body().file()).isEqualTo(installedWqy);
        manifest(FAMILY, "other.ttc", Files.size(installedWqy));
        assertThat(choose().body().file()).isEqualTo(installedWqy);
        manifest("Other Family", "wqy-microhei.ttc", Files.size(installedWqy));
        assertThat(choose().body().file()).isEqualTo(installedWqy);
        // a face the user names is used as it is
        FontSetup given = new FontLocator(List.of(fonts), null, BundledFonts.read(bundled))
                .resolve(installedWqy, null, Locale.SIMPLIFIED_CHINESE);
        assertThat(given.body().file()).isEqualTo(installedWqy);
    }

    @Test
    void aBrokenOrIncompleteManifestChangesNothing() throws Exception {
        Files.writeString(bundled.resolve(BundledFonts.MANIFEST), "1.file=wqy.subset.ttf\n1.sourceSize=x\\u00");
        assertThat(BundledFonts.read(bundled).subsets()).isEmpty();
        manifest(FAMILY, "wqy-microhei.ttc", Files.size(installedWqy));
        Files.write(bundled.resolve("wqy.subset.ttf.asked"), new byte[10]);
        assertThat(BundledFonts.read(bundled).subsets()).isEmpty();
        Files.delete(bundled.resolve("wqy.subset.ttf.asked"));
        assertThat(BundledFonts.read(bundled).subsets()).isEmpty();
        Files.writeString(bundled.resolve(BundledFonts.MANIFEST), "1.file=../fonts/" + WQY.getFileName()
                + "\n1.asked=wqy.subset.ttf.asked\n1.family=" + FAMILY + "\n1.source=wqy-microhei.ttc\n1.sourceSize=1\n");
        assertThat(BundledFonts.read(bundled).subsets()).isEmpty();
        assertThat(BundledFonts.read(tmp.resolve("none")).subsets()).isEmpty();
        // a subset cut short or overwritten is left out (the installed face prints)
        manifest(FAMILY, "wqy-microhei.ttc", Files.size(installedWqy));
        asked(bundled.resolve("wqy.subset.ttf.asked"), 0x2611);
        assertThat(BundledFonts.read(bundled).subsets()).hasSize(1);
        byte[] whole = Files.readAllBytes(bundled.resolve("wqy.subset.ttf"));
        Files.write(bundled.resolve("wqy.subset.ttf"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(BundledFonts.read(bundled).subsets()).isEmpty();
        Files.writeString(bundled.resolve("wqy.subset.ttf"), "not a font");
        assertThat(BundledFonts.read(bundled).subsets()).isEmpty();
        assertThat(choose().body().file()).isEqualTo(installedWqy);
    }

    @Test
    void anExportWithTheSubsetHasEveryValueOnPaper() throws Exception {
        // a subset true to its manifest: made for the check boxes, which it has
        asked(bundled.resolve("wqy.subset.ttf.asked"), 0x2610, 0x2611);
        Draft full = SampleDrafts.kczgComplete();
        Path pdf = tmp.resolve("a.pdf");
        ExportResult r = new Exporter(new FontLocator(List.of(fonts), null, BundledFonts.read(bundled)))
                .exportPdf(TemplateRegistry.builtIn().get("kczg-2024"), full, pdf, PrintOptions.defaults());
        assertThat(r.missing()).isEmpty();
        assertThat(r.fontWarnings()).isEmpty();
        assertThat(SelfCheck.squash(SelfCheck.pdfText(pdf))).contains(SelfCheck.squash(full.text("projectName")));
        // the check boxes from the subset (DejaVu's glyphs), the Chinese text from the installed face
        assertThat(String.join(" ", baseFonts(pdf))).contains("DejaVuSans").contains("WenQuanYiMicroHei");
    }

    /** The BaseFont names of every font the pages use. */
    private static java.util.Set<String> baseFonts(Path pdf) throws Exception {
        java.util.Set<String> names = new java.util.TreeSet<>();
        try (var d = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                var fontsDict = d.getPage(i).getResources().getResource(com.itextpdf.kernel.pdf.PdfName.Font);
                if (fontsDict != null) {
                    for (var key : fontsDict.keySet()) {
                        names.add(fontsDict.getAsDictionary(key).getAsName(com.itextpdf.kernel.pdf.PdfName.BaseFont)
                                .getValue());
                    }
                }
            }
        }
        return names;
    }
}
