package cn.shenbao.forms.print.fonts;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One font face in a file on this machine.
 *
 * @param file  the font file (.ttf, .otf, .ttc, .otc)
 * @param index index inside a collection (.ttc/.otc), -1 for a single-font file
 * @param name  the family name, e.g. "Noto Serif CJK SC"
 */
public record FontFace(Path file, int index, String name) {
    public FontFace {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
    }

    public boolean isCollection() {
        return index >= 0;
    }

    /**
     * Parsed programs, shared by all exports of this JVM (a FontProgram is immutable; a PdfFont made from it
     * belongs to one document). Looked up here rather than through iText's FontProgramFactory cache on every
     * call: {@link #hasGlyph} runs for every character printed.
     */
    private static final Map<FontFace, FontProgram> PROGRAMS = new ConcurrentHashMap<>();
    private static final Set<FontFace> UNUSABLE = ConcurrentHashMap.newKeySet();

    /** The parsed font program (parsed once, cached across documents). */
    public FontProgram program() {
        FontProgram p = PROGRAMS.get(this);
        if (p == null) {
            p = load();
            FontProgram before = PROGRAMS.putIfAbsent(this, p);
            if (before != null) {
                p = before;
            }
        }
        return p;
    }

    private FontProgram load() {
        try {
            return isCollection()
                    ? FontProgramFactory.createFont(file.toString(), index, true)
                    : FontProgramFactory.createFont(file.toString(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this face has a glyph for the code point. */
    public boolean hasGlyph(int codePoint) {
        if (UNUSABLE.contains(this)) {
            return false;
        }
        FontProgram p;
        try {
            p = program();
        } catch (RuntimeException e) {
            // a fallback font is only parsed when first asked (FontLocator reads names only): one that cannot
            // be parsed has no glyphs, as when it was left out of the fallbacks before
            UNUSABLE.add(this);
            return false;
        }
        return p.getGlyph(codePoint) != null;
    }

    @Override
    public String toString() {
        return name + " (" + file + (isCollection() ? ", " + index : "") + ")";
    }
}
