package cn.shenbao.app.cli;

import cn.shenbao.forms.template.Severity;
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
 */
@Command(name = "workspace", mixinStandardHelpOptions = true)
final class WorkspaceCommand extends CliCommand {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What to do with the workspace. */
    enum Action { check }

    @Parameters(index = "0", paramLabel = "check|export", descriptionKey = "workspaceAction")
    Action action;

    @Parameters(index = "1", paramLabel = "<folder>", descriptionKey = "workspaceFolder")
    Path folder;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    protected int execute() throws CliFailure {
        Workspace ws;
        try {
            ws = Workspace.open(folder, draftFiles());
        } catch (Workspace.WorkspaceException e) {
            throw new CliFailure(Cli.EXIT_USAGE, e.message(locale()));
        }
        return check(ws);
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
