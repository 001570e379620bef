package cn.shenbao.app.cli;

import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.workspace.BatchExport;
import cn.shenbao.forms.workspace.Workspace;
import cn.shenbao.forms.workspace.WorkspaceCheck;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code workspace check <folder>}: every draft of a folder (a society's applications, any forms; sub-folders
 * included, see {@link Workspace}) checked on its own and all together (at most 5 科创中国 applications per
 * 申报单位, no member, problem, region or content shared between them). One line per finding as in
 * {@code validate}: {@code file<TAB>ERROR|WARNING<TAB>path<TAB>message}, the file relative to the folder, a
 * shared item's message naming the other drafts; {@code --json} adds, for a shared item, the other drafts and
 * the item's path in each. A file that cannot be read is listed with its problem and never written. Exit 0 no
 * errors, 1 errors, 2 a file or the folder cannot be read, 3 the checks failed.
 *
 * <p>{@code workspace export <folder> --out <folder> [--force] [--binding-margin MM] [--duplex]}: every draft to
 * DOCX and PDF in one JVM ({@link BatchExport}), progress on standard error, one line a draft
 * {@code draft<TAB>pdf<TAB>pages<TAB>正式版|草稿…<TAB>e-mail subject}, and the printing sheet. Exit 0 all written;
 * 2 a draft could not be read or exported (the others are); 3 written but a value is missing on re-reading.
 */
@Command(name = "workspace", mixinStandardHelpOptions = true)
final class WorkspaceCommand extends CliCommand {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What to do with the workspace. */
    enum Action { check, export }

    @Parameters(index = "0", paramLabel = "check|export", descriptionKey = "workspaceAction")
    Action action;

    @Parameters(index = "1", paramLabel = "<folder>", descriptionKey = "workspaceFolder")
    Path folder;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Option(names = "--out", paramLabel = "<folder>", descriptionKey = "workspaceOut")
    Path outFolder;

    @Option(names = "--force", descriptionKey = "exportForce")
    boolean force;

    @Option(names = "--binding-margin", paramLabel = "MM", descriptionKey = "bindingMargin")
    double bindingMarginMm;

    @Option(names = "--duplex", descriptionKey = "duplex")
    boolean duplex;

    @Override
    protected int execute() throws CliFailure {
        Workspace ws;
        try {
            ws = Workspace.open(folder, draftFiles());
        } catch (Workspace.WorkspaceException e) {
            throw new CliFailure(Cli.EXIT_USAGE, e.message(locale()));
        }
        if (action == Action.export) {
            return export(ws);
        }
        return check(ws);
    }

    /** {@code workspace export}: every draft to DOCX and PDF, the printing sheet; see {@link BatchExport}. */
    private int export(Workspace ws) throws CliFailure {
        if (outFolder == null) {
            throw new CliFailure(Cli.EXIT_USAGE, msg("workspace.export.noOut"));
        }
        PrintOptions options;
        try {
            options = PrintOptions.defaults().withLocale(locale()).withBindingMarginMm(bindingMarginMm).withDuplex(duplex);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(Cli.EXIT_USAGE, e.getMessage());
        }
        BatchExport.Result r;
        try {
            r = BatchExport.run(ws, registry(), outFolder, new Exporter(), options, force,
                    (done, total, name) -> {
                        err().println(msg("workspace.export.progress", done, total, name));
                        err().flush();
                    });
        } catch (java.io.IOException e) {
            throw new CliFailure(Cli.EXIT_USAGE, msg("workspace.export.failed", outFolder,
                    cn.shenbao.forms.io.IoMessages.reason(locale(), e)));
        }
        for (BatchExport.Document d : r.documents()) {
            if (!d.exported()) {
                out().println(cell(d.draftName()) + "			" + cell(d.failure()));
                continue;
            }
            String state = d.errors() > 0 ? msg("workspace.export.draft", d.errors()) : msg("workspace.export.final");
            out().println(cell(d.draftName()) + "	" + cell(d.pdf().toString()) + "	" + d.pages() + "	" + state
                    + (d.subject() == null ? "" : "	" + cell(d.subject())));
            d.problems().forEach(p -> err().println(p));
        }
        for (Workspace.Entry b : r.broken()) {
            out().println(cell(b.name()) + "			" + cell(b.problemMessage(locale())));
        }
        if (r.sheet() != null) {
            err().println(msg("workspace.export.sheet", r.sheet()));
        }
        boolean notExported = !r.broken().isEmpty() || r.documents().stream().anyMatch(d -> !d.exported());
        if (notExported) {
            return Cli.EXIT_USAGE;
        }
        return r.complete() ? Cli.EXIT_OK : Cli.EXIT_INTERNAL;
    }

    private int check(Workspace ws) {
        WorkspaceCheck.Result r;
        try {
            r = WorkspaceCheck.check(ws, registry());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err().println(msg("validate.crossFailed", Cli.oneLine(e)));
            return Cli.EXIT_INTERNAL;
        }
        if (json) {
            ArrayNode arr = JSON.createArrayNode();
            for (Workspace.Entry b : r.broken()) {
                ObjectNode o = arr.addObject();
                o.put("file", b.name());
                o.put("severity", Severity.ERROR.name());
                o.put("path", "");
                o.put("rule", "file." + b.problem().problem().name());
                o.put("message", b.problemMessage(locale()));
            }
            for (WorkspaceCheck.Item i : r.items()) {
                ObjectNode o = arr.addObject();
                o.put("file", i.name());
                o.put("severity", i.finding().severity().name());
                o.put("path", i.finding().path());
                o.put("rule", i.finding().rule());
                o.put("message", i.finding().message(locale()));
                if (!i.others().isEmpty()) {
                    ArrayNode others = o.putArray("others");
                    for (WorkspaceCheck.Other other : i.others()) {
                        others.addObject().put("file", other.name()).put("path", other.path());
                    }
                }
            }
            try {
                out().println(JSON.writeValueAsString(arr));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            for (Workspace.Entry b : r.broken()) {
                out().println(cell(b.name()) + "\t" + Severity.ERROR.name() + "\t\t" + cell(b.problemMessage(locale())));
            }
            for (WorkspaceCheck.Item i : r.items()) {
                out().println(cell(i.name()) + "\t" + i.finding().severity().name() + "\t" + cell(i.finding().path()) + "\t"
                        + cell(i.finding().message(locale())));
            }
        }
        long errors = r.items().stream().filter(i -> i.finding().severity() == Severity.ERROR).count();
        long warnings = r.items().size() - errors;
        err().println(msg("workspace.summary", r.drafts(), r.broken().size(), errors, warnings));
        if (!r.broken().isEmpty()) {
            return Cli.EXIT_USAGE;
        }
        return r.hasErrors() ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
    }
}
