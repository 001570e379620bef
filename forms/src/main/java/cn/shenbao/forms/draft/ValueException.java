package cn.shenbao.forms.draft;

import cn.shenbao.forms.i18n.Messages;
import java.util.Locale;

/** Input text that cannot be a value of its field; carries a message key and its arguments. */
public final class ValueException extends Exception {
    private final String key;
    private final transient Object[] args;

    public ValueException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public String message(Locale locale) {
        return Messages.get(locale, key, args);
    }
}
