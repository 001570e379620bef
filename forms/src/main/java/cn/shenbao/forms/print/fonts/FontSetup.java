package cn.shenbao.forms.print.fonts;

import cn.shenbao.forms.print.model.FontRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fonts chosen for a print run.
 *
 * @param body      font for body text (宋体 or its substitute)
 * @param heading   font for headings (黑体 or its substitute)
 * @param latin     serif face for the Latin letters, digits and ASCII punctuation of body text (Times New Roman or
 *                  Liberation Serif), or null: the body face prints them
 * @param fallbacks further fonts tried, in order, for characters the role font lacks (e.g. ☑, rare characters)
 * @param standIns  for a face that is a subset shipped with the program ({@link BundledFonts}), what it stands in
 *                  for: the installed face prints the characters the subset lacks
 */
public record FontSetup(FontFace body, FontFace heading, FontFace latin, List<FontFace> fallbacks,
                        Map<FontFace, BundledFonts.StandIn> standIns) {
    public FontSetup {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(heading, "heading");
        fallbacks = List.copyOf(fallbacks);
        standIns = Map.copyOf(standIns);
    }

    /** Fonts without stand-ins: every face is an installed one. */
    public FontSetup(FontFace body, FontFace heading, FontFace latin, List<FontFace> fallbacks) {
        this(body, heading, latin, fallbacks, Map.of());
    }

    /** Fonts without a separate Latin face. */
    public FontSetup(FontFace body, FontFace heading, List<FontFace> fallbacks) {
        this(body, heading, null, fallbacks);
    }

    /** The installed face {@code face} stands in for, or {@code face} itself when it is an installed face. */
    public FontFace installedFace(FontFace face) {
        BundledFonts.StandIn s = standIns.get(face);
        return s == null ? face : s.installed();
    }

    public FontFace forRole(FontRole role) {
        return role == FontRole.HEADING ? heading : body;
    }

    /**
     * The face that prints the code point in a run of the role: for body text the Latin face for Latin script
     * ({@link #isLatin}), else the role's font, else the first of the other fonts and the fallbacks that has it; null
     * when no font has it. A face that is a shipped subset lacking the character is followed by the installed face it
     * stands in for, when that may have it.
     */
    public FontFace faceFor(FontRole role, int codePoint) {
        if (role == FontRole.BODY && latin != null && isLatin(codePoint)) {
            FontFace l = withInstalled(latin, codePoint);
            if (l != null) {
                return l;
            }
        }
        FontFace primary = forRole(role);
        FontFace p = withInstalled(primary, codePoint);
        if (p != null) {
            return p;
        }
        for (FontFace f : candidatesAfter(primary)) {
            FontFace c = withInstalled(f, codePoint);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * {@code face} when it has the code point, else the installed face it stands in for when that may have it and
     * has it ({@link BundledFonts.StandIn#installedMayHave}: the installed face is not asked, so not parsed, for a
     * character the subset was made for), else null.
     */
    private FontFace withInstalled(FontFace face, int codePoint) {
        if (face.hasGlyph(codePoint)) {
            return face;
        }
        BundledFonts.StandIn s = standIns.get(face);
        return s != null && (s.installedMayHave(codePoint) || !face.parses()) && s.installed().hasGlyph(codePoint)
                ? s.installed() : null;
    }

    /**
     * {@code face}, or the installed face it stands in for when it is a shipped subset that cannot be parsed (a
     * damaged installation): what draws text that is not split by {@link #faceFor} (the PDF's default font, page
     * footers, the 草稿 mark).
     */
    public FontFace usable(FontFace face) {
        BundledFonts.StandIn s = standIns.get(face);
        return s != null && !face.parses() ? s.installed() : face;
    }

    /**
     * Characters printed in the Latin face, as Word does for the {@code w:rFonts} ascii/hAnsi fonts of a run with
     * {@code w:hint="eastAsia"}: printable ASCII (with the space) and the letters of Latin-1 and Latin
     * Extended-A/B. Signs that Chinese text shares (× ÷ § ° ± · “ ” ‘ ’ — …) stay in the 宋体 face, full width.
     */
    public static boolean isLatin(int cp) {
        return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
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
