package cn.shenbao.forms.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks that bytes are strict UTF-8 (what the draft format prescribes): no UTF-16/32, no overlong forms
 * ({@code C1 BF}), nothing beyond U+10FFFF ({@code F4 90 80 80}), no encoded surrogates. A UTF-8 byte order
 * mark at the start is tolerated. Problems come back as language-neutral details for
 * {@code DraftFileException}: {@code @utf16}, {@code @utf32}, or the position {@code @line:column}.
 */
public final class TextEncoding {
    private TextEncoding() {
    }

    /** What is wrong with the encoding of {@code bytes}, or null when they are strict UTF-8. */
    public static String utf8Problem(byte[] b) {
        if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0)) {
            return "@utf32";
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "@utf16";
        }
        // without a byte order mark: JSON starts with an ASCII character, so zero bytes among the first four
        // give the encoding away (RFC 4627, section 3)
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 || b.length >= 4 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return "@utf32";
        }
        if (b.length >= 2 && (b[0] == 0 || b[1] == 0)) {
            return "@utf16";
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                return position(b, in.position());
            }
            if (r.isUnderflow()) {
                break;
            }
            out.clear();
        }
        out.clear();
        CoderResult r = dec.flush(out);
        return r.isError() ? position(b, in.position()) : null;
    }

    /** The line and column (in characters) of byte offset {@code at}, as {@code @line:column}. */
    static String position(byte[] b, int at) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < at && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
                col = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return "@" + line + ":" + col;
    }

    /**
     * Where objects and arrays are nested deeper than {@code maxDepth} (outside strings), as {@code @line:column};
     * {@code @damaged} when there is no such place.
     */
    public static String deepPosition(byte[] b, int maxDepth) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > maxDepth) {
                    return position(b, i);
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return "@damaged";
    }

    /** A size for a person: {@code 40.5 MiB}, {@code 900 KiB}, {@code 12 B}. */
    public static String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0).replace(".0 ", " ");
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KiB";
        }
        return bytes + " B";
    }
}
