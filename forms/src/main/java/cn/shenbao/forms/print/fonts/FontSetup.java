package cn.shenbao.forms.print.fonts;

import cn.shenbao.forms.print.model.FontRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fonts chosen for a print run.
 *
 * @param body      font for body text (宋体 or its substitute)
 * @param heading   font for headings (黑体 or its substitute)
 * @param fallbacks further fonts tried, in order, for characters the role font lacks (e.g. ☑, rare characters)
 */
public record FontSetup(FontFace body, FontFace heading, List<FontFace> fallbacks) {
    public FontSetup {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(heading, "heading");
        fallbacks = List.copyOf(fallbacks);
    }

    public FontFace forRole(FontRole role) {
        return role == FontRole.HEADING ? heading : body;
    }

    /** The first font among the role's font and the fallbacks that has the code point, or null. */
    public FontFace faceFor(FontRole role, int codePoint) {
        FontFace primary = forRole(role);
        if (primary.hasGlyph(codePoint)) {
            return primary;
        }
        for (FontFace f : candidatesAfter(primary)) {
            if (f.hasGlyph(codePoint)) {
                return f;
            }
        }
        return null;
    }

    private List<FontFace> candidatesAfter(FontFace primary) {
        List<FontFace> list = new ArrayList<>();
        for (FontFace f : List.of(body, heading)) {
            if (!f.equals(primary) && !list.contains(f)) {
                list.add(f);
            }
        }
        for (FontFace f : fallbacks) {
            if (!f.equals(primary) && !list.contains(f)) {
                list.add(f);
            }
        }
        return list;
    }
}
