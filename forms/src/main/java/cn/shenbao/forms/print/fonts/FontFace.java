package cn.shenbao.forms.print.fonts;

import cn.shenbao.forms.concurrent.LoadOnce;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
     * call: {@link #hasGlyph} runs for every character printed. A face is parsed by one thread at a time: a second
     * thread asking for it meanwhile (the export asking for a face the background preparation is parsing, issue 15)
     * waits for that parse instead of doing it again.
     */
    private static final LoadOnce<FontFace, FontProgram> PROGRAMS = new LoadOnce<>();
    private static final Set<FontFace> UNUSABLE = ConcurrentHashMap.newKeySet();

    /** The parsed font program (parsed once, cached across documents; a failed parse is tried again). */
    public FontProgram program() {
        return PROGRAMS.get(this, this::load);
    }

    private FontProgram load() {
        try {
            // a single font straight as TrueType/OpenType: FontProgramFactory first loads iText's registry of
            // predefined CJK fonts (≈ 8 ms cold, issue 15) to see whether the name is one of them; a path never is
            FontProgram p = isCollection()
                    ? FontProgramFactory.createFont(file.toString(), index, true)
                    : new com.itextpdf.io.font.TrueTypeFont(file.toString());
            cn.shenbao.forms.trace.StartupTrace.mark("font parsed: " + name + " (" + file.getFileName() + ")");
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this face has been parsed in this JVM (tests of what a start parses). */
    static boolean parsed(FontFace f) {
        return PROGRAMS.peek(f) != null;
    }

    /** Whether this face can be parsed (tried once; a face that cannot is remembered as unusable). */
    public boolean parses() {
        if (UNUSABLE.contains(this)) {
            return false;
        }
        try {
            program();
            return true;
        } catch (RuntimeException e) {
            UNUSABLE.add(this);
            return false;
        }
    }

    /** Whether this face has a glyph for the code point. */
    public boolean hasGlyph(int codePoint) {
        // a fallback font is only parsed when first asked (FontLocator reads names only): one that cannot be parsed
        // has no glyphs, as when it was left out of the fallbacks before
        return parses() && program().getGlyph(codePoint) != null;
    }

    // equals and hashCode written out: a record's own are bootstrapped through invokedynamic (ObjectMethods) on first
    // use, which showed in the profile of a cold export (issue 15); a face is a map key of every glyph lookup
    @Override
    public boolean equals(Object o) {
        return o instanceof FontFace f && index == f.index && file.equals(f.file) && name.equals(f.name);
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + index) * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + file + (isCollection() ? ", " + index : "") + ")";
    }
}
