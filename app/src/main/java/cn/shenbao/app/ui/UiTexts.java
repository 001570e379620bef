package cn.shenbao.app.ui;

import cn.shenbao.forms.i18n.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The strings of the client, from the bundle {@code cn.shenbao.app.ui.messages} (Chinese default,
 * {@code _en} English), never falling back to the machine's locale. Every look-up goes through
 * {@link #msg}, which the bundle test uses to find missing and unused keys.
 */
public final class UiTexts {
    public static final String BUNDLE = "cn.shenbao.app.ui.messages";
    private final Locale locale;
    private final ResourceBundle bundle;

    public UiTexts(Locale locale) {
        this.locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        this.bundle = Messages.bundle(BUNDLE, this.locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key with {0}, {1}… filled in. */
    public String msg(String key, Object... args) {
        return Messages.format(bundle, key, args);
    }
}
