package cn.shenbao.app.cli;

import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.draft.ProgramVersion;
import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line {@code shenbao <sub-command>}: {@code templates}, {@code fields}, {@code new},
 * {@code set}, {@code validate}. Output is UTF-8, tab-separated, without colours.
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_FINDINGS} a checked draft has errors;
 * {@value #EXIT_USAGE} bad usage, unknown template or path, a value that cannot be parsed, a file
 * that cannot be read or written; {@value #EXIT_INTERNAL} an unexpected failure of the program.
 *
 * <p>To add a sub-command, extend {@link CliCommand} and add it to {@link #SUBCOMMANDS}.
 */
@Command(name = "shenbao", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class)
public final class Cli implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FINDINGS = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;
    /** The bundle of the command line's own texts (help, errors); Chinese default, {@code _en} English. */
    public static final String BUNDLE = "cn.shenbao.app.cli.messages";

    /** The languages of {@code --lang}. */
    public enum Lang { zh, en }

    @Spec
    private CommandSpec spec;
    private final TemplateRegistry registry;
    private final DraftFiles draftFiles;
    private final PrintWriter out;
    private final PrintWriter err;
    private Locale locale;
    private ResourceBundle bundle;

    Cli(TemplateRegistry registry, OutputStream out, OutputStream err, Locale locale) {
        this.registry = registry;
        this.draftFiles = new DraftFiles(registry);
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        setLocale(locale);
    }

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en", descriptionKey = "lang")
    void setLang(Lang lang) {
        setLocale(lang == Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    private void setLocale(Locale locale) {
        this.locale = locale;
        this.bundle = Messages.bundle(BUNDLE, locale);
    }

    /** Runs the command line on the built-in templates; returns the exit code. */
    public static int run(OutputStream out, OutputStream err, String... args) {
        // the definition reader is built on a second core while the arguments are parsed and the draft is read,
        // and the definition the draft names is read there too
        Thread reader = new Thread(() -> {
            TemplateRegistry.prepareReader();
            prefetchDefinition(args);
        }, "shenbao-definition-reader");
        reader.setDaemon(true);
        reader.start();
        prefetchFonts(args);
        TemplateRegistry registry = TemplateRegistry.builtIn();
        cn.shenbao.forms.trace.StartupTrace.mark("index of definitions read");
        return run(registry, out, err, args);
    }

    /**
     * Reads and checks, on the calling thread, the definition named by the first draft file among the arguments,
     * for {@code export} also its print layout (a guess made before picocli has parsed them, issue 15: a cold
     * {@code export} or {@code validate} waited for picocli's model of the command, ≈ 50 ms, before reading it).
     * The registry and {@code PrintLayout} read each once; the command asking meanwhile waits for this read. Nothing is reported here: a file that cannot be read or
     * a broken definition is reported by the command.
     */
    static void prefetchDefinition(String[] args) {
        try {
            for (String a : args) {
                if (a.toLowerCase(Locale.ROOT).endsWith(".shenbao")) {
                    String id = cn.shenbao.forms.draft.DraftFiles.peekTemplateId(java.nio.file.Path.of(a));
                    if (id != null) {
                        var def = TemplateRegistry.builtIn().find(id);
                        if (def.isPresent() && "export".equals(requested(args))) {
                            // and its print layout, which the export reads next
                            cn.shenbao.forms.print.layout.PrintLayout.of(def.get(), localeOf(args));
                        }
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            // the command reports it
        }
    }

    /**
     * For {@code export}, starts choosing and parsing the print fonts on a background thread before picocli
     * parses the arguments (the export starts them again after parsing; whatever is done or under way here is
     * not done twice: {@code FontLocator} and {@code FontFace} share it). Not when the fonts are given by the user.
     */
    static void prefetchFonts(String[] args) {
        if (!"export".equals(requested(args))) {
            return;
        }
        for (String a : args) {
            if (a.startsWith("--body-font") || a.startsWith("--heading-font")) {
                return;
            }
        }
        Locale locale = localeOf(args);
        Thread t = new Thread(() -> new cn.shenbao.forms.print.Exporter().prepareFonts(
                cn.shenbao.forms.print.PrintOptions.defaults().withLocale(locale)), "shenbao-fonts-early");
        t.setDaemon(true);
        t.start();
    }

    /** Runs the command line on the given templates; returns the exit code (never calls System.exit). */
    public static int run(TemplateRegistry registry, OutputStream out, OutputStream err, String... args) {
        Cli cli = new Cli(registry, out, err, localeOf(args));
        try {
            return cli.commandLine(requested(args)).execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // hostile input (a value nested or repeated beyond reason): say so in one line, never a stack trace
            return cli.failed("error.resources", e);
        } catch (Error | RuntimeException e) {
            return cli.failed("error.internal", e);
        } finally {
            cli.out.flush();
            cli.err.flush();
        }
    }

    /** One line on standard error for a failure of the program itself; exit code {@value #EXIT_INTERNAL}. */
    private int failed(String key, Throwable e) {
        try {
            err.println(Messages.format(bundle, key, oneLine(e)));
        } catch (Throwable ignored) {
            // nothing more can be said; the exit code still tells
        }
        return EXIT_INTERNAL;
    }

    /** The class and message of a throwable on one line, shortened. */
    static String oneLine(Throwable e) {
        String s = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return cn.shenbao.forms.text.Shown.shorten(java.util.Locale.ROOT, s, 300);
    }

    /** A sub-command by its name ({@code @Command(name)}), made only when it is used. */
    record Sub(String name, java.util.function.Supplier<Object> make) {
    }

    /**
     * The sub-commands, in the order the help lists them. The {@code export} sub-command of the forms
     * side is added here (an instance of a {@link CliCommand} subclass). {@code CliTest} checks that every name is
     * its class's {@code @Command(name)}.
     */
    static final List<Sub> SUBCOMMANDS = List.of(
            new Sub("templates", TemplatesCommand::new),
            new Sub("fields", FieldsCommand::new),
            new Sub("new", NewCommand::new),
            new Sub("set", SetCommand::new),
            new Sub("validate", ValidateCommand::new),
            new Sub("export", ExportCommand::new),
            new Sub("gather", GatherCommand::new),
            new Sub("workspace", WorkspaceCommand::new),
            new Sub("package", PackageCommand::new),
            new Sub("roster", RosterCommand::new),
            new Sub("team", TeamCommand::new),
            new Sub("import-docx", ImportDocxCommand::new));

    /** Every sub-command, made. */
    static List<Object> subcommands() {
        return SUBCOMMANDS.stream().map(s -> s.make().get()).toList();
    }

    /**
     * The sub-command the arguments ask for (the first argument after an optional {@code --lang}), or null when
     * they name none (help, version, a mistyped name: then every sub-command is needed, for the usage text).
     */
    static String requested(String[] args) {
        int i = 0;
        if (i < args.length && args[i].startsWith("--lang=")) {
            i++;
        } else if (i + 1 < args.length && args[i].equals("--lang")) {
            i += 2;
        }
        if (i >= args.length) {
            return null;
        }
        for (Sub s : SUBCOMMANDS) {
            if (s.name().equals(args[i])) {
                return s.name();
            }
        }
        return null;
    }

    /** The command line with every sub-command (for help and usage). */
    CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line; with {@code only} (a sub-command's name) just that sub-command is made: picocli builds a
     * command's model by reflection over its options, ≈ 10–30 ms of a cold start each (issue 15), and a run uses one.
     */
    CommandLine commandLine(String only) {
        CommandLine cl = new CommandLine(this);
        for (Sub sub : SUBCOMMANDS) {
            if (only == null || only.equals(sub.name())) {
                cl.addSubcommand(sub.make().get());
            }
        }
        cl.setResourceBundle(bundle);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(this::onUsageError);
        cl.setExecutionExceptionHandler(this::onFailure);
        return cl;
    }

    /** Without a sub-command: the usage on standard error, exit 2. */
    @Override
    public Integer call() {
        err.println(Messages.format(bundle, "error.usage.noCommand"));
        spec.commandLine().usage(err, Help.Ansi.OFF);
        return EXIT_USAGE;
    }

    private int onUsageError(ParameterException e, String[] args) {
        String message;
        if (e instanceof UnmatchedArgumentException u) {
            message = Messages.format(bundle, "error.usage.unmatched", String.join(" ", u.getUnmatched()));
        } else if (e instanceof MissingParameterException m) {
            message = Messages.format(bundle, "error.usage.missing",
                    m.getMissing().stream().map(Cli::argName).collect(Collectors.joining(", ")));
        } else if (e.getArgSpec() != null && e.getValue() != null) {
            // picocli's own text is English ("Invalid value for option …"): say it in the user's language
            ArgSpec a = e.getArgSpec();
            String allowed = a.completionCandidates() == null ? ""
                    : String.join("|", (Iterable<String>) a.completionCandidates());
            message = Messages.format(bundle, allowed.isEmpty() ? "error.usage.badValue" : "error.usage.badValueOf",
                    argName(a), e.getValue(), allowed);
        } else {
            message = Messages.format(bundle, "error.usage.other", e.getMessage());
        }
        CommandLine where = e.getCommandLine();
        where.getErr().println(message);
        where.usage(where.getErr(), Help.Ansi.OFF);
        where.getErr().flush();
        return EXIT_USAGE;
    }

    private static String argName(ArgSpec a) {
        if (a.isOption()) {
            return ((CommandLine.Model.OptionSpec) a).longestName();
        }
        return a.paramLabel();
    }

    private int onFailure(Exception e, CommandLine cl, ParseResult parsed) {
        int code = failed("error.internal", e);
        err.flush();
        return code;
    }

    /** The language asked for by {@code --lang} among the arguments (Chinese when absent or unknown). */
    public static Locale localeOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--lang") && i + 1 < args.length) {
                return Messages.locale(args[i + 1]);
            }
            if (a.startsWith("--lang=")) {
                return Messages.locale(a.substring("--lang=".length()));
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    TemplateRegistry registry() {
        return registry;
    }

    DraftFiles draftFiles() {
        return draftFiles;
    }

    List<String> templateIds() {
        List<String> ids = new ArrayList<>();
        for (TemplateDef t : registry.all()) {
            ids.add(t.id());
        }
        return ids;
    }

    /** {@code --version}: the program version. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ProgramVersion.get()};
        }
    }
}
