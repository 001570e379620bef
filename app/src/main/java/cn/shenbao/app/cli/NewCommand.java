package cn.shenbao.app.cli;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.NewDrafts;
import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code new <templateId> <file.shenbao>}: writes a blank draft; an existing file only with {@code --force}. */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "<templateId>", descriptionKey = "templateId")
    String templateId;

    @Parameters(index = "1", paramLabel = "<file.shenbao>", descriptionKey = "newFile")
    Path file;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Override
    protected int execute() throws CliFailure {
        TemplateDef t = template(templateId);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new CliFailure(Cli.EXIT_USAGE, msg("new.exists", file));
        }
        Draft d = NewDrafts.of(t);
        save(d, file);
        out().println(msg("new.done", file, t.id(), t.title()));
        return Cli.EXIT_OK;
    }
}
