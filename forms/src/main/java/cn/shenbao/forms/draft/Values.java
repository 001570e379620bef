package cn.shenbao.forms.draft;

import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.text.CharPolicy;
import cn.shenbao.forms.text.Shown;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of typed input into canonical text, and format checks of stored text, for every
 * {@link FieldType}. The same code serves the command line ({@code set}), the editors and the rule
 * engine, so a value is judged the same way everywhere.
 *
 * <p>Canonical forms: dates {@code yyyy-MM-dd}; money a plain decimal with at most two decimals;
 * integers and percentages plain numbers; booleans and attachments {@code true}/{@code false}; a
 * multiple choice a list of option texts (input: options separated by {@code |}).
 */
public final class Values {
    private static final Pattern MONEY = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,12}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}(\\.\\d+)?");
    private static final Pattern MOBILE = Pattern.compile("(\\+?86[- ]?)?1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile(
            "(\\(0\\d{2,3}\\)|（0\\d{2,3}）|0\\d{2,3}[- ]?)?[1-9]\\d{6,7}([-转]\\d{1,6})?|[48]00[- ]?\\d{3}[- ]?\\d{4}");
    /** Longest e-mail address (RFC 5321: 254 characters); longer text is not checked by pattern at all. */
    static final int MAX_EMAIL = 254;
    /** Longest text read as a date or a number; longer text is not one (and is never given to a pattern). */
    static final int MAX_SHORT = 64;
    private static final Pattern POSTCODE = Pattern.compile("\\d{6}");
    private static final Pattern DATE_LOOSE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Values() {}

    /**
     * Turns typed text into the canonical text of a leaf field. Full-width digits and letters are
     * folded to half-width for numeric and code types; surrounding white space is removed.
     *
     * @throws ValueException with a message key when the text cannot be a value of the field
     */
    public static String parse(FieldDef field, String input) throws ValueException {
        input = typed(field, input);
        String s = input == null ? "" : input.strip();
        if (s.isEmpty()) {
            return "";
        }
        switch (field.type()) {
            case TEXT:
                return s;
            case LONG_TEXT:
                // leading white space may be a paragraph indent (two full-width spaces): keep it
                return input.replace("\r\n", "\n").stripTrailing();
            case DATE:
                return parseDate(s).toString();
            case MONEY: {
                String t = halfWidth(s).replace(",", "").replace("万元", "").strip();
                if (t.startsWith("-")) {
                    throw new ValueException("value.money.negative", field.label());
                }
                if (!NUMBER.matcher(t).matches()) {
                    throw new ValueException("value.money.format", field.label(), Shown.user(s));
                }
                if (!MONEY.matcher(t).matches()) {
                    throw new ValueException("value.money.decimals", field.label(), Shown.user(s));
                }
                return new BigDecimal(t).toPlainString();
            }
            case INTEGER: {
                String t = halfWidth(s);
                if (!INTEGER.matcher(t).matches()) {
                    throw new ValueException("value.integer.format", field.label(), Shown.user(s));
                }
                return Long.toString(Long.parseLong(t));
            }
            case PERCENT: {
                String t = halfWidth(s).replace("%", "").strip();
                if (!NUMBER.matcher(t).matches()) {
                    throw new ValueException("value.percent.format", field.label(), Shown.user(s));
                }
                BigDecimal d = new BigDecimal(t);
                if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new ValueException("value.percent.range", field.label(), Shown.user(s));
                }
                return d.toPlainString();
            }
            case PHONE, MOBILE, EMAIL, POSTCODE, USCC: {
                String t = halfWidth(s);
                if (field.type() == FieldType.USCC) {
                    t = t.toUpperCase(java.util.Locale.ROOT);
                }
                String problem = formatProblem(field, t);
                if (problem != null) {
                    throw new ValueException(problem, field.label(), Shown.user(s));
                }
                return t;
            }
            case SINGLE_CHOICE: {
                if (!field.options().contains(s)) {
                    throw new ValueException("value.choice.unknown", field.label(), Shown.user(s), String.join("、", field.options()));
                }
                return s;
            }
            case MULTI_CHOICE: {
                List<String> chosen = parseChoices(field, s);
                return String.join("|", chosen);
            }
            case BOOLEAN, ATTACHMENT:
                return Boolean.toString(parseBoolean(field, s));
            default:
                throw new ValueException("value.notSettable", field.label());
        }
    }

    /** The options of a multiple-choice input {@code a|b}, checked against the field's options. */
    public static List<String> parseChoices(FieldDef field, String input) throws ValueException {
        input = typed(field, input);
        List<String> out = new ArrayList<>();
        for (String part : input.split("\\|")) {
            String o = part.strip();
            if (o.isEmpty()) {
                continue;
            }
            if (!field.options().contains(o)) {
                throw new ValueException("value.choice.unknown", field.label(), Shown.user(o), String.join("、", field.options()));
            }
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * Typed text after the character policy ({@link CharPolicy}): line breaks normalised, zero-width characters
     * removed; a control or bidi control character is refused, naming the field, the character and its place.
     */
    public static String typed(FieldDef field, String input) throws ValueException {
        if (input == null) {
            return null;
        }
        String s = CharPolicy.normaliseTyped(input);
        CharPolicy.Hit hit = CharPolicy.firstHit(s, true);
        if (hit != null) {
            throw new ValueException(hit.kind() == CharPolicy.Kind.BIDI ? "value.char.bidi" : "value.char.control",
                    field.label() == null ? field.id() : field.label(), hit.code(), hit.position());
        }
        return s;
    }

    private static boolean parseBoolean(FieldDef field, String s) throws ValueException {
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "有", "☑", "已附":
                return true;
            case "false", "no", "n", "0", "否", "无", "□", "未附":
                return false;
            default:
                throw new ValueException("value.boolean.format", field.label(), Shown.user(s));
        }
    }

    /** Parses a date written as 2024-05-20, 2024/5/20, 2024.5.20 or 2024年5月20日. */
    public static LocalDate parseDate(String s) throws ValueException {
        if (s.length() > MAX_SHORT && s.strip().length() > MAX_SHORT) {
            throw new ValueException("value.date.format", Shown.user(s));
        }
        Matcher m = DATE_LOOSE.matcher(halfWidth(s.strip()));
        if (!m.matches()) {
            throw new ValueException("value.date.format", Shown.user(s));
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new ValueException("value.date.invalid", Shown.user(s));
        }
    }

    /** A stored date, or null when empty or not a date. */
    public static LocalDate dateOrNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return parseDate(s);
        } catch (ValueException e) {
            return null;
        }
    }

    /** A stored amount or number, or null when empty or not a number. */
    public static BigDecimal numberOrNull(String s) {
        if (s == null || s.isBlank() || s.length() > MAX_SHORT && s.strip().length() > MAX_SHORT) {
            return null;
        }
        String t = halfWidth(s.strip()).replace(",", "").replace("%", "").replace("万元", "").strip();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        return new BigDecimal(t);
    }

    /**
     * The message key of what is wrong with stored text of a leaf field, or null when it is a valid
     * value (empty text is valid here: whether it is required is a separate check).
     */
    public static String formatProblem(FieldDef field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String t = value.strip();
        switch (field.type()) {
            case DATE:
                try {
                    LocalDate d = parseDate(t);
                    return d.toString().equals(t) ? null : "value.date.format";
                } catch (ValueException e) {
                    return e.key();
                }
            case MONEY:
                if (t.startsWith("-")) {
                    return "value.money.negative";
                }
                if (!NUMBER.matcher(t).matches()) {
                    return "value.money.format";
                }
                return MONEY.matcher(t).matches() ? null : "value.money.decimals";
            case INTEGER:
                return INTEGER.matcher(t).matches() ? null : "value.integer.format";
            case PERCENT: {
                BigDecimal d = numberOrNull(t);
                if (d == null) {
                    return "value.percent.format";
                }
                return d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0 ? "value.percent.range" : null;
            }
            case MOBILE:
                return MOBILE.matcher(t).matches() ? null : "value.mobile.format";
            case PHONE:
                return MOBILE.matcher(t).matches() || LANDLINE.matcher(t).matches() ? null : "value.phone.format";
            case EMAIL:
                return isEmail(t) ? null : "value.email.format";
            case POSTCODE:
                return POSTCODE.matcher(t).matches() ? null : "value.postcode.format";
            case USCC:
                return usccProblem(t);
            case SINGLE_CHOICE:
                return field.options().contains(t) ? null : "value.choice.unknown";
            case BOOLEAN, ATTACHMENT:
                return t.equals("true") || t.equals("false") ? null : "value.boolean.format";
            default:
                return null;
        }
    }

    /**
     * Whether text is an e-mail address {@code local@label.label…tld}: local part of {@code A-Za-z0-9._%+-},
     * labels of {@code A-Za-z0-9-}, a top-level label of at least two letters. Checked by a linear scan, not a
     * regular expression with nested repetition (which overflowed the stack on {@code a@a.a.a…} of 6 KB).
     */
    static boolean isEmail(String t) {
        if (t.length() > MAX_EMAIL) {
            return false;
        }
        int at = t.indexOf('@');
        if (at <= 0 || at != t.lastIndexOf('@')) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            if (!(isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-')) {
                return false;
            }
        }
        int labels = 0;
        int start = at + 1;
        String last = null;
        while (true) {
            int dot = t.indexOf('.', start);
            String label = dot < 0 ? t.substring(start) : t.substring(start, dot);
            if (label.isEmpty()) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(isAsciiAlnum(c) || c == '-')) {
                    return false;
                }
            }
            labels++;
            last = label;
            if (dot < 0) {
                break;
            }
            start = dot + 1;
        }
        if (labels < 2 || last.length() < 2) {
            return false;
        }
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** What is wrong with a 统一社会信用代码, or null when it is valid under GB 32100-2015. */
    public static String usccProblem(String code) {
        if (code.length() != 18) {
            return "value.uscc.length";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_CHARS.indexOf(code.charAt(i));
            if (v < 0) {
                return "value.uscc.chars";
            }
            sum += v * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        if (USCC_CHARS.indexOf(code.charAt(17)) < 0) {
            return "value.uscc.chars";
        }
        return code.charAt(17) == USCC_CHARS.charAt(check) ? null : "value.uscc.check";
    }

    /** The check character that completes the first 17 characters of a 统一社会信用代码. */
    public static char usccCheckChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_CHARS.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += v * USCC_WEIGHTS[i];
        }
        return USCC_CHARS.charAt((31 - sum % 31) % 31);
    }

    /** Folds full-width ASCII (０-９, Ａ-Ｚ, ．, －, ＠ …) to half-width. */
    public static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
