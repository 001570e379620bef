package cn.shenbao.app.ui.model;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of a table: a text property per column, written through to the draft by the view-model. */
public final class RowModel {
    private final Map<String, StringProperty> cells = new LinkedHashMap<>();

    RowModel() {}

    void put(String column, StringProperty p) {
        cells.put(column, p);
    }

    /** The cell of a column (empty text when the row has no value there). */
    public StringProperty cell(String column) {
        StringProperty p = cells.get(column);
        if (p == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return p;
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(p -> p.get() == null || p.get().isBlank());
    }

    static StringProperty newCell(String initial) {
        return new SimpleStringProperty(initial == null ? "" : initial);
    }
}
