package cn.shenbao.app.cli;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.ExportException;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.ExportTargets;
import cn.shenbao.forms.text.Shown;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.print.fonts.FontWarning;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.trace.StartupTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export <file.shenbao> [--docx out.docx] [--pdf out.pdf] [--binding-margin MM] [--duplex]
 * [--final] [--force]}: prints the draft as DOCX and/or PDF (both beside the draft when neither is named);
 * {@code export --blank <templateId|file.shenbao>} prints the empty form to fill in by hand (no 草稿 mark, the
 * form's placeholders in grey; {@code <templateId>-blank.docx/.pdf} in the current folder by default).
 * The draft itself, its backup and any other draft are never written to; another existing file is replaced
 * only when it is one we exported ({@link ExportTargets}) or with {@code --force}. Exit 0
 * written; 1 refused because the draft has errors and {@code --final} was asked; 2 the draft cannot be
 * read or nothing could be written (no half-written file is left behind); 3 a file was written but the
 * read-back found an entered value missing from it.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "<file.shenbao>", descriptionKey = "exportFile")
    Path file;

    @Option(names = "--blank", descriptionKey = "exportBlank")
    boolean blank;

    @Option(names = "--docx", paramLabel = "<out.docx>", descriptionKey = "exportDocx")
    Path docx;

    @Option(names = "--pdf", paramLabel = "<out.pdf>", descriptionKey = "exportPdf")
    Path pdf;

    @Option(names = "--binding-margin", paramLabel = "MM", descriptionKey = "bindingMargin")
    double bindingMarginMm;

    @Option(names = "--duplex", descriptionKey = "duplex")
    boolean duplex;

    @Option(names = "--final", descriptionKey = "final")
    boolean finalCopy;

    @Option(names = "--body-font", paramLabel = "<font file>", descriptionKey = "bodyFont")
    Path bodyFont;

    @Option(names = "--heading-font", paramLabel = "<font file>", descriptionKey = "headingFont")
    Path headingFont;

    @Option(names = "--force", descriptionKey = "exportForce")
    boolean force;

    @Option(names = "--plain-docx", descriptionKey = "exportPlainDocx")
    boolean plainDocx;

    @Option(names = "--editable", paramLabel = "<path|section>", descriptionKey = "exportEditable")
    java.util.List<String> editable = new java.util.ArrayList<>();

    @Override
    protected int execute() throws CliFailure {
        if (blank) {
            return blankForm();
        }
        Exporter exporter = new Exporter();
        // the fonts of the PDF (choosing them parses the CJK face, a few hundred ms cold) are made ready on a
        // background thread while the draft is read and checked
        if ((pdf != null || docx == null) && bodyFont == null && headingFont == null) {
            PrintOptions early = PrintOptions.defaults().withLocale(locale());
            background("shenbao-fonts", () -> exporter.prepareFonts(early));
        }
        Draft draft = load(file);
        TemplateDef template = template(draft.templateId());
        StartupTrace.mark("draft read, definition " + template.id());
        List<Finding> findings = RuleEngine.check(template, draft);
        StartupTrace.mark("draft checked");
        if (finalCopy && RuleEngine.hasErrors(findings)) {
            for (Finding f : findings) {
                if (f.isError()) {
                    out().println(file + "\t" + f.severity() + "\t" + f.path() + "\t" + cell(f.message(locale())));
                }
            }
            err().println(msg("export.refused", file, findings.stream().filter(Finding::isError).count()));
            return Cli.EXIT_FINDINGS;
        }
        PrintOptions options;
        try {
            options = PrintOptions.defaults().withContentControls(!plainDocx).withEditable(editable).withLocale(locale())
                    .withBindingMarginMm(bindingMarginMm)
                    .withDuplex(duplex).withFonts(bodyFont, headingFont);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(Cli.EXIT_USAGE, e.getMessage());
        }
        List<Path> outs = new ArrayList<>();
        if (docx == null && pdf == null) {
            String base = file.getFileName().toString().replaceFirst("(?i)\\.shenbao$", "");
            Path dir = file.toAbsolutePath().getParent();
            docx = dir.resolve(base + ".docx");
            pdf = dir.resolve(base + ".pdf");
        }
        checkTargets(List.of(file));
        boolean complete = true;
        try {
            if (docx != null && pdf != null) {
                // DOCX and PDF from one page model, written side by side on two cores (issue 15: the cold export)
                var both = exporter.exportBoth(template, draft, docx, pdf, options, findings);
                complete &= report(both.first());
                complete &= report(both.second());
                outs.add(docx);
                outs.add(pdf);
            } else if (docx != null) {
                complete &= report(exporter.exportDocx(template, draft, docx, options, findings));
                outs.add(docx);
            } else if (pdf != null) {
                complete &= report(exporter.exportPdf(template, draft, pdf, options, findings));
                outs.add(pdf);
            }
            StartupTrace.mark("DOCX/PDF written");
        } catch (ExportException e) {
            throw new CliFailure(Cli.EXIT_USAGE, msg("export.failed", e.getMessage()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (RuleEngine.hasErrors(findings)) {
            err().println(msg("export.draftMark", findings.stream().filter(Finding::isError).count()));
        }
        java.util.Set<String> hidden = cn.shenbao.forms.draft.Conditions.hiddenValues(template, draft);
        if (!hidden.isEmpty()) {
            // values entered under the other kind (T8) are kept in the draft but not printed: say so
            err().println(msg("export.hiddenValues", hidden.size(), String.join("、", hidden.stream()
                    .map(template::labelOf).toList())));
        }
        return complete ? Cli.EXIT_OK : Cli.EXIT_INTERNAL;
    }

    /** Runs {@code work} on a daemon thread (started now). */
    private static void background(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }

    /** The empty form of a template (named by id, or by a draft whose template is used), for filling in by hand. */
    private int blankForm() throws CliFailure {
        if (finalCopy) {
            throw new CliFailure(Cli.EXIT_USAGE, msg("export.blankFinal"));
        }
        String arg = file.toString();
        TemplateDef template;
        String base;
        Path dir;
        if (!java.nio.file.Files.exists(file) && registry().find(arg).isPresent()) {
            template = registry().get(arg);
            base = arg + "-blank";
            dir = Path.of("").toAbsolutePath();
        } else {
            template = template(load(file).templateId());
            base = file.getFileName().toString().replaceFirst("(?i)\\.shenbao$", "") + "-blank";
            dir = file.toAbsolutePath().getParent();
        }
        if (docx == null && pdf == null) {
            docx = dir.resolve(base + ".docx");
            pdf = dir.resolve(base + ".pdf");
        }
        checkTargets(java.nio.file.Files.exists(file) ? List.of(file) : List.of());
        PrintOptions options;
        try {
            options = PrintOptions.defaults().withContentControls(!plainDocx).withEditable(editable).withLocale(locale())
                    .withBindingMarginMm(bindingMarginMm)
                    .withDuplex(duplex).withFonts(bodyFont, headingFont).withBlankForm(true);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(Cli.EXIT_USAGE, e.getMessage());
        }
        Exporter exporter = new Exporter();
        Draft empty = Exporter.blank(template);
        try {
            for (Path out : new Path[] {docx, pdf}) {
                if (out == null) {
                    continue;
                }
                ExportResult r = out == docx ? exporter.exportDocx(template, empty, out, options, List.of())
                        : exporter.exportPdf(template, empty, out, options, List.of());
                out().println(msg("export.writtenBlank", r.file(), r.format(), r.bytes()));
            }
        } catch (ExportException e) {
            throw new CliFailure(Cli.EXIT_USAGE, msg("export.failed", e.getMessage()));
        }
        return Cli.EXIT_OK;
    }

    /**
     * Before anything is written: DOCX and PDF are two files; never the draft itself (or its backup, or another
     * draft); another existing file only when it is one we exported, or with --force.
     */
    private void checkTargets(List<Path> drafts) throws CliFailure {
        if (docx != null && pdf != null && docx.toAbsolutePath().normalize().equals(pdf.toAbsolutePath().normalize())) {
            throw new CliFailure(Cli.EXIT_USAGE, msg("export.sameFile", docx));
        }
        for (Path target : new Path[] {docx, pdf}) {
            if (target != null) {
                String refusal = ExportTargets.refusal(target, drafts, force, locale());
                if (refusal != null) {
                    throw new CliFailure(Cli.EXIT_USAGE, Shown.escape(refusal));
                }
            }
        }
    }

    private boolean report(ExportResult r) {
        out().println(msg("export.written", r.file(), r.format(), r.bytes(), r.fingerprint()));
        for (FontWarning w : r.fontWarnings()) {
            err().println(w.message());
        }
        for (String m : r.missing()) {
            err().println(m);
        }
        return r.selfCheckPassed();
    }
}
