package cn.shenbao.app.ui.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads rows copied from Excel or WPS: cells separated by tabs, rows by line breaks; a cell that holds
 * a line break or a tab is written in double quotes with inner quotes doubled, as both programs do.
 */
public final class ClipboardRows {
    private ClipboardRows() {}

    /** The rows of tab-separated text; blank lines are skipped. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean cellStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (cellStart && c == '"') {
                int j = i + 1;
                StringBuilder q = new StringBuilder();
                boolean closed = false;
                while (j < n) {
                    char d = text.charAt(j);
                    if (d == '"') {
                        if (j + 1 < n && text.charAt(j + 1) == '"') {
                            q.append('"');
                            j += 2;
                            continue;
                        }
                        closed = true;
                        j++;
                        break;
                    }
                    q.append(d);
                    j++;
                }
                if (closed && (j >= n || text.charAt(j) == '\t' || text.charAt(j) == '\r' || text.charAt(j) == '\n')) {
                    cell.append(q.toString().replace("\r\n", "\n"));
                    i = j;
                    cellStart = false;
                    continue;
                }
            }
            cellStart = false;
            if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                addRow(rows, row);
                row = new ArrayList<>();
                cellStart = true;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                cell.append(c);
                i++;
            }
        }
        if (!cellStart || cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            addRow(rows, row);
        }
        return rows;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        boolean blank = row.stream().allMatch(s -> s.isBlank());
        if (!blank) {
            List<String> trimmed = new ArrayList<>();
            for (String s : row) {
                trimmed.add(s.strip());
            }
            rows.add(trimmed);
        }
    }
}
