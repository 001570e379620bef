package cn.shenbao.app.cli;

import cn.shenbao.forms.draft.Assign;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.draft.ValueException;
import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code set <file.shenbao> <path>=<value>...}: parses each value by its field's type and stores it.
 * All assignments go to a copy of the draft; the file is written once, atomically, and only when every
 * assignment succeeded. Rows left empty at the end of a table whose cells were set are removed.
 * Rules (lengths, sums, required fields) are {@code validate}'s business.
 */
@Command(name = "set", mixinStandardHelpOptions = true)
final class SetCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "<file.shenbao>", descriptionKey = "draftFile")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<path>=<value>", descriptionKey = "assignments")
    List<String> assignments;

    @Override
    protected int execute() throws CliFailure {
        Draft loaded = load(file);
        TemplateDef t = template(loaded.templateId());
        Draft copy = loaded.copy();
        Set<String> tables = new LinkedHashSet<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new CliFailure(Cli.EXIT_USAGE, msg("set.notAssignment", a, file));
            }
            String path = a.substring(0, eq).strip();
            String value = a.substring(eq + 1);
            try {
                Assign.set(t, copy, path, value);
                FieldPath p = FieldPath.parse(path);
                if (p.isCell()) {
                    tables.add(p.table());
                }
            } catch (ValueException e) {
                throw new CliFailure(Cli.EXIT_USAGE, msg("set.failed", file, a, e.message(locale())));
            }
        }
        for (String table : tables) {
            trimTrailingEmptyRows(copy, table);
        }
        save(copy, file);
        out().println(msg("set.done", file, assignments.size()));
        return Cli.EXIT_OK;
    }

    /** Clearing the cells of the last rows removes those rows, so a row added by mistake can be undone. */
    private static void trimTrailingEmptyRows(Draft d, String table) {
        int n = d.rowCount(table);
        while (n > 0 && d.rows(table).get(n - 1).isEmpty()) {
            d.removeRow(table, n - 1);
            n--;
        }
    }
}
