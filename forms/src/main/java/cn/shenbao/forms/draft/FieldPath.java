package cn.shenbao.forms.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value's address in a draft: a plain key ({@code projectName}, {@code leader.name},
 * {@code industryFields.other}) or a table cell ({@code members[3].name}, rows counted from 0).
 */
public record FieldPath(String key, String table, int row, String column) {
    private static final Pattern CELL = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\[(\\d{1,6})]\\.([A-Za-z][A-Za-z0-9_]*)");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");

    /** Parses a path; an exception for text that is not a path. */
    public static FieldPath parse(String path) {
        if (path == null) {
            throw new IllegalArgumentException("null path");
        }
        Matcher m = CELL.matcher(path);
        if (m.matches()) {
            return new FieldPath(path, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        if (KEY.matcher(path).matches()) {
            return new FieldPath(path, null, -1, null);
        }
        throw new IllegalArgumentException("not a field path: " + path);
    }

    /** The path of a table cell. */
    public static String cell(String table, int row, String column) {
        return table + "[" + row + "]." + column;
    }

    public boolean isCell() {
        return table != null;
    }

    /** The pattern form used by template look-ups: {@code members[].name}. */
    public String pattern() {
        return isCell() ? table + "[]." + column : key;
    }
}
