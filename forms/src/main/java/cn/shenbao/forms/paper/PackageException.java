package cn.shenbao.forms.paper;

import cn.shenbao.forms.i18n.Messages;
import java.util.Locale;

/** A package that cannot be built: a message key of the forms bundle and its arguments, shown in the user's language. */
public final class PackageException extends Exception {
    private final String key;
    private final transient Object[] args;

    public PackageException(String key, Throwable cause, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return Messages.get(locale, key, args);
    }
}
