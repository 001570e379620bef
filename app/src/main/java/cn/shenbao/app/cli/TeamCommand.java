package cn.shenbao.app.cli;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.roster.Expert;
import cn.shenbao.forms.roster.Roster;
import cn.shenbao.forms.roster.Team;
import cn.shenbao.forms.roster.TeamTexts;
import cn.shenbao.forms.rules.Tally;
import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code team set|sync|show}: the team of a draft taken from a roster ({@link Team}). {@code set} makes the named
 * experts (ids such as {@code E12}, or names when they are unique in the roster) the whole team, the first ones
 * (or those of {@code --print}) the printed members; {@code sync} brings the draft's team rows up to date with
 * the roster (a new mobile); {@code show} prints the team's figures.
 */
@Command(name = "team", mixinStandardHelpOptions = true,
        subcommands = {TeamCommand.Set.class, TeamCommand.Sync.class, TeamCommand.Show.class})
final class TeamCommand extends CliCommand {
    @Override
    protected int execute() {
        err().println(msg("error.usage.noCommand"));
        spec().commandLine().usage(err(), picocli.CommandLine.Help.Ansi.OFF);
        return Cli.EXIT_USAGE;
    }

    static Team.Tables tables(CliCommand c, TemplateDef t, Path draft) throws CliFailure {
        return Team.of(t).orElseThrow(() -> new CliFailure(Cli.EXIT_USAGE, c.msg("team.noTeam", draft, t.title())));
    }

    static void printTally(CliCommand c, TemplateDef t, Draft d, Team.Tables tables) {
        if (tables.all() == null) {
            return;
        }
        for (Tally x : Tally.of(t, d, tables.all().id())) {
            c.out().println(TeamTexts.line(t, x, c.locale()));
        }
    }

    /** An expert by id ({@code E12}) or by a name that only one expert of the roster has. */
    static Expert expert(CliCommand c, Roster r, Path rosterFile, String s) throws CliFailure {
        String w = s.strip();
        var byId = r.find(w);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<Expert> named = r.experts().stream().filter(e -> e.name().equals(w)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.isEmpty()) {
            throw new CliFailure(Cli.EXIT_USAGE, c.msg("team.unknown", w, rosterFile));
        }
        throw new CliFailure(Cli.EXIT_USAGE, c.msg("team.ambiguous", w, named.stream()
                .map(e -> e.id() + " " + e.unit()).reduce((a, b) -> a + "；" + b).orElse("")));
    }

    @Command(name = "set", mixinStandardHelpOptions = true)
    static final class Set extends CliCommand {
        @Parameters(index = "0", paramLabel = "<file.shenbao>", descriptionKey = "draftFile")
        Path file;

        @Parameters(index = "1", paramLabel = "<roster>", descriptionKey = "rosterFile")
        Path rosterFile;

        @Parameters(index = "2..*", arity = "1..*", paramLabel = "<id|姓名>", descriptionKey = "teamMembers")
        List<String> members;

        @Option(names = "--print", split = ",", paramLabel = "<id|姓名>", descriptionKey = "teamPrint")
        List<String> print = new ArrayList<>();

        @Override
        protected int execute() throws CliFailure {
            Draft d = load(file);
            TemplateDef t = template(d.templateId());
            Team.Tables tables = tables(this, t, file);
            Roster r = RosterCommand.loadRoster(this, rosterFile, false);
            LinkedHashSet<Expert> team = new LinkedHashSet<>();
            for (String m : members) {
                for (String one : m.split("[,，]")) {
                    if (!one.isBlank() && !team.add(expert(this, r, rosterFile, one))) {
                        throw new CliFailure(Cli.EXIT_USAGE, msg("team.twice", one.strip()));
                    }
                }
            }
            List<Expert> printed = new ArrayList<>();
            int max = tables.printedMax();
            if (print.isEmpty()) {
                for (Expert e : team) {
                    if (max > 0 && printed.size() >= max) {
                        break;
                    }
                    printed.add(e);
                }
            } else {
                for (String p : print) {
                    Expert e = expert(this, r, rosterFile, p);
                    if (!team.contains(e)) {
                        throw new CliFailure(Cli.EXIT_USAGE, msg("team.printNotInTeam", p.strip()));
                    }
                    printed.add(e);
                }
                if (max > 0 && printed.size() > max) {
                    throw new CliFailure(Cli.EXIT_USAGE, msg("team.tooManyPrinted", printed.size(), max));
                }
            }
            Draft copy = d.copy();
            Team.set(t, copy, new ArrayList<>(team), printed);
            save(copy, file);
            out().println(msg("team.done", file, team.size(), printed.size()));
            printTally(this, t, copy, tables);
            return Cli.EXIT_OK;
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true)
    static final class Sync extends CliCommand {
        @Parameters(index = "0", paramLabel = "<file.shenbao>", descriptionKey = "draftFile")
        Path file;

        @Parameters(index = "1", paramLabel = "<roster>", descriptionKey = "rosterFile")
        Path rosterFile;

        @Option(names = "--dry-run", descriptionKey = "dryRun")
        boolean dryRun;

        @Override
        protected int execute() throws CliFailure {
            Draft d = load(file);
            TemplateDef t = template(d.templateId());
            tables(this, t, file);
            Roster r = RosterCommand.loadRoster(this, rosterFile, false);
            List<Team.PersonChange> changes = Team.changes(t, d, r);
            for (Team.PersonChange p : changes) {
                for (Team.CellChange c : p.cells()) {
                    out().println(String.join("\t", p.id(), cell(p.name()), c.path(), cell(c.before()), cell(c.after())));
                }
            }
            if (changes.isEmpty()) {
                out().println(msg("team.upToDate", file));
                return Cli.EXIT_OK;
            }
            if (dryRun) {
                out().println(msg("team.syncDryRun", changes.size(), file));
                return Cli.EXIT_OK;
            }
            Draft copy = d.copy();
            Team.apply(copy, changes);
            save(copy, file);
            out().println(msg("team.synced", file, changes.size()));
            return Cli.EXIT_OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show extends CliCommand {
        @Parameters(index = "0", paramLabel = "<file.shenbao>", descriptionKey = "draftFile")
        Path file;

        @Override
        protected int execute() throws CliFailure {
            Draft d = load(file);
            TemplateDef t = template(d.templateId());
            Team.Tables tables = tables(this, t, file);
            printTally(this, t, d, tables);
            boolean ok = tables.all() == null || Tally.of(t, d, tables.all().id()).stream().allMatch(Tally::ok);
            return ok ? Cli.EXIT_OK : Cli.EXIT_FINDINGS;
        }
    }
}
