package cn.shenbao.app.cli;

import cn.shenbao.forms.roster.Expert;
import cn.shenbao.forms.roster.Roster;
import cn.shenbao.forms.roster.RosterException;
import cn.shenbao.forms.roster.RosterExport;
import cn.shenbao.forms.roster.RosterField;
import cn.shenbao.forms.roster.RosterFiles;
import cn.shenbao.forms.roster.RosterImport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code roster import|export|list|find}: the society's expert roster ({@code .shenbao-roster}, see
 * {@code docs/roster.md}). Import shows what it would do and writes only when every part could be read; with
 * {@code --dry-run} it writes nothing.
 */
@Command(name = "roster", mixinStandardHelpOptions = true,
        subcommands = {RosterCommand.Import.class, RosterCommand.Export.class, RosterCommand.ListAll.class,
                RosterCommand.Find.class})
final class RosterCommand extends CliCommand {
    @Override
    protected int execute() {
        err().println(msg("error.usage.noCommand"));
        spec().commandLine().usage(err(), picocli.CommandLine.Help.Ansi.OFF);
        return Cli.EXIT_USAGE;
    }

    /** Loads a roster; a failure with exit code 2 and the file's problem. */
    static Roster loadRoster(CliCommand c, Path file, boolean mayBeNew) throws CliFailure {
        try {
            return mayBeNew ? RosterFiles.loadOrNew(file) : RosterFiles.load(file);
        } catch (RosterException e) {
            throw new CliFailure(Cli.EXIT_USAGE, e.message(c.locale()));
        }
    }

