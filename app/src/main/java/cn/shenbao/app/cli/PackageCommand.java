package cn.shenbao.app.cli;

import cn.shenbao.forms.paper.PackageBuilder;
import cn.shenbao.forms.paper.PackageException;
import cn.shenbao.forms.paper.PackageSpec;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.ExportTargets;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.text.Shown;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code package <spec.json> --out <file.pdf> [--force]}: builds the bound paper package of a spec
 * ({@link PackageSpec}, docs/staff.md): {@code file.pdf} for printing and {@code file-电子版.pdf} for e-mail, with
 * the 目录 and continuous page numbers. Prints each part with its first page and pages, then the pages, blank
 * pages, sheets per set and the sets to print. A broken, encrypted or oversized input is refused with a message
 * naming it and nothing is written. Exit 0 written; 2 the spec or an input is refused, or a target may not be
 * replaced (never a draft; an existing file only when it is ours, or with {@code --force}).
 */
@Command(name = "package", mixinStandardHelpOptions = true)
final class PackageCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "<spec.json>", descriptionKey = "packageSpec")
    Path spec;

    @Option(names = "--out", required = true, paramLabel = "<file.pdf>", descriptionKey = "packageOut")
    Path out;

    @Option(names = "--force", descriptionKey = "exportForce")
    boolean force;

    @Override
    protected int execute() throws CliFailure {
        PackageSpec s;
        try {
            s = PackageSpec.read(spec);
        } catch (PackageException e) {
            throw new CliFailure(Cli.EXIT_USAGE, e.message(locale()));
        }
        Path email = PackageBuilder.emailFile(out, locale());
        List<Path> drafts = new ArrayList<>();
        s.parts().stream().filter(p -> p.kind() == PackageSpec.Kind.DRAFT).forEach(p -> drafts.addAll(p.files()));
        for (Path target : List.of(out, email)) {
            String refusal = ExportTargets.refusal(target, drafts, force, locale());
            if (refusal != null) {
                throw new CliFailure(Cli.EXIT_USAGE, Shown.escape(refusal));
            }
        }
        PackageBuilder.Result r;
        try {
            r = new PackageBuilder(registry(), new Exporter(), FontLocator.system(), locale()).build(s, out, email);
        } catch (PackageException e) {
            throw new CliFailure(Cli.EXIT_USAGE, e.message(locale()));
        }
        for (PackageBuilder.PartPages p : r.parts()) {
            out().println(cell(p.title()) + "\t" + (p.firstNumber() > 0 ? p.firstNumber() : "") + "\t" + p.pages());
        }
        err().println(msg("package.written", r.print(), r.printPages(), r.blankPages(), r.email(), r.emailPages()));
        err().println(msg("package.sets", r.sets(), r.sheetsPerSet(), r.sets() * r.sheetsPerSet()));
        for (String d : r.draftsWithErrors()) {
            err().println(msg("package.draftWithErrors", d));
        }
        return Cli.EXIT_OK;
    }
}
