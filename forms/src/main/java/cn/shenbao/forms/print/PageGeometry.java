package cn.shenbao.forms.print;

/**
 * A4 portrait page geometry shared by both back ends, in points (1/72 inch).
 * Margins: 2.5 cm top and bottom, 2.6 cm left and right, plus the binding margin (gutter) when asked.
 */
public final class PageGeometry {
    public static final float MM = 72f / 25.4f;
    public static final float A4_WIDTH = 595.28f;
    public static final float A4_HEIGHT = 841.89f;
    public static final float MARGIN_TOP = 25f * MM;
    public static final float MARGIN_BOTTOM = 25f * MM;
    public static final float MARGIN_INNER = 26f * MM;
    public static final float MARGIN_OUTER = 26f * MM;
    public static final float FOOTER_FROM_EDGE = 12f * MM;
    public static final float HEADER_FROM_EDGE = 12f * MM;
    /** Cell padding left and right, the same in both back ends (DOCX: w:tblCellMar). */
    public static final float CELL_PAD_H = 4f;
    /** Cell padding top and bottom, the same in both back ends. */
    public static final float CELL_PAD_V = 3f;

    private PageGeometry() {
    }

    public static float gutter(PrintOptions o) {
        return (float) o.bindingMarginMm() * MM;
    }

    /** Left margin of page {@code page} (1-based), gutter included. */
    public static float left(PrintOptions o, int page) {
        boolean even = page % 2 == 0;
        if (o.duplex() && even) {
            return MARGIN_OUTER;
        }
        return MARGIN_INNER + gutter(o);
    }

    /** Right margin of page {@code page} (1-based), gutter included. */
    public static float right(PrintOptions o, int page) {
        boolean even = page % 2 == 0;
        if (o.duplex() && even) {
            return MARGIN_INNER + gutter(o);
        }
        return MARGIN_OUTER;
    }

    /** Width available for text (the same on every page). */
    public static float textWidth(PrintOptions o) {
        return A4_WIDTH - MARGIN_INNER - MARGIN_OUTER - gutter(o);
    }

    /** Width available for text on the pages of a section (landscape pages are wider). */
    public static float textWidth(PrintOptions o, cn.shenbao.forms.print.model.PageSection section) {
        return section.widthPt() - MARGIN_INNER - MARGIN_OUTER - gutter(o);
    }

    public static int twips(float pt) {
        return Math.round(pt * 20f);
    }
}
