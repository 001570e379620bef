package cn.shenbao.forms.template;

import cn.shenbao.forms.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * A form definition the program refuses to load: it names the file and, for each problem, the place in
 * the file (for example {@code rules[3]（columnSum）.equals[0]}) and what is wrong. The message is Chinese;
 * {@link #message(Locale)} gives it in another language.
 */
public final class DefinitionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** One problem: where in the file, a message key of the forms bundle and its arguments. */
    public record Problem(String place, String key, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }

        public String message(Locale locale) {
            return place + "：" + Messages.get(locale, key, args.toArray());
        }
    }

    private final String file;
    private final transient List<Problem> problems;

    public DefinitionException(String file, List<Problem> problems) {
        super(render(file, problems, Locale.SIMPLIFIED_CHINESE));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The definition file (resource name or path). */
    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The message in a language. */
    public String message(Locale locale) {
        return render(file, problems, locale);
    }

    private static String render(String file, List<Problem> problems, Locale locale) {
        StringBuilder sb = new StringBuilder(Messages.get(locale, "definition.refused", file, problems.size()));
        for (Problem p : problems) {
            sb.append("\n  ").append(p.message(locale));
        }
        return sb.toString();
    }
}
