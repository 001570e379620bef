package cn.shenbao.forms.i18n;

import java.text.MessageFormat;
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
        MessageFormat mf = new MessageFormat(pattern, bundle.getLocale());
        return mf.format(args);
    }

    /** Parses a language option: "en" gives English, everything else Chinese. */
    public static Locale locale(String lang) {
        if (lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
