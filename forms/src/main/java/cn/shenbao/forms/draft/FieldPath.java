package cn.shenbao.forms.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value's address in a draft: a plain key ({@code projectName}, {@code leader.name},
 * {@code industryFields.other}) or a table cell ({@code members[3].name}, rows counted from 0).
 */
public record FieldPath(String key, String table, int row, String column) {
    private static final Pattern CELL = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\[(\\d{1,6})]\\.([A-Za-z][A-Za-z0-9_]*)");
    /** Longer text is not a path (the longest path of a form has a few dozen characters). */
    public static final int MAX_LENGTH = 256;

    /** Parses a path; an exception for text that is not a path. */
    public static FieldPath parse(String path) {
        if (path == null) {
            throw new IllegalArgumentException("null path");
        }
        if (path.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a field path: longer than " + MAX_LENGTH + " characters");
        }
        Matcher m = CELL.matcher(path);
        if (m.matches()) {
            return new FieldPath(path, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        if (isKey(path)) {
            return new FieldPath(path, null, -1, null);
        }
        throw new IllegalArgumentException("not a field path: " + path);
    }

    /**
     * Identifiers {@code [A-Za-z][A-Za-z0-9_]*} joined by dots, by a linear scan (a regular expression with a
     * repeated group overflowed the stack on a 10 KB key {@code a.a.a…}).
     */
    static boolean isKey(String s) {
        boolean atStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (atStart) {
                if (!letter) {
                    return false;
                }
                atStart = false;
            } else if (c == '.') {
                atStart = true;
            } else if (!(letter || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return !atStart;
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