    /** One expert on one tab-separated line. */
    static String line(CliCommand c, Expert e) {
        return String.join("\t", cell(e.id()), cell(e.name()), cell(e.unit()), cell(e.title()), cell(e.mobile()),
                cell(e.email()), cell(e.birthDate()), e.tuoju() ? c.msg("roster.yes") : c.msg("roster.no"),
                e.dundian() ? c.msg("roster.yes") : c.msg("roster.no"), cell(e.notes()));
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import extends CliCommand {
        @Parameters(index = "0", paramLabel = "<file.xlsx|csv>", descriptionKey = "rosterImportFile")
        Path file;

        @Option(names = "--into", required = true, paramLabel = "<roster>", descriptionKey = "rosterInto")
        Path into;

        @Option(names = "--dry-run", descriptionKey = "dryRun")
        boolean dryRun;

        @Option(names = "--map", paramLabel = "<列>=<字段>", descriptionKey = "rosterMap")
        List<String> map = new ArrayList<>();

        @Option(names = "--on-duplicate", paramLabel = "keep|replace|merge", descriptionKey = "onDuplicate")
        RosterImport.Decision onDuplicate;

        @Option(names = "--decide", paramLabel = "<行号>=keep|replace|merge", descriptionKey = "decide")
        List<String> decide = new ArrayList<>();

        @Override
        protected int execute() throws CliFailure {
            Map<String, RosterField> mapping = new LinkedHashMap<>();
            for (String m : map) {
                int eq = m.lastIndexOf('=');
                RosterField f = eq <= 0 ? null : RosterField.of(m.substring(eq + 1));
                if (f == null) {
                    throw new CliFailure(Cli.EXIT_USAGE, msg("roster.badMap", m, fieldKeys()));
                }
                mapping.put(m.substring(0, eq), f);
            }
            Map<Integer, RosterImport.Decision> decisions = new HashMap<>();
            for (String d : decide) {
                int eq = d.indexOf('=');
                try {
                    decisions.put(Integer.parseInt(d.substring(0, eq).strip()),
                            RosterImport.Decision.valueOf(d.substring(eq + 1).strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (RuntimeException e) {
                    throw new CliFailure(Cli.EXIT_USAGE, msg("roster.badDecide", d));
                }
            }
            Roster roster = RosterCommand.loadRoster(this, into, true);
            RosterImport.Preview p;
            try {
                p = RosterImport.preview(file, roster, mapping, LocalDate.now());
            } catch (RosterException e) {
                throw new CliFailure(Cli.EXIT_USAGE, e.message(locale()));
            }
            out().println(msg("roster.preview.header", file, p.headerRow(), p.mapping().entrySet().stream()
                    .map(e -> e.getKey() + "→" + msg("roster.field." + e.getValue().key())).collect(Collectors.joining("，")),
                    p.ignored().isEmpty() ? "—" : String.join("，", p.ignored())));
            for (String n : p.noteTexts(locale())) {
                out().println(msg("roster.preview.note", n));
            }
            for (RosterImport.Incoming in : p.added()) {
                out().println(msg("roster.preview.new", in.row(), cell(in.expert().name()), cell(in.expert().unit())));
            }
            for (RosterImport.Duplicate d : p.duplicates()) {
                String diff = d.differences().stream().map(f -> msg("roster.field." + f.key())).collect(Collectors.joining("、"));
                RosterImport.Decision dec = decisions.getOrDefault(d.row(), onDuplicate);
                out().println(msg("roster.preview.duplicate", d.row(), cell(d.incoming().name()), d.existing().id(),
                        cell(d.existing().name()), cell(d.existing().unit()), diff.isEmpty() ? "—" : diff,
                        dec == null ? "?" : dec.name().toLowerCase(java.util.Locale.ROOT)));
            }
            for (RosterImport.Rejected r : p.rejected()) {
                out().println(msg("roster.preview.rejected", r.row(), r.message(locale())));
            }
            out().println(msg("roster.preview.summary", p.added().size(), p.duplicates().size(), p.rejected().size()));
            boolean undecided = p.duplicates().stream().anyMatch(d -> !decisions.containsKey(d.row())) && onDuplicate == null;
            if (dryRun) {
                out().println(msg("roster.dryRun", into));
                return Cli.EXIT_OK;
            }
            if (undecided) {
                throw new CliFailure(Cli.EXIT_USAGE, msg("roster.undecided", p.duplicates().size(), into));
            }
            RosterImport.Result res = p.apply(decisions, onDuplicate == null ? RosterImport.Decision.KEEP : onDuplicate);
            try {
                RosterFiles.save(res.roster(), into);
            } catch (RosterException e) {
                throw new CliFailure(Cli.EXIT_USAGE, e.message(locale()));
            }
            out().println(msg("roster.imported", into, res.added(), res.replaced(), res.merged(), res.kept(), res.rejected(),
                    res.roster().size()));
            return Cli.EXIT_OK;
        }

        private static String fieldKeys() {
            return java.util.Arrays.stream(RosterField.values()).map(RosterField::key).collect(Collectors.joining("|"));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export extends CliCommand {
        @Parameters(index = "0", paramLabel = "<roster>", descriptionKey = "rosterFile")
        Path roster;

        @Option(names = "--out", required = true, paramLabel = "<file.xlsx>", descriptionKey = "rosterOut")
        Path out;

        @Option(names = "--ids", split = ",", paramLabel = "<id>", descriptionKey = "rosterIds")
        List<String> ids = new ArrayList<>();

        @Override
        protected int execute() throws CliFailure {
            Roster r = RosterCommand.loadRoster(this, roster, false);
            List<Expert> chosen = new ArrayList<>();
            if (ids.isEmpty()) {
                chosen.addAll(r.experts());
            }
            for (String id : ids) {
                chosen.add(r.find(id.strip()).orElseThrow(() -> new CliFailure(Cli.EXIT_USAGE,
                        msg("team.unknown", id, roster))));
            }
            try {
                RosterExport.write(chosen, out, locale());
            } catch (RosterException e) {
                throw new CliFailure(Cli.EXIT_USAGE, e.message(locale()));
            }
            out().println(msg("roster.exported", out, chosen.size()));
            return Cli.EXIT_OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListAll extends CliCommand {
        @Parameters(index = "0", paramLabel = "<roster>", descriptionKey = "rosterFile")
        Path roster;

        @Override
        protected int execute() throws CliFailure {
            for (Expert e : RosterCommand.loadRoster(this, roster, false).experts()) {
                out().println(line(this, e));
            }
            return Cli.EXIT_OK;
        }
    }

    @Command(name = "find", mixinStandardHelpOptions = true)
    static final class Find extends CliCommand {
        @Parameters(index = "0", paramLabel = "<roster>", descriptionKey = "rosterFile")
        Path roster;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "<words>", descriptionKey = "rosterQuery")
        List<String> words;

        @Override
        protected int execute() throws CliFailure {
            List<Expert> found = RosterCommand.loadRoster(this, roster, false).search(String.join(" ", words));
            for (Expert e : found) {
                out().println(line(this, e));
            }
            return found.isEmpty() ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
        }
    }
}
