package cn.shenbao.forms.print;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing texts of the print package, Chinese by default, English on request. */
public final class PrintMessages {
    private static final String BUNDLE = "cn.shenbao.forms.print.messages";

    private PrintMessages() {
    }

    /** The bundle for {@code locale}; never falls back to the machine's default locale. */
    public static ResourceBundle bundle(Locale locale) {
        Locale l = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        return ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message {@code key} formatted with {@code args} ({@link MessageFormat} syntax). */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = bundle(locale).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale == null ? Locale.SIMPLIFIED_CHINESE : locale).format(args);
    }
}
