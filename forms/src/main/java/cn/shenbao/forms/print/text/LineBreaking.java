package cn.shenbao.forms.print.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line of Chinese text may break (行首行尾禁则, after GB/T 15834-2011, the W3C "Requirements for Chinese
 * Text Layout" and JIS X 4051): the rules the PDF applies, as Word and LibreOffice do for the DOCX, and the sets a
 * checker of printed lines tests against. Font- and renderer-free: the PDF back end asks {@link #mayBreak} for each
 * pair of neighbouring characters.
 *
 * <ul>
 *   <li>no line starts with a character of {@link #NO_START} (closing punctuation, pause and stop marks, ％ …);</li>
 *   <li>no line ends with a character of {@link #NO_END} (opening brackets and quotes, currency signs);</li>
 *   <li>—— and …… are not split; a Latin word or a number is not split;</li>
 *   <li>an e-mail address or URL ({@link #tokens}) is one word when it fits on a line; when it does not, it breaks
 *       after @ . / (and only if a piece is still too long, after - and _), never with a hyphen added.</li>
 * </ul>
 */
public final class LineBreaking {
    private LineBreaking() {
    }

    /** Characters that never start a line. */
    public static final String NO_START =
            // Chinese pause and stop marks, full width and ASCII
            "，。、；：？！．,.;:?!"
            // closing quotes and brackets
            + "”’」』）》〉】〕〗〙〛］｝)]}»›"
            // interpuncts, connecting and iteration marks, small kana, ％ and units after a number
            + "·・‧〃々ー‐゠–〜～％%‰‱℃℉°′″"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
            // half-width and vertical forms
            + "｡､｣︰︱︳︴︶︸︺︼︾﹀﹂﹄﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞";

    /** Characters that never end a line. */
    public static final String NO_END = "“‘「『（《〈【〔〖〘〚［｛([{«‹｢︵︷︹︻︽︿﹁﹃﹙﹛﹝￥¥＄$£￡";

    /** How breaks inside an e-mail address or URL are treated. */
    public enum Token {
        /** ordinary text */
        NONE,
        /** inside an address that fits on a line: no break */
        WHOLE,
        /** inside an address longer than a line: after @ . / only */
        AT_DOTS,
        /** inside an address with a piece between @ . / longer than a line: also after - and _ */
        AT_DOTS_HYPHENS
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:https?://|ftp://|www\\.)[A-Za-z0-9._~:/?#\\[\\]@!$&'*+,;=%-]+[A-Za-z0-9/#=_~-]"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    /** A found e-mail address or URL: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {
    }

    /** The e-mail addresses and URLs in {@code text}, in order. */
    public static List<Span> tokens(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    /** Where a token of this text may break, given whether it and its pieces fit on a line. */
    public static Token tokenMode(String token, java.util.function.Predicate<String> fits) {
        if (fits.test(token)) {
            return Token.WHOLE;
        }
        for (String piece : token.split("(?<=[@./])")) {
            if (!fits.test(piece)) {
                return Token.AT_DOTS_HYPHENS;
            }
        }
        return Token.AT_DOTS;
    }

    public static boolean isNoStart(int cp) {
        return NO_START.indexOf(cp) >= 0;
    }

    public static boolean isNoEnd(int cp) {
        return NO_END.indexOf(cp) >= 0;
    }

    /**
     * Whether a line may break between {@code before} and {@code after} (code points; {@code after} -1 at the end
     * of the paragraph).
     */
    public static boolean mayBreak(int before, int after, Token token) {
        if (before == '\n' || after < 0) {
            return true;
        }
        if (token != Token.NONE) {
            return switch (token) {
                case AT_DOTS -> before == '@' || before == '.' || before == '/';
                case AT_DOTS_HYPHENS -> before == '@' || before == '.' || before == '/' || before == '-'
                        || before == '_';
                default -> false;
            };
        }
        if (isNoStart(after) || isNoEnd(before)) {
            return false;
        }
        if (before == after && (before == '—' || before == '…' || before == '‥' || before == '─')) {
            return false;
        }
        if (isSpace(before)) {
            return true;
        }
        if (isSpace(after)) {
            return false;
        }
        if (before == '-') {
            return !Character.isDigit(after);
        }
        return isCjk(before) || isCjk(after);
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == 0x3000 || (cp >= 0x2002 && cp <= 0x200B);
    }

    /** Ideographs, kana, hangul, CJK punctuation and full-width forms: a line may break beside them. */
    static boolean isCjk(int cp) {
        return (cp >= 0x2E80 && cp < 0xD7A0) || (cp >= 0xF900 && cp < 0xFB00) || (cp >= 0xFE10 && cp < 0xFE70)
                || (cp >= 0xFF00 && cp < 0xFFF0) || (cp >= 0x20000 && cp < 0x3FFFF)
                || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '—' || cp == '…' || cp == '·';
    }
}
