package cn.shenbao.forms.print.model;

import java.util.Objects;

/**
 * Starts a new page with its own size and orientation; the pages after it keep them until the next section
 * (a wide indicator or summary table on landscape pages). DOCX: a section break; PDF: the next page's size.
 *
 * @param size      the paper size
 * @param landscape the long side horizontal
 */
public record PageSection(PaperSize size, boolean landscape) implements Block {
    public PageSection {
        Objects.requireNonNull(size, "size");
    }

    /** A4 portrait: the default page. */
    public static PageSection a4() {
        return new PageSection(PaperSize.A4, false);
    }

    /** Width of the page in points, orientation applied. */
    public float widthPt() {
        return landscape ? size.longPt() : size.shortPt();
    }

    /** Height of the page in points, orientation applied. */
    public float heightPt() {
        return landscape ? size.shortPt() : size.longPt();
    }

    @Override
    public <R> R accept(BlockVisitor<R> v) {
        return v.section(this);
    }

    /** The paper sizes a layout may ask for. */
    public enum PaperSize {
        A4(595.28f, 841.89f),
        A3(841.89f, 1190.55f);

        private final float shortPt;
        private final float longPt;

        PaperSize(float shortPt, float longPt) {
            this.shortPt = shortPt;
            this.longPt = longPt;
        }

        public float shortPt() {
            return shortPt;
        }

        public float longPt() {
            return longPt;
        }
    }
}
