package cn.shenbao.app.cli;

import cn.shenbao.forms.template.TemplateDef;
import picocli.CommandLine.Command;

/** {@code templates}: one line per known template, {@code id<TAB>title}. */
@Command(name = "templates", mixinStandardHelpOptions = true)
final class TemplatesCommand extends CliCommand {
    @Override
    protected int execute() {
        for (TemplateDef t : registry().all()) {
            out().println(t.id() + "\t" + cell(t.title()));
        }
        return Cli.EXIT_OK;
    }
}
