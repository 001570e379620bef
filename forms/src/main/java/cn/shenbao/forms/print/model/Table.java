package cn.shenbao.forms.print.model;

import java.util.List;

/**
 * A bordered table filling the text width.
 *
 * @param columnWidths relative widths, one per column
 * @param rows         rows in order
 * @param headerRows   the first {@code headerRows} rows repeat at the top of every page the table crosses
 * @param keepWithNext the table stays on one page with the block after it (a heading above a signature block)
 */
public record Table(List<Double> columnWidths, List<Row> rows, int headerRows, boolean keepWithNext) implements Block {
    public Table(List<Double> columnWidths, List<Row> rows, int headerRows) {
        this(columnWidths, rows, headerRows, false);
    }

    @Override
    public <R> R accept(BlockVisitor<R> v) {
        return v.table(this);
    }

    public Table {
        columnWidths = List.copyOf(columnWidths);
        rows = List.copyOf(rows);
        if (columnWidths.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        if (headerRows < 0 || headerRows > rows.size()) {
            throw new IllegalArgumentException("headerRows out of range: " + headerRows);
        }
    }

    /**
     * The body rows (after the header rows) in groups {@code [from, to)} that must print on one page: rows joined
     * by a cell's row span (a merged label and all its rows) or by {@link Row#keepWithNext()}. A row on its own is
     * a group of one.
     */
    public List<int[]> groups() {
        List<int[]> out = new java.util.ArrayList<>();
        int i = headerRows;
        while (i < rows.size()) {
            int from = i;
            int end = i + 1;
            for (int k = i; k < end && k < rows.size(); k++) {
                Row r = rows.get(k);
                for (Cell c : r.cells()) {
                    end = Math.max(end, k + c.rowSpan());
                }
                if (r.keepWithNext()) {
                    end = Math.max(end, k + 2);
                }
            }
            end = Math.min(end, rows.size());
            out.add(new int[] {from, end});
            i = end;
        }
        return out;
    }

    /** Column widths as fractions summing to 1. */
    public double[] fractions() {
        double sum = columnWidths.stream().mapToDouble(Double::doubleValue).sum();
        double[] f = new double[columnWidths.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = columnWidths.get(i) / sum;
        }
        return f;
    }
}
