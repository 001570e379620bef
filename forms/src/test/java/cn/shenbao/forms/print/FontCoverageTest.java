package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.print.fonts.CffCompactor;
import cn.shenbao.forms.print.fonts.FontFace;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.fonts.FontRuns;
import cn.shenbao.forms.print.fonts.FontSetup;
import cn.shenbao.forms.print.model.Align;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.FontRole;
import cn.shenbao.forms.print.model.Paragraph;
import cn.shenbao.forms.print.model.PrintDocument;
import cn.shenbao.forms.print.model.TextRun;
import cn.shenbao.forms.print.pdf.PdfRenderer;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every character of the 通用规范汉字表 (the 8,105 {@code kTGHZ2013} entries of Unihan, Debian unicode-data)
 * prints in one 宋体-like face, with a serif Latin face beside it; a character no font has prints as a box.
 */
class FontCoverageTest {
    static final Path UNIHAN = Path.of("/usr/share/unicode/Unihan_Readings.txt.bz2");

    @TempDir
    Path dir;

    private static final FontSetup FONTS = FontLocator.system().resolve(null, null, Locale.SIMPLIFIED_CHINESE);

    /** The code points of the 通用规范汉字表, in Unihan's order. */
    static List<Integer> tongyongGuifanHanzi() throws Exception {
        TestEnv.requireFile(UNIHAN, "unicode-data");
        Set<Integer> out = new LinkedHashSet<>();
        try (InputStream in = new BZip2CompressorInputStream(Files.newInputStream(UNIHAN));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("U+") && line.contains("\tkTGHZ2013\t")) {
                    out.add(Integer.parseInt(line.substring(2, line.indexOf('\t')), 16));
                }
            }
        }
        return new ArrayList<>(out);
    }

    @Test
    void everyCharacterOfTheTableIsInTheBodyFace() throws Exception {
        List<Integer> chars = tongyongGuifanHanzi();
        assertThat(chars).hasSize(8105);
        assertThat(chars.stream().filter(cp -> cp > 0xFFFF).count()).isEqualTo(196);
        List<String> other = new ArrayList<>();
        for (int cp : chars) {
            FontFace f = FONTS.faceFor(FontRole.BODY, cp);
            if (!FONTS.body().equals(f)) {
                other.add(new String(Character.toChars(cp)) + " → " + (f == null ? "none" : f.name()));
            }
        }
        assertThat(other).as("characters not printed in %s", FONTS.body().name()).isEmpty();
    }

    @Test
    void allOfThemPrintWithRealGlyphsOfTheBodyFaceInThePdf() throws Exception {
        List<Integer> chars = tongyongGuifanHanzi();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < chars.size(); i += 120) {
            StringBuilder sb = new StringBuilder();
            chars.subList(i, Math.min(chars.size(), i + 120)).forEach(sb::appendCodePoint);
            blocks.add(Paragraph.of(Align.JUSTIFY, TextRun.body(sb.toString(), 10.5f)));
        }
        Path pdf = dir.resolve("all.pdf");
        try (OutputStream os = Files.newOutputStream(pdf)) {
            new PdfRenderer(PrintOptions.defaults(), FONTS).render(new PrintDocument("通用规范汉字表", blocks), os);
        }
        String bodyName = FONTS.body().program().getFontNames().getFontName();
        Map<Integer, Integer> cidOf = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> charStrings = new HashMap<>();
        try (PdfDocument d = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                new PdfCanvasProcessor(new IEventListener() {
                    @Override
                    public void eventOccurred(IEventData data, EventType type) {
                        if (!(data instanceof TextRenderInfo t)) {
                            return;
                        }
                        for (TextRenderInfo c : t.getCharacterRenderInfos()) {
                            String s = c.getText();
                            if (s.isEmpty() || s.codePointAt(0) < 0x2E80) {
                                continue; // the footer's page numbers
                            }
                            String font = c.getFont().getPdfObject().getAsName(PdfName.BaseFont).getValue();
                            byte[] code = c.getPdfString().getValueBytes();
                            int cid = code.length == 2 ? ((code[0] & 0xFF) << 8) | (code[1] & 0xFF) : -1;
                            if (!font.contains(bodyName) || cid <= 0) {
                                wrong.add(s + " in " + font + " as CID " + cid);
                            }
                            cidOf.put(s.codePointAt(0), cid);
                        }
                    }

                    @Override
                    public Set<EventType> getSupportedEvents() {
                        return Set.of(EventType.RENDER_TEXT);
                    }
                }).processPageContent(d.getPage(p));
                PdfDictionary fonts = d.getPage(p).getResources().getResource(PdfName.Font);
                for (PdfName n : fonts.keySet()) {
                    PdfDictionary desc = fonts.getAsDictionary(n).getAsArray(PdfName.DescendantFonts)
                            .getAsDictionary(0).getAsDictionary(PdfName.FontDescriptor);
                    PdfStream cff = desc.getAsStream(PdfName.FontFile3);
                    if (cff != null && charStrings.isEmpty()) {
                        charStrings.putAll(CffCompactor.charStringLengths(cff.getBytes()));
                    }
                }
            }
        }
        assertThat(wrong).as("characters not drawn with a glyph of %s", bodyName).isEmpty();
        assertThat(cidOf.keySet()).as("every character read back").containsExactlyInAnyOrderElementsOf(chars);
        if (!charStrings.isEmpty()) {
            // Noto Serif CJK (CFF) on Linux: the embedded, compacted subset still holds every outline
            List<String> empty = new ArrayList<>();
            cidOf.forEach((cp, cid) -> {
                if (charStrings.getOrDefault(cid, 0) <= 1) {
                    empty.add(new String(Character.toChars(cp)) + " CID " + cid);
                }
            });
            assertThat(empty).as("characters whose glyph has no outline in the embedded font").isEmpty();
        }
    }

    @Test
    void latinLettersAndDigitsPrintInASerifLatinFaceAndChineseSignsInTheBodyFace() {
        TestEnv.require(FONTS.latin() != null, "no Latin serif face (Debian package fonts-liberation2)");
        assertThat(FONTS.latin().name()).isIn("Liberation Serif", "Times New Roman", "Tinos");
        for (int cp : "Az09@. -".codePoints().toArray()) {
            assertThat(FONTS.faceFor(FontRole.BODY, cp)).as("%c", cp).isEqualTo(FONTS.latin());
        }
        for (int cp : "，。“”（）—…×°·申".codePoints().toArray()) {
            assertThat(FONTS.faceFor(FontRole.BODY, cp)).as("%c", cp).isEqualTo(FONTS.body());
        }
        assertThat(FontRuns.split(FONTS, FontRole.BODY, "2024年5月，AI"))
                .extracting(FontRuns.Run::text)
                .containsExactly("2024", "年", "5", "月，", "AI");
        // headings are 黑体 throughout
        assertThat(FONTS.faceFor(FontRole.HEADING, 'A')).isEqualTo(FONTS.heading());
    }

    @Test
    void aCharacterNoFontHasPrintsAsABoxNotAsNothing() throws Exception {
        String extG = new String(Character.toChars(0x30000)); // CJK extension G: in none of the usual fonts
        assertThat(FONTS.faceFor(FontRole.BODY, 0x30000)).isNull();
        assertThat(FontRuns.split(FONTS, FontRole.BODY, "王" + extG + "明")).extracting(FontRuns.Run::face)
                .containsExactly(FONTS.body(), null, FONTS.body());
        Path pdf = dir.resolve("box.pdf");
        try (OutputStream os = Files.newOutputStream(pdf)) {
            new PdfRenderer(PrintOptions.defaults(), FONTS).render(new PrintDocument("box", List.of(
                    Paragraph.of(Align.LEFT, TextRun.body("王" + extG + "明", 10.5f)))), os);
        }
        try (PdfDocument d = new PdfDocument(new PdfReader(pdf.toFile()))) {
            PdfDictionary xobjects = d.getPage(1).getResources().getResource(PdfName.XObject);
            assertThat(xobjects).as("the box is drawn").isNotNull();
            assertThat(xobjects.size()).isEqualTo(1);
            String content = new String(d.getPage(1).getContentBytes(), StandardCharsets.ISO_8859_1);
            assertThat(content).contains(" Do");
        }
        assertThat(PdfChecks.squash(PdfChecks.text(pdf))).contains("王明");
    }
}
