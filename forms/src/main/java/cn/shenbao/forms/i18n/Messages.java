package cn.shenbao.forms.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of the {@code forms} module (findings, file errors, value errors). Chinese is the
 * default bundle; English is {@code messages_en}. The machine's default locale is never used as a
 * fallback, so a Chinese user on an English system still gets Chinese when asking for zh.
 */
public final class Messages {
    public static final String BUNDLE = "cn.shenbao.forms.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** The bundle for a locale (zh and anything unknown give Chinese). */
    public static ResourceBundle bundle(Locale locale) {
        return bundle(BUNDLE, locale);
    }

    /** Any bundle of the program, without falling back to the machine's locale. */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale == null ? Locale.SIMPLIFIED_CHINESE : locale, NO_FALLBACK);
    }

    /** The message for a key, with {0}, {1}… filled in ({@link MessageFormat} syntax). */
    public static String get(Locale locale, String key, Object... args) {
        return format(bundle(locale), key, args);
    }

    /** Formats a key of a bundle; a missing key shows as the key itself so it is noticed. */
    public static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate d) {
                shown[i] = date(bundle.getLocale(), d);
            }
        }
        MessageFormat mf = new MessageFormat(pattern, bundle.getLocale());
        return mf.format(shown);
    }

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /**
     * A date as the user reads it: 2025年6月30日 in Chinese (as the date fields show it), 30 June 2025 in
     * English. Message arguments that are {@link LocalDate}s are written this way.
     */
    public static String date(Locale locale, LocalDate d) {
        boolean en = locale != null && locale.getLanguage().equals("en");
        return (en ? EN_DATE : ZH_DATE).format(d);
    }

    /** Parses a language option: "en" gives English, everything else Chinese. */
    public static Locale locale(String lang) {
        if (lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
