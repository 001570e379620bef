package cn.shenbao.forms.print.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.print.TestEnv;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compaction of iText's CFF subsets (issue 15 made it look at the kept glyphs only): the same bytes as the
 * straightforward algorithm over every glyph slot (kept below as the reference), on a real subset of the CJK face.
 */
class CffCompactorTest {
    private static byte[] subset;
    private static Set<Integer> drawn;

    @BeforeAll
    static void itextSubset() throws Exception {
        FontSetup fonts = FontLocator.system().resolve(null, null, Locale.SIMPLIFIED_CHINESE);
        FontFace cff = null;
        for (FontFace f : List.of(fonts.body(), fonts.heading())) {
            if (f.program() instanceof com.itextpdf.io.font.TrueTypeFont t && t.isCff()) {
                cff = f;
                break;
            }
        }
        TestEnv.require(cff != null, "no CFF CJK face (Debian package fonts-noto-cjk)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            PdfFont font = PdfFontFactory.createFont(cff.program(), PdfEncodings.IDENTITY_H,
                    PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            new PdfCanvas(pdf.addNewPage()).beginText().setFontAndSize(font, 12).moveText(50, 700)
                    .showText("申报书：科创中国，服务团项目。镕堃喆珺赟 ABC 123").endText();
        }
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            PdfDictionary fontDict = pdf.getPage(1).getResources().getResource(PdfName.Font);
            PdfDictionary f = fontDict.getAsDictionary(fontDict.keySet().iterator().next());
            PdfStream s = f.getAsArray(PdfName.DescendantFonts).getAsDictionary(0)
                    .getAsDictionary(PdfName.FontDescriptor).getAsStream(PdfName.FontFile3);
            subset = s.getBytes();
        }
        drawn = new TreeSet<>();
        CffCompactor.charStringLengths(subset).forEach((cid, length) -> {
            if (cid != 0 && length > 1) {
                drawn.add(cid);
            }
        });
        assertThat(drawn).hasSizeGreaterThan(20);
    }

    @Test
    void keepsExactlyWhatTheStraightforwardAlgorithmKeeps() {
        List<Integer> cids = new ArrayList<>(drawn);
        List<Set<Integer>> cases = List.of(new HashSet<>(cids), new HashSet<>(cids.subList(0, cids.size() / 2)),
                Set.of(), new HashSet<>(List.of(cids.get(0), 65_000, 1, -5)), new HashSet<>(cids.subList(cids.size() / 3, cids.size())));
        for (Set<Integer> used : cases) {
            byte[] expected = Reference.compact(subset, used);
            byte[] actual = CffCompactor.compact(subset, used);
            assertThat(actual).as("used %s", used).isEqualTo(expected);
            assertThat(actual.length).isLessThan(subset.length);
        }
        // every drawn glyph keeps its outline under its CID; the empty slots are gone
        Map<Integer, Integer> after = CffCompactor.charStringLengths(CffCompactor.compact(subset, drawn));
        assertThat(after.keySet()).containsAll(drawn).hasSize(drawn.size() + 1);
        Map<Integer, Integer> before = CffCompactor.charStringLengths(subset);
        drawn.forEach(cid -> assertThat(after.get(cid)).isEqualTo(before.get(cid)));
    }

    @Test
    void anythingElseIsReturnedUnchanged() {
        byte[] junk = {1, 0, 4, 4, 0, 1, 2, 3};
        assertThat(CffCompactor.compact(junk, drawn)).isSameAs(junk);
        byte[] cut = java.util.Arrays.copyOf(subset, subset.length / 2);
        assertThat(CffCompactor.compact(cut, drawn)).isSameAs(cut);
    }

    /** The compaction as first written (every glyph slot looked at): the oracle. */
    private static final class Reference {
        static byte[] compact(byte[] d, Set<Integer> usedCids) {
            int[] name = index(d, d[2] & 0xFF);
            int[] top = index(d, name[name.length - 1]);
            int charsetAt = -1;
            int charStringsAt = -1;
            int fdSelectAt = -1;
            int charset = -1;
            int charStrings = -1;
            int fdSelect = -1;
            int lastOperand = -1;
            int lastValue = 0;
            for (int i = top[1]; i < top[2]; ) {
                int b = d[i] & 0xFF;
                if (b <= 21) {
                    int op = b == 12 ? 0x0C00 | (d[i + 1] & 0xFF) : b;
                    i += b == 12 ? 2 : 1;
                    if (op == 15) {
                        charsetAt = lastOperand;
                        charset = lastValue;
                    } else if (op == 17) {
                        charStringsAt = lastOperand;
                        charStrings = lastValue;
                    } else if (op == 0x0C25) {
                        fdSelectAt = lastOperand;
                        fdSelect = lastValue;
                    }
                    lastOperand = -1;
                } else if (b == 29) {
                    lastOperand = i;
                    lastValue = ((d[i + 1] & 0xFF) << 24) | ((d[i + 2] & 0xFF) << 16) | ((d[i + 3] & 0xFF) << 8)
                            | (d[i + 4] & 0xFF);
                    i += 5;
                } else if (b == 28) {
                    lastOperand = -1;
                    i += 3;
                } else if (b == 30) {
                    lastOperand = -1;
                    i++;
                    while ((d[i] & 0x0F) != 0x0F && (d[i] & 0xF0) != 0xF0) {
                        i++;
                    }
                    i++;
                } else {
                    lastOperand = -1;
                    i += b >= 247 && b <= 254 ? 2 : 1;
                }
            }
            int[] cs = index(d, charStrings);
            int glyphs = cs[0];
            int[] cids = new int[glyphs];
            int format = d[charset] & 0xFF;
            int g = 1;
            int p = charset + 1;
            if (format == 0) {
                for (; g < glyphs; g++, p += 2) {
                    cids[g] = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
                }
            } else {
                while (g < glyphs) {
                    int first = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
                    int left = format == 1 ? d[p + 2] & 0xFF : ((d[p + 2] & 0xFF) << 8) | (d[p + 3] & 0xFF);
                    p += format == 1 ? 3 : 4;
                    for (int k = 0; k <= left && g < glyphs; k++) {
                        cids[g++] = first + k;
                    }
                }
            }
            int[] fds = new int[glyphs];
            if ((d[fdSelect] & 0xFF) == 0) {
                for (g = 0; g < glyphs; g++) {
                    fds[g] = d[fdSelect + 1 + g] & 0xFF;
                }
            } else {
                int ranges = ((d[fdSelect + 1] & 0xFF) << 8) | (d[fdSelect + 2] & 0xFF);
                p = fdSelect + 3;
                for (int r = 0; r < ranges; r++, p += 3) {
                    int first = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
                    int next = ((d[p + 3] & 0xFF) << 8) | (d[p + 4] & 0xFF);
                    for (g = first; g < next && g < glyphs; g++) {
                        fds[g] = d[p + 2] & 0xFF;
                    }
                }
            }
            List<Integer> keep = new ArrayList<>();
            for (g = 0; g < glyphs; g++) {
                if (g == 0 || usedCids.contains(cids[g])) {
                    keep.add(g);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(d, 0, charStrings);
            int newCharset = out.size();
            out.write(0);
            for (int k = 1; k < keep.size(); k++) {
                out.write(cids[keep.get(k)] >> 8);
                out.write(cids[keep.get(k)]);
            }
            int newFdSelect = out.size();
            out.write(0);
            keep.forEach(k -> out.write(fds[k]));
            int newCharStrings = out.size();
            out.write(keep.size() >> 8);
            out.write(keep.size());
            out.write(4);
            int offset = 1;
            writeInt(out, offset);
            for (int k : keep) {
                offset += cs[2 + 2 * k] - cs[1 + 2 * k];
                writeInt(out, offset);
            }
            keep.forEach(k -> out.write(d, cs[1 + 2 * k], cs[2 + 2 * k] - cs[1 + 2 * k]));
            byte[] r = out.toByteArray();
            putInt(r, charsetAt + 1, newCharset);
            putInt(r, fdSelectAt + 1, newFdSelect);
            putInt(r, charStringsAt + 1, newCharStrings);
            return r;
        }

        static int[] index(byte[] d, int at) {
            int count = ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
            int offSize = d[at + 2] & 0xFF;
            int base = at + 3 + (count + 1) * offSize - 1;
            int[] r = new int[2 + 2 * count];
            r[0] = count;
            int prev = base + offset(d, at + 3, offSize);
            for (int i = 0; i < count; i++) {
                int next = base + offset(d, at + 3 + (i + 1) * offSize, offSize);
                r[1 + 2 * i] = prev;
                r[2 + 2 * i] = next;
                prev = next;
            }
            r[r.length - 1] = prev;
            return r;
        }

        static int offset(byte[] d, int at, int size) {
            int v = 0;
            for (int i = 0; i < size; i++) {
                v = (v << 8) | (d[at + i] & 0xFF);
            }
            return v;
        }

        static void writeInt(ByteArrayOutputStream out, int v) {
            out.write(v >>> 24);
            out.write(v >>> 16);
            out.write(v >>> 8);
            out.write(v);
        }

        static void putInt(byte[] r, int at, int v) {
            r[at] = (byte) (v >>> 24);
            r[at + 1] = (byte) (v >>> 16);
            r[at + 2] = (byte) (v >>> 8);
            r[at + 3] = (byte) v;
        }
    }
}
