package cn.shenbao.forms.text;

import cn.shenbao.forms.i18n.Messages;
import java.util.Locale;

/**
 * How a value or key from a file is shown in a message (the command line's output, the client's 检查结果):
 * control characters, bidi overrides and invisible characters are written as visible {@code \u001B}
 * escapes, so a draft cannot retitle or clear a terminal or reorder a line; a long value is cut to
 * {@value #MAX_SHOWN} characters with {@code …（共 N 字）}.
 */
public final class Shown {
    /** Characters of a value shown in a message. */
    public static final int MAX_SHOWN = 80;
    /** Any message argument longer than this is cut as well (texts of the definition are shorter). */
    public static final int MAX_ANY = 400;

    private Shown() {
    }

    /** A value entered by a person or read from a file, as a message argument: escaped and shortened when shown. */
    public record UserText(String text) {
        @Override
        public String toString() {
            return value(Locale.SIMPLIFIED_CHINESE, text);
        }
    }

    /** Wraps a value for a message argument. */
    public static UserText user(String text) {
        return new UserText(text == null ? "" : text);
    }

    /** Whether a character is written as an escape in messages. */
    public static boolean isHidden(int c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F || CharPolicy.isInvisible(c);
    }

    /** Control, bidi and invisible characters as {@code \\uXXXX}; tabs and line breaks are kept. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            boolean lone = Character.isSurrogate(s.charAt(i)) && n == 1;
            if (isHidden(c) || lone) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else if (sb != null) {
                sb.appendCodePoint(c);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    /** A value for a message: escaped, and cut to {@value #MAX_SHOWN} characters with {@code …（共 N 字）}. */
    public static String value(Locale locale, String s) {
        return shorten(locale, s, MAX_SHOWN);
    }

    /** Escaped and cut to {@code max} characters (code points) when longer. */
    public static String shorten(Locale locale, String s, int max) {
        if (s == null) {
            return "";
        }
        int total = s.codePointCount(0, s.length());
        if (total <= max) {
            return escape(s);
        }
        String head = s.substring(0, s.offsetByCodePoints(0, max));
        return escape(head) + Messages.get(locale, "shown.more", total);
    }

    /** An argument of a message: a {@link UserText} is shortened; any text is escaped (and cut past {@value #MAX_ANY}). */
    public static Object arg(Locale locale, Object a) {
        if (a instanceof UserText u) {
            return value(locale, u.text());
        }
        if (a instanceof CharSequence cs) {
            return shorten(locale, cs.toString(), MAX_ANY);
        }
        return a;
    }
}
