package cn.shenbao.forms.roster;

import cn.shenbao.forms.draft.ValueException;
import cn.shenbao.forms.draft.Values;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of an imported row as staff type them, turned into the roster's form. Dates go first through the
 * drafts' own parser ({@link Values#parseDate}: 2024-05-20, 2024/5/20, 2024.5.20, 2024年5月20日); on top of it
 * {@code 20240520}, Excel serial numbers ({@code 45432}) and a year with a month ({@code 1980.05},
 * {@code 1980年5月}, kept as {@code 1980-05}). Each failure is a {@link Problem} with a key of the roster bundle.
 */
public final class RosterValues {
    private RosterValues() {
    }

    /** Why a value was refused: a key of the roster bundle ({@code roster.problem.*}) and arguments. */
    public static final class Problem extends Exception {
        private final String key;
        private final Object[] args;

        public Problem(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args.clone();
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }

        public String message(Locale locale) {
            return RosterException.text(locale, "roster.problem." + key, args);
        }
    }

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern YYYYMMDD = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");

    /** A mobile number: spaces, dashes, “+86” dropped; 11 digits starting with 1. Empty stays empty. */
    public static String mobile(String raw) throws Problem {
        String s = Values.halfWidth(raw.strip());
        if (s.isEmpty()) {
            return "";
        }
        if (SCIENTIFIC.matcher(s).matches()) {
            throw new Problem("mobileScientific", raw.strip());
        }
        s = s.replaceAll("[\\s\\-()（）]", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        } else if (s.length() == 13 && s.startsWith("86")) {
            s = s.substring(2);
        }
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        if (!MOBILE.matcher(s).matches()) {
            throw new Problem("mobile", raw.strip());
        }
        return s;
    }

    public static String email(String raw) throws Problem {
        String s = Values.halfWidth(raw.strip());
        if (s.isEmpty()) {
            return "";
        }
        if (!EMAIL.matcher(s).matches()) {
            throw new Problem("email", raw.strip());
        }
        return s;
    }

    /** A birth date: {@code yyyy-MM-dd}, or {@code yyyy-MM} when only the month is known. */
    public static String birthDate(String raw, LocalDate today) throws Problem {
        String s = Values.halfWidth(raw.strip());
        if (s.isEmpty()) {
            return "";
        }
        LocalDate d = null;
        try {
            d = Values.parseDate(s);
        } catch (ValueException e) {
            Matcher m = YYYYMMDD.matcher(s);
            Matcher ym = YEAR_MONTH.matcher(s);
            try {
                if (m.matches()) {
                    d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } else if (SERIAL.matcher(s).matches()) {
                    // an Excel date written as its number (a cell without a date format): 1 = 1900-01-01
                    long serial = new BigDecimal(s).longValue();
                    d = LocalDate.of(1899, 12, 30).plusDays(serial);
                } else if (ym.matches()) {
                    int year = Integer.parseInt(ym.group(1));
                    int month = Integer.parseInt(ym.group(2));
                    LocalDate first = LocalDate.of(year, month, 1);
                    plausible(raw, first, today);
                    return String.format(Locale.ROOT, "%04d-%02d", year, month);
                }
            } catch (DateTimeException | NumberFormatException x) {
                throw new Problem("date", raw.strip());
            }
        }
        if (d == null) {
            throw new Problem("date", raw.strip());
        }
        plausible(raw, d, today);
        return d.toString();
    }

    private static void plausible(String raw, LocalDate d, LocalDate today) throws Problem {
        if (d.getYear() < 1900 || d.isAfter(today)) {
            throw new Problem("dateImplausible", raw.strip());
        }
    }

    /** 是/否 as staff write it: 是 √ ✓ ✔ Y yes 1 true 有 入选, or 否 × N no 0 false 无 and empty. */
    public static boolean flag(String raw) throws Problem {
        String s = Values.halfWidth(raw.strip()).toLowerCase(Locale.ROOT);
        return switch (s) {
            case "是", "√", "✓", "✔", "☑", "y", "yes", "1", "true", "有", "入选", "已入选", "能", "可以" -> true;
            case "", "否", "×", "✗", "n", "no", "0", "false", "无", "不", "不能", "-", "—", "/" -> false;
            default -> throw new Problem("flag", raw.strip());
        };
    }

    /** A text cell: line breaks and runs of spaces become one space. */
    public static String text(String raw) {
        return raw.replaceAll("[\\s\\u3000]+", " ").strip();
    }

    /** A birth date as the draft's DATE column takes it: {@code 1980-05} becomes {@code 1980-05-01}. */
    public static String draftDate(String birthDate) {
        return birthDate.length() == 7 ? birthDate + "-01" : birthDate;
    }
}
