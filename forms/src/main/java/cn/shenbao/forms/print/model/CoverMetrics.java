package cn.shenbao.forms.print.model;

/** Sizes and positions of the cover page, shared by both back ends so they print the same cover. */
public final class CoverMetrics {
    /** 项目编号 box: label and value size (小四). */
    public static final float NUMBER_SIZE = 12f;
    /** Width of the 项目编号 box in points. */
    public static final float NUMBER_BOX_WIDTH = 200f;
    /** Space between the number box and the first title line. */
    public static final float SPACE_BEFORE_TITLE = 110f;
    /** Title size (一号 = 26 pt), 黑体. */
    public static final float TITLE_SIZE = 26f;
    /** Line height of the title lines. */
    public static final float TITLE_LINE = 46f;
    /** Space between the title and the label/value lines. */
    public static final float SPACE_BEFORE_LINES = 90f;
    /** Size of the label/value lines (三号 = 16 pt). */
    public static final float LINE_SIZE = 16f;
    /** Height of one label/value line. */
    public static final float LINE_HEIGHT = 34f;
    /** Width of the label column and of the value column. */
    public static final float LABEL_WIDTH = 92f;
    public static final float VALUE_WIDTH = 330f;
    /** Size of the issuer line (三号). */
    public static final float ISSUER_SIZE = 16f;
    /** Distance of the issuer line's baseline above the bottom margin. */
    public static final float ISSUER_ABOVE_BOTTOM = 20f;

    private CoverMetrics() {
    }
}
