package cn.shenbao.forms.print.fonts;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

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

    /** The parsed font program (cached by iText across documents). */
    public FontProgram program() {
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
        return program().getGlyph(codePoint) != null;
    }

    @Override
    public String toString() {
        return name + " (" + file + (isCollection() ? ", " + index : "") + ")";
    }
}
