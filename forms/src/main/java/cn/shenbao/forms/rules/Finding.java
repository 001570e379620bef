package cn.shenbao.forms.rules;

import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.template.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One result of a check: how serious, which field (a draft path such as {@code members[3].name}; ""
 * for the draft as a whole), which rule, and a message key with its arguments.
 *
 * @param severity ERROR blocks a final document; WARNING can be acknowledged
 * @param path     the field path the user must change
 * @param rule     the rule kind that found it (for example {@code maxChars}), for acknowledgements
 * @param key      the message key in {@code cn.shenbao.forms.i18n.messages}
 * @param args     message arguments; the first is usually the field's label
 * @param ruleName the rule's name in the definition ({@code kind} or {@code kind#id}, see
 *                 {@link cn.shenbao.forms.template.RuleDef#name()}), which tells apart two rules of one
 *                 kind on the same path; the kind when null
 */
public record Finding(Severity severity, String path, String rule, String key, List<Object> args, String ruleName) {
    public Finding {
        Objects.requireNonNull(severity);
        path = path == null ? "" : path;
        args = args == null ? List.of() : List.copyOf(args);
        ruleName = ruleName == null ? rule : ruleName;
    }

    public Finding(Severity severity, String path, String rule, String key, List<Object> args) {
        this(severity, path, rule, key, args, null);
    }

    public static Finding of(Severity severity, String path, String rule, String key, Object... args) {
        return new Finding(severity, path, rule, key, Arrays.asList(args), null);
    }

    /** The same finding, named after the definition's rule entry. */
    public Finding withRuleName(String name) {
        return new Finding(severity, path, rule, key, args, name);
    }

    /** The message for a person, in Chinese or English. */
    public String message(Locale locale) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            Object a = args.get(i);
            shown[i] = a instanceof Finding nested ? nested.message(locale) : cn.shenbao.forms.text.Shown.arg(locale, a);
        }
        return Messages.get(locale, key, shown);
    }

    /** The id used to acknowledge a warning: {@code ruleName|path}, e.g. {@code flagCount#tuoju|roster}. */
    public String id() {
        return ruleName + "|" + path;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
