package cn.shenbao.app.cli;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFileException;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.text.Shown;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every sub-command: gives access to the language, the output streams, the templates and
 * draft files, and turns a {@link CliFailure} into its message on standard error and its exit code.
 *
 * <p>A new sub-command (for example {@code export}) extends this class, is annotated with
 * {@code @Command(name = "…")}, implements {@link #execute()}, and is listed in
 * {@link Cli#SUBCOMMANDS}. Its help texts go in {@code cn/shenbao/app/cli/messages*.properties}
 * under {@code shenbao.<name>.usage.description} and the options' {@code descriptionKey}s.
 */
public abstract class CliCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** The work of the command; returns the exit code. */
    protected abstract int execute() throws CliFailure;

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (CliFailure f) {
            err().println(f.getMessage());
            return f.exitCode();
        } finally {
            out().flush();
            err().flush();
        }
    }

    /**
     * The top command, with the shared settings: found up the chain of parents, so that a sub-command of a group
     * ({@code roster import}, {@code team set}) has it as well as a direct one.
     */
    protected Cli cli() {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            if (s.userObject() instanceof Cli c) {
                return c;
            }
        }
        throw new IllegalStateException("no Cli above " + spec.qualifiedName());
    }

    /** This command's model (for its usage text). */
    protected CommandSpec spec() {
        return spec;
    }

    protected Locale locale() {
        return cli().locale();
    }

    protected PrintWriter out() {
        return cli().out();
    }

    protected PrintWriter err() {
        return cli().err();
    }

    protected TemplateRegistry registry() {
        return cli().registry();
    }

    protected DraftFiles draftFiles() {
        return cli().draftFiles();
    }

    /** A message of the command line's bundle in the chosen language. */
    protected String msg(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            // file names and texts from the command line or a file: control characters shown, never sent raw
            shown[i] = a instanceof CharSequence || a instanceof Path ? Shown.escape(String.valueOf(a)) : a;
        }
        return Messages.format(cli().bundle(), key, shown);
    }

    /** The template with this id; a usage failure listing the known ids when there is none. */
    protected TemplateDef template(String id) throws CliFailure {
        return registry().find(id).orElseThrow(() -> new CliFailure(Cli.EXIT_USAGE,
                msg("error.template.unknown", id, String.join(", ", cli().templateIds()))));
    }

    /** Loads a draft; a failure with exit code 2 and the file's problem when it cannot be read. */
    protected Draft load(Path file) throws CliFailure {
        try {
            return draftFiles().load(file);
        } catch (DraftFileException e) {
            throw new CliFailure(Cli.EXIT_USAGE, e.message(locale()));
        }
    }

    /** Saves a draft atomically (with {@code .bak}); a failure with exit code 2 when it cannot be written. */
    protected void save(Draft draft, Path file) throws CliFailure {
        try {
            draftFiles().save(draft, file);
        } catch (DraftFileException e) {
            throw new CliFailure(Cli.EXIT_USAGE, e.message(locale()));
        }
    }

    /** Text for one tab-separated column: tabs and line breaks become spaces, control characters visible escapes. */
    protected static String cell(String s) {
        return s == null ? "" : Shown.escape(s.replaceAll("[\\t\\r\\n]+", " "));
    }
}
