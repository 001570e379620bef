package cn.shenbao.app.cli;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.draft.ValueException;
import cn.shenbao.forms.handoff.Comparison;
import cn.shenbao.forms.handoff.DocxReader;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import-docx <file.docx>… [--into <draft>] [--dry-run] [--theirs]}: reads the values back from DOCX files
 * exported by this program (and edited in Word, WPS or LibreOffice), one after the other, and lists every change
 * one line each ({@code status<TAB>path<TAB>in the draft<TAB>in the DOCX<TAB>note}). Changed values and copied
 * rows are taken; a conflict (the draft was changed too, differently) only with {@code --theirs}; unreadable
 * values and deleted controls never. The draft is written once, at the end, atomically with its {@code .bak};
 * with {@code --dry-run} nothing is written. Without {@code --into} a new draft is made from the draft the first
 * DOCX carries, beside it ({@code <name>.shenbao}, never over an existing file).
 */
@Command(name = "import-docx", mixinStandardHelpOptions = true)
final class ImportDocxCommand extends CliCommand {
    @Parameters(index = "0..*", arity = "1..*", paramLabel = "<file.docx>", descriptionKey = "importFiles")
    List<Path> files;

    @Option(names = "--into", paramLabel = "<file.shenbao>", descriptionKey = "importInto")
    Path into;

    @Option(names = "--dry-run", descriptionKey = "importDryRun")
    boolean dryRun;

    @Option(names = "--theirs", descriptionKey = "importTheirs")
    boolean theirs;

    @Override
    protected int execute() throws CliFailure {
        Draft target = into == null ? null : load(into);
        Path out = into;
        boolean problems = false;
        int taken = 0;
        for (Path f : files) {
            Comparison.Result r;
            try {
                DocxReader.Content content = DocxReader.read(f, locale());
                r = Comparison.compare(registry(), f, content, target, locale());
            } catch (DocxReader.ReadException e) {
                throw new CliFailure(Cli.EXIT_USAGE, e.getMessage());
            }
            TemplateDef t = template(r.templateId());
            if (target == null) {
                target = r.original().copy();
                String name = String.valueOf(f.getFileName()).replaceFirst("(?i)\\.docx$", "");
                out = f.toAbsolutePath().resolveSibling(name + DraftFiles.EXTENSION);
                if (Files.exists(out) && !dryRun) {
                    throw new CliFailure(Cli.EXIT_USAGE, msg("import.exists", out));
                }
            }
            List<Comparison.Change> take = new ArrayList<>();
            for (Comparison.Change c : r.changes()) {
                if (c.status() == Comparison.Status.UNCHANGED) {
                    continue;
                }
                boolean takes = c.status() == Comparison.Status.CHANGED || c.status() == Comparison.Status.NEW_ROW
                        || c.status() == Comparison.Status.CONFLICT && theirs;
                problems |= c.status() == Comparison.Status.UNREADABLE
                        || c.status() == Comparison.Status.CONFLICT && !theirs;
                if (takes) {
                    take.add(c);
                }
                out().println(f.getFileName() + "\t" + msg("import.status." + c.status().name()) + "\t" + c.path()
                        + "\t" + cell(c.current()) + "\t" + cell(c.proposed() == null ? "" : c.proposed()) + "\t"
                        + cell(c.message() + (takes ? "" : (c.message().isEmpty() ? "" : " ") + msg("import.left"))));
            }
            try {
                Comparison.apply(t, target, take);
            } catch (ValueException e) {
                throw new CliFailure(Cli.EXIT_INTERNAL, e.message(locale()));
            }
            taken += take.size();
        }
        if (dryRun) {
            out().println(msg("import.dryRun", taken));
        } else if (taken > 0 || into == null) {
            save(target, out);
            out().println(msg("import.done", out, taken));
            TemplateDef t = template(target.templateId());
            long errors = RuleEngine.check(t, target).stream()
                    .filter(x -> x.severity() == cn.shenbao.forms.template.Severity.ERROR).count();
            if (errors > 0) {
                out().println(msg("import.errors", errors));
            }
        } else {
            out().println(msg("import.nothing"));
        }
        return problems ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
    }
}
