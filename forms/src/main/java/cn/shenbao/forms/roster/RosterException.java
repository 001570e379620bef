package cn.shenbao.forms.roster;

import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.io.IoMessages;
import cn.shenbao.forms.text.Shown;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A roster or an import file that cannot be read or written: the file, a message key of the roster bundle
 * ({@code cn/shenbao/forms/roster/messages*.properties}) and its arguments. The message names the file and says
 * what to do. Nothing is changed by a failure.
 */
public final class RosterException extends Exception {
    /** The bundle of the roster's texts. */
    public static final String BUNDLE = "cn.shenbao.forms.roster.messages";

    private final Path file;
    private final String key;
    private final Object[] args;

    public RosterException(Path file, String key, Throwable cause, Object... args) {
        super(file + ": " + key, cause);
        this.file = file;
        this.key = key;
        this.args = args.clone();
    }

    public Path file() {
        return file;
    }

    /** The message key (without the {@code roster.error.} prefix). */
    public String key() {
        return key;
    }

    /** For a person: “专家库文件 X ……” in the reader's language. */
    public String message(Locale locale) {
        Object[] a = new Object[args.length + 1];
        a[0] = Shown.escape(String.valueOf(file));
        for (int i = 0; i < args.length; i++) {
            Object x = args[i];
            a[i + 1] = x instanceof String s && s.startsWith(IoMessages.MARK) ? IoMessages.localise(locale, s) : x;
        }
        return text(locale, "roster.error." + key, a);
    }

    /** A text of the roster bundle. */
    public static String text(Locale locale, String key, Object... args) {
        return Messages.format(Messages.bundle(BUNDLE, locale), key, args);
    }
}
