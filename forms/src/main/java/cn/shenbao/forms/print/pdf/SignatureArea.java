package cn.shenbao.forms.print.pdf;

import com.itextpdf.kernel.geom.Rectangle;

/**
 * Where a signature field was placed in the PDF.
 *
 * @param fieldName  the name of the empty signature field
 * @param page       1-based page number
 * @param rect       the field's rectangle (points, PDF user space)
 * @param blockRect  the rectangle of the whole signature/seal block on that page
 */
public record SignatureArea(String fieldName, int page, Rectangle rect, Rectangle blockRect) {
}
