package cn.shenbao.forms.print.model;

import java.util.List;

/**
 * A table row.
 *
 * @param cells        the cells that start in this row (cells covered by a row span from above are left out)
 * @param keepTogether the row is never split across pages (short rows); false lets long text flow on
 * @param minHeightPt  minimal height in points (0 = as high as the content)
 */
public record Row(List<Cell> cells, boolean keepTogether, float minHeightPt) {
    public Row {
        cells = List.copyOf(cells);
    }

    public static Row of(Cell... cells) {
        return new Row(List.of(cells), true, 0);
    }

    public Row splittable() {
        return new Row(cells, false, minHeightPt);
    }

    public Row minHeight(float pt) {
        return new Row(cells, keepTogether, pt);
    }
}
