package cn.shenbao.forms.roster;

import cn.shenbao.forms.io.BoundedRead;
import cn.shenbao.forms.io.IoMessages;
import cn.shenbao.forms.io.TextEncoding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as Excel and WPS in China write it: UTF-8 with or without a byte order mark, or GBK (the
 * default “CSV” of Excel and WPS on a Chinese Windows), detected line by line: a line that is not valid UTF-8
 * but valid GB18030 is GBK. A file whose lines are in both encodings is refused, naming the first line that
 * differs from the rest. Comma-separated (tab-separated when the first line has tabs and no commas), quotes as
 * in RFC 4180. At most {@value #MAX_BYTES} bytes and {@link SheetRows#MAX_ROWS} rows.
 */
final class CsvReader {
    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final Charset GBK = Charset.forName("GB18030");

    private CsvReader() {
    }

    static SheetRows read(Path file) throws RosterException {
        byte[] b;
        try {
            b = BoundedRead.readAll(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new RosterException(file, "import.notFound", e);
        } catch (BoundedRead.TooLargeException e) {
            throw new RosterException(file, "import.tooLarge", e, TextEncoding.size(MAX_BYTES), SheetRows.MAX_ROWS);
        } catch (IOException e) {
            throw new RosterException(file, "import.unreadable", e, IoMessages.reason(e));
        }
        String problem = TextEncoding.utf8Problem(b);
        if ("@utf16".equals(problem) || "@utf32".equals(problem)) {
            throw new RosterException(file, "import.utf16", null);
        }
        String text = decode(file, b);
        return parse(file, text);
    }

    /** The text of the file: UTF-8 (BOM removed) or GBK, decided per line; mixed files refused. */
    static String decode(Path file, byte[] b) throws RosterException {
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        int firstUtf8 = 0;
        int firstGbk = 0;
        int utf8Lines = 0;
        int gbkLines = 0;
        int line = 1;
        for (int i = start; i < b.length; ) {
            int end = i;
            while (end < b.length && b[end] != '\n') {
                end++;
            }
            boolean ascii = true;
            for (int k = i; k < end; k++) {
                if (b[k] < 0) {
                    ascii = false;
                    break;
                }
            }
            if (!ascii) {
                if (valid(StandardCharsets.UTF_8, b, i, end)) {
                    utf8Lines++;
                    firstUtf8 = firstUtf8 == 0 ? line : firstUtf8;
                } else if (valid(GBK, b, i, end)) {
                    gbkLines++;
                    firstGbk = firstGbk == 0 ? line : firstGbk;
                } else {
                    throw new RosterException(file, "import.badEncoding", null, line);
                }
            }
            i = end + 1;
            line++;
        }
        if (utf8Lines > 0 && gbkLines > 0) {
            boolean gbkFewer = gbkLines <= utf8Lines;
            throw new RosterException(file, "import.mixedEncoding", null, gbkFewer ? firstGbk : firstUtf8,
                    gbkFewer ? "GBK" : "UTF-8", gbkFewer ? "UTF-8" : "GBK");
        }
        Charset cs = gbkLines > 0 && start == 0 ? GBK : StandardCharsets.UTF_8;
        return new String(b, start, b.length - start, cs);
    }

    private static boolean valid(Charset cs, byte[] b, int from, int to) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static SheetRows parse(Path file, String text) throws RosterException {
        SheetRows out = new SheetRows();
        int firstNl = text.indexOf('\n');
        String first = firstNl < 0 ? text : text.substring(0, firstNl);
        char sep = first.indexOf(',') < 0 && first.indexOf('\t') >= 0 ? '\t' : first.indexOf(',') < 0 && first.indexOf('，') >= 0 ? '，' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        append(cell, '"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    if (i == n) {
                        quoted = false; // an unclosed quote at the end: the cell ends with the file
                    } else {
                        append(cell, c);
                    }
                }
                continue;
            }
            if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == sep) {
                addCell(file, cells, cell, rowStart);
            } else if (c == '\n') {
                addCell(file, cells, cell, rowStart);
                if (!(i == n && cells.size() == 1 && cells.get(0).isEmpty())) {
                    if (out.rows().size() >= SheetRows.MAX_ROWS + 1) {
                        throw new RosterException(file, "import.tooManyRows", null, SheetRows.MAX_ROWS);
                    }
                    out.add(rowStart, cells);
                }
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else if (c != '\r') {
                append(cell, c);
            }
        }
        return out;
    }

    private static void append(StringBuilder cell, char c) {
        if (cell.length() < SheetRows.MAX_CELL_CHARS) {
            cell.append(c);
        }
    }

    private static void addCell(Path file, List<String> cells, StringBuilder cell, int row) throws RosterException {
        if (cells.size() >= SheetRows.MAX_COLUMNS) {
            throw new RosterException(file, "import.tooManyColumns", null, row, SheetRows.MAX_COLUMNS);
        }
        cells.add(cell.toString());
        cell.setLength(0);
    }
}
