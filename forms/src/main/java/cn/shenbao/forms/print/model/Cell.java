package cn.shenbao.forms.print.model;

import java.util.List;
import java.util.Objects;

/**
 * A table cell.
 *
 * @param paragraphs content (may be empty: an empty cell)
 * @param rowSpan    rows covered (≥ 1); the rows below must not contain a cell for the covered columns
 * @param colSpan    columns covered (≥ 1)
 * @param valign     vertical alignment
 */
public record Cell(List<Paragraph> paragraphs, int rowSpan, int colSpan, VAlign valign) {
    public Cell {
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(valign, "valign");
        if (rowSpan < 1 || colSpan < 1) {
            throw new IllegalArgumentException("spans must be >= 1");
        }
    }

    public static Cell of(Paragraph... ps) {
        return new Cell(List.of(ps), 1, 1, VAlign.CENTER);
    }

    public Cell span(int rows, int cols) {
        return new Cell(paragraphs, rows, cols, valign);
    }

    public Cell valign(VAlign v) {
        return new Cell(paragraphs, rowSpan, colSpan, v);
    }
}
