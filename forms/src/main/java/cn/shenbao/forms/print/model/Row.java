package cn.shenbao.forms.print.model;

import java.util.List;

/**
 * A table row.
 *
 * @param cells        the cells that start in this row (cells covered by a row span from above are left out)
 * @param keepTogether the row is never split across pages (short rows); false lets long text flow on
 * @param minHeightPt  minimal height in points (0 = as high as the content)
 * @param keepWithNext the row is printed on the page of the next row (the rows of one merged label cell, a
 *                     heading row and the row under it): both back ends keep such rows together as one group
 */
public record Row(List<Cell> cells, boolean keepTogether, float minHeightPt, boolean keepWithNext) {
    public Row {
        cells = List.copyOf(cells);
    }

    public Row(List<Cell> cells, boolean keepTogether, float minHeightPt) {
        this(cells, keepTogether, minHeightPt, false);
    }

    public static Row of(Cell... cells) {
        return new Row(List.of(cells), true, 0, false);
    }

    public Row splittable() {
        return new Row(cells, false, minHeightPt, keepWithNext);
    }

    public Row minHeight(float pt) {
        return new Row(cells, keepTogether, pt, keepWithNext);
    }

    public Row keptWithNext(boolean keep) {
        return new Row(cells, keepTogether, minHeightPt, keep);
    }
}
