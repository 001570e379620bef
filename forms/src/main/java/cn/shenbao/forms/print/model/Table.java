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
