package cn.shenbao.forms.print.model;

/**
 * Sizes and positions of a cover page in points, from the layout file (defaults: the 科创中国 form), shared by
 * both back ends so they print the same cover.
 *
 * @param numberSize       项目编号 box: label and value size (小四)
 * @param numberBoxWidth   width of the 项目编号 box
 * @param spaceBeforeTitle space between the number box and the first title line
 * @param titleSize        title size (一号 = 26 pt), 黑体
 * @param titleLine        line pitch of the title lines
 * @param spaceBeforeLines space between the title and the label/value lines
 * @param lineSize         size of the label/value lines (三号 = 16 pt)
 * @param lineHeight       height of one label/value line
 * @param labelWidth       width of the label column (the value column takes the rest of the text block, at most
 *                         {@link #MAX_VALUE_WIDTH})
 * @param issuerSize       size of the issuer line at the foot (三号)
 * @param markSize         size of the mark at the top left (e.g. 附件3, 三号 黑体)
 */
public record CoverMetrics(float numberSize, float numberBoxWidth, float spaceBeforeTitle, float titleSize,
                           float titleLine, float spaceBeforeLines, float lineSize, float lineHeight, float labelWidth,
                           float issuerSize, float markSize) {
    /** Distance of the issuer line's baseline area above the bottom margin. */
    public static final float ISSUER_ABOVE_BOTTOM = 20f;
    /** The widest the value column gets on a wide text block. */
    public static final float MAX_VALUE_WIDTH = 330f;
    /** The smallest size a long cover value shrinks to before it wraps (小四). */
    public static final float MIN_VALUE_SIZE = 12f;
    public static final CoverMetrics DEFAULT = new CoverMetrics(12f, 200f, 96f, 26f, 46f, 80f, 16f, 34f, 92f, 16f,
            16f);

    /** The width of the value column for a text block of {@code textWidth} points. */
    public float valueWidth(float textWidth) {
        return Math.min(MAX_VALUE_WIDTH, textWidth - labelWidth - 8f);
    }

    /**
     * The size a cover value prints at in a column of {@code width} points: the line size, or smaller (down to
     * {@link #MIN_VALUE_SIZE}) so a long value (a 70-character e-mail address) fits on one line or two.
     */
    public float valueSize(String value, float width) {
        float ems = TextMeasure.ems(value);
        if (ems * lineSize <= width) {
            return lineSize;
        }
        return Math.max(MIN_VALUE_SIZE, (float) Math.floor(width / ems * 2) / 2f);
    }
}
