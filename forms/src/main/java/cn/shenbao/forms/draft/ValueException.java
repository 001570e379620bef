package cn.shenbao.forms.draft;

import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.text.Shown;
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

    /** The message; values from the input are shown escaped and shortened ({@link Shown}). */
    public String message(Locale locale) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = Shown.arg(locale, args[i]);
        }
        return Messages.get(locale, key, shown);
    }
}
