package cn.shenbao.app.cli;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.gather.Gathering;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gather <T6.shenbao> <T5 drafts or folders>...}: fills the rows of a 拟支持项目建议表 from 绩效目标申报表
 * drafts through {@link Gathering} (the client's 工具 › 从绩效目标表汇总… calls the same). One line per row and
 * per change: {@code file<TAB>新增|取用|保留|无变化<TAB>path<TAB>text}. Without a choice on the command line the
 * policy is the client's default: a change the source made to a cell the user left alone is taken, a cell the
 * user edited is kept; {@code --take-all} takes every change, {@code --keep-all} keeps every row as it is (new
 * drafts still add rows); {@code --dry-run} prints the same lines and writes nothing. Exit codes as
 * {@code validate}: 0 gathered and no errors in the summary, 1 gathered but the summary has errors (over the
 * quota, …), 2 the summary or a source cannot be read or is of another form (the others are still gathered),
 * 3 an internal failure.
 */
@Command(name = "gather", mixinStandardHelpOptions = true)
final class GatherCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "<T6.shenbao>", descriptionKey = "gatherTarget")
    Path target;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<T5.shenbao|folder>", descriptionKey = "gatherSources")
    List<Path> sources;

    @Option(names = "--dry-run", descriptionKey = "gatherDryRun")
    boolean dryRun;

    @ArgGroup(exclusive = true)
    Policy policy;

    static final class Policy {
        @Option(names = "--take-all", required = true, descriptionKey = "gatherTakeAll")
        boolean takeAll;

        @Option(names = "--keep-all", required = true, descriptionKey = "gatherKeepAll")
        boolean keepAll;
    }

    @Override
    protected int execute() throws CliFailure {
        Draft t6 = load(target);
        if (!Gathering.TARGET_TEMPLATE.equals(t6.templateId())) {
            throw new CliFailure(Cli.EXIT_USAGE, msg("gather.notSummary", target,
                    template(t6.templateId()).title(), template(Gathering.TARGET_TEMPLATE).title()));
        }
        Gathering.Plan plan = new Gathering(registry()).plan(t6, target, sources);
        Predicate<Gathering.Change> take = policy == null ? Gathering.Change::takeByDefault
                : policy.takeAll ? c -> true : c -> false;
        int added = 0;
        int taken = 0;
        int kept = 0;
        int next = t6.rowCount(Gathering.TABLE);
        for (Gathering.Source s : plan.sources()) {
            String file = cell(s.file().toString());
            switch (s.status()) {
                case NEW -> {
                    out().println(String.join("\t", file, msg("gather.new"), Gathering.TABLE + "[" + next++ + "]",
                            cell(s.name())));
                    added++;
                }
                case UNCHANGED -> out().println(String.join("\t", file, msg("gather.unchanged"),
                        Gathering.TABLE + "[" + s.row() + "]", cell(s.name())));
                case CHANGED -> {
                    for (Gathering.Change c : s.changes()) {
                        boolean yes = take.test(c);
                        if (yes) {
                            taken++;
                        } else {
                            kept++;
                        }
                        out().println(String.join("\t", file, msg(yes ? "gather.take" : "gather.keep"),
                                Gathering.TABLE + "[" + c.row() + "]." + c.column(),
                                cell(msg(c.edited() ? "gather.change.edited" : "gather.change", c.label(), c.mine(),
                                        c.theirs()))));
                    }
                }
            }
        }
        for (Path skipped : plan.skipped()) {
            out().println(String.join("\t", cell(skipped.toString()), msg("gather.skipped"), "", ""));
        }
        for (Gathering.Problem p : plan.problems()) {
            err().println(p.message(locale()));
        }
        boolean write = !dryRun && plan.changesAnything(t6);
        Draft result = t6.copy();
        Gathering.apply(result, plan, take);
        if (write) {
            save(result, target);
        }
        long errors = RuleEngine.check(template(Gathering.TARGET_TEMPLATE), result).stream()
                .filter(f -> f.severity() == Severity.ERROR).count();
        out().println(msg(dryRun ? "gather.summary.dryRun" : write ? "gather.summary" : "gather.summary.nothing",
                target, plan.sources().size(), added, taken, kept, errors));
        if (!plan.problems().isEmpty()) {
            return Cli.EXIT_USAGE;
        }
        return errors > 0 ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
    }
}
