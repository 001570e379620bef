package cn.shenbao.forms.print.pdf;

import cn.shenbao.forms.print.fonts.CffCompactor;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfType0Font;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A PdfWriter that passes each embedded CFF font subset through {@link CffCompactor} as it is written, so that a
 * subset of a CJK font costs what its glyphs cost (about 0.25 KB each) instead of ≈ 260 KB of empty glyph slots.
 * The glyphs each font used are read from iText's font object when the font program is written, at the end.
 */
final class CompactingPdfWriter extends PdfWriter {
    private static final PdfName CFF_CID = new PdfName("CIDFontType0C");
    private final Supplier<Collection<PdfFont>> fonts;

    CompactingPdfWriter(OutputStream out, WriterProperties properties, Supplier<Collection<PdfFont>> fonts) {
        super(out, properties);
        this.fonts = fonts;
    }

    @Override
    protected void flushObject(PdfObject object, boolean canBeInObjStm) {
        if (object instanceof PdfStream s && CFF_CID.equals(s.getAsName(PdfName.Subtype))) {
            Set<Integer> used = usedCids();
            if (used != null) {
                byte[] before = s.getBytes(false);
                byte[] after = CffCompactor.compact(before, used);
                if (after != before) {
                    s.setData(after);
                    s.put(PdfName.Length1, new PdfNumber(after.length));
                }
            }
        } else if (object instanceof PdfDictionary d && d.containsKey(PdfName.FontFile3)) {
            // "every CID is present": no longer true of a compacted subset, and optional (deprecated in PDF 2.0)
            d.remove(PdfName.CIDSet);
        }
        super.flushObject(object, canBeInObjStm);
    }

    /** The CIDs used by any CFF font of the document (a union: an extra kept glyph is harmless), or null. */
    private Set<Integer> usedCids() {
        Set<Integer> all = new HashSet<>();
        try {
            Field f = PdfType0Font.class.getDeclaredField("utilizedGlyphs");
            f.setAccessible(true);
            for (PdfFont font : fonts.get()) {
                if (font instanceof PdfType0Font) {
                    Object m = f.get(font);
                    if (!(m instanceof Map<?, ?> map)) {
                        return null;
                    }
                    for (Object k : map.keySet()) {
                        all.add((Integer) k);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another iText version: leave the subset as iText wrote it
        }
        return all;
    }
}
