package cn.shenbao.forms.print.fonts;

import cn.shenbao.forms.print.model.FontRole;
import java.util.ArrayList;
import java.util.List;

/** Splits text into runs that one face can print: the one place where a character's face is chosen. */
public final class FontRuns {
    private FontRuns() {
    }

    /**
     * A piece of text in one face.
     *
     * @param face the face, or null: no font on this machine has these characters (printed as boxes)
     * @param text the characters (white space and line breaks join the run they stand in)
     */
    public record Run(FontFace face, String text) {
    }

    /** The runs of {@code text} printed in {@code role}. */
    public static List<Run> split(FontSetup fonts, FontRole role, String text) {
        List<Run> out = new ArrayList<>();
        StringBuilder seg = new StringBuilder();
        FontFace segFace = null;
        boolean started = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            FontFace f;
            if (cp == '\n' || (Character.isWhitespace(cp) && cp != ' ')) {
                // line breaks and tabs stay in the run they stand in
                f = started ? segFace : fonts.forRole(role);
            } else {
                f = fonts.faceFor(role, cp);
            }
            if (started && !java.util.Objects.equals(f, segFace)) {
                out.add(new Run(segFace, seg.toString()));
                seg.setLength(0);
            }
            segFace = f;
            started = true;
            seg.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (seg.length() > 0) {
            out.add(new Run(segFace, seg.toString()));
        }
        return out;
    }
}
