package cn.shenbao.forms.text;

/**
 * What the program does with characters that cannot be printed, by class — the same in {@code set}, the
 * client's editors (both parse through {@code Values}/{@code Assign}), {@code validate} and the exports
 * (docs/draft-format.md, "Characters"):
 *
 * <table>
 *   <caption>character classes</caption>
 *   <tr><th>class</th><th>typed ({@code set}, editors)</th><th>in a file ({@code validate})</th><th>export</th></tr>
 *   <tr><td>TAB, LF</td><td>kept</td><td>—</td><td>printed</td></tr>
 *   <tr><td>CRLF</td><td>becomes LF</td><td>a line break</td><td>a line break</td></tr>
 *   <tr><td>CR alone</td><td>becomes LF</td><td>error</td><td>left out</td></tr>
 *   <tr><td>other C0 controls incl. NUL, ESC, BEL, VT, FF; DEL; C1 controls</td><td>refused</td><td>error</td><td>left out</td></tr>
 *   <tr><td>bidi controls (U+061C, U+200E/F, U+202A–202E, U+2066–2069)</td><td>refused</td><td>error</td><td>left out</td></tr>
 *   <tr><td>zero-width and BOM (U+200B–200D, U+2060, U+FEFF), unpaired surrogates</td><td>removed</td><td>warning</td><td>left out</td></tr>
 * </table>
 * An export never fails on these characters: it prints the text without them, and the error findings mark
 * the document 草稿 until the text is corrected.
 */
public final class CharPolicy {
    /** The classes of characters that are not printed. */
    public enum Kind {
        /** Refused when typed; an error in a file. */
        CONTROL,
        /** Refused when typed; an error in a file. */
        BIDI,
        /** Removed when typed; a warning in a file. */
        INVISIBLE
    }

    private CharPolicy() {
    }

    /** Bidi controls: they reorder what is printed around them. */
    public static boolean isBidi(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** Zero-width characters and the byte order mark. */
    public static boolean isZeroWidth(int c) {
        return c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF;
    }

    /** Bidi controls and zero-width characters: nothing to see, but they change a text. */
    public static boolean isInvisible(int c) {
        return isBidi(c) || isZeroWidth(c);
    }

    /** C0 controls except TAB and LF, DEL, C1 controls. */
    public static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F;
    }

    /** A CR that starts a CRLF line break (as written on Windows): a line break, not a control. */
    private static boolean isCrLf(String s, int i) {
        return s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
    }

    /** The class of a character, or null for a printable one. */
    public static Kind kindOf(int c) {
        if (isControl(c)) {
            return Kind.CONTROL;
        }
        if (isBidi(c)) {
            return Kind.BIDI;
        }
        if (isZeroWidth(c) || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            return Kind.INVISIBLE;
        }
        return null;
    }

    /** The first character of {@code s} that is not printed, with its index, or null when there is none. */
    public static Hit firstHit(String s) {
        return firstHit(s, false);
    }

    /** Like {@link #firstHit(String)}; with {@code severeOnly} only controls and bidi controls count. */
    public static Hit firstHit(String s, boolean severeOnly) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            Kind k = isCrLf(s, i) ? null : kindOf(c);
            if (k != null && (!severeOnly || k != Kind.INVISIBLE)) {
                return new Hit(k, c, s.codePointCount(0, i) + 1);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** A character that is not printed: its class, its code point and its position (counted from 1). */
    public record Hit(Kind kind, int codePoint, int position) {
        /** {@code U+202E}. */
        public String code() {
            return String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
        }
    }

    /**
     * Typed text as it is stored: CRLF and lone CR become LF; zero-width characters, byte order marks and
     * unpaired surrogates are removed. Controls and bidi controls are left for
     * {@link #firstHit(String, boolean)} to refuse.
     */
    public static String normaliseTyped(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String t = s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = null;
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            int n = Character.charCount(c);
            boolean drop = kindOf(c) == Kind.INVISIBLE;
            if (drop && sb == null) {
                sb = new StringBuilder(t.length()).append(t, 0, i);
            } else if (!drop && sb != null) {
                sb.appendCodePoint(c);
            }
            i += n;
        }
        return sb == null ? t : sb.toString();
    }

    /** Text as it is printed: every character of the three classes left out (TAB and LF kept). */
    public static String printable(String s) {
        if (s == null || firstHit(s) == null) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isCrLf(s, i) || kindOf(c) == null) {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }
}
