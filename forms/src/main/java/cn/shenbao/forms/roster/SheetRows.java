package cn.shenbao.forms.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a spreadsheet or CSV file as texts, row by row, with the row numbers a person sees in Excel or
 * WPS (1 = first line), and notes about how cells were read (formulas taken by their result, merged cells
 * filled in).
 */
public final class SheetRows {
    /** Rows read at most: more and the file is refused (a roster import is thousands of rows, not millions). */
    public static final int MAX_ROWS = 20_000;
    /** Columns read at most per row. */
    public static final int MAX_COLUMNS = 200;
    /** Characters kept per cell. */
    public static final int MAX_CELL_CHARS = 2_000;

    /** One row: its number in the file and its cells (empty string for an empty cell). */
    public record Row(int number, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A remark about how the file was read: a key of the roster bundle ({@code roster.note.*}) and arguments. */
    public record Note(String key, Object... args) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    public List<Row> rows() {
        return rows;
    }

    public List<Note> notes() {
        return notes;
    }

    void add(int number, List<String> cells) {
        rows.add(new Row(number, cells));
    }

    void note(String key, Object... args) {
        notes.add(new Note(key, args));
    }

    static String clip(String s) {
        return s.length() > MAX_CELL_CHARS ? s.substring(0, MAX_CELL_CHARS) : s;
    }
}
