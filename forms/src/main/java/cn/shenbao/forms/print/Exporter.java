package cn.shenbao.forms.print;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.docx.DocxRenderer;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.fonts.FontPreflight;
import cn.shenbao.forms.print.fonts.FontSetup;
import cn.shenbao.forms.print.fonts.FontWarning;
import cn.shenbao.forms.print.fonts.NoCjkFontException;
import cn.shenbao.forms.print.layout.CompiledForm;
import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.print.model.FontRole;
import cn.shenbao.forms.print.pdf.PdfRenderer;
import cn.shenbao.forms.print.pdf.SignatureArea;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.text.CharPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The print-ready export: (template, draft) → DOCX or PDF through the template's paper layout and one page
 * model. Each export checks the draft with the rule engine (errors → 草稿 watermark), prints the draft's
 * fingerprint in every footer, writes atomically and reads the file back to confirm every value is in it.
 *
 * <p>The command line's {@code --final} refuses to export when {@link #check} has errors; exit codes and
 * messages are the caller's.
 */
public final class Exporter {
    private final FontLocator fonts;

    /** An exporter using the fonts of this machine. */
    public Exporter() {
        this(FontLocator.system());
    }

    public Exporter(FontLocator fonts) {
        this.fonts = fonts;
    }

    /** The rule findings of a draft (what decides the watermark and what {@code --final} refuses on). */
    public static List<Finding> check(TemplateDef template, Draft draft) {
        return RuleEngine.check(template, draft);
    }

    /** First 8 hex digits of the SHA-256 of the draft's canonical values (template id, version, path=value). */
    public static String fingerprint(Draft draft) {
        StringBuilder sb = new StringBuilder();
        sb.append(draft.templateId()).append('\n').append(draft.templateVersion()).append('\n');
        for (Map.Entry<String, String> e : draft.flatten().entrySet()) {
            sb.append(e.getKey()).append('=').append(e.getValue().replace("\\", "\\\\").replace("\n", "\\n"))
                    .append('\n');
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page model of a draft (for previews; the exports use the same). */
    public static CompiledForm compile(TemplateDef template, Draft draft, PrintOptions options) {
        return LayoutCompiler.compile(template, printable(draft), options.locale());
    }

    /**
     * The draft as it is printed: characters that cannot be printed (controls, bidi controls, zero-width
     * characters; {@link CharPolicy}) are left out, so an export never fails on them. The findings on those
     * characters make the document a 草稿 until the text is corrected.
     */
    public static Draft printable(Draft draft) {
        return draft.mapTexts(CharPolicy::printable);
    }

    /**
     * Chooses the fonts of a PDF export and parses the chosen faces now, so that a PDF export started later finds
     * them ready: a cold export calls this on a background thread while the draft is read and checked (issue 15).
     * Does nothing when the options name font files (those are checked by the export itself); a failure is left
     * for the export to report.
     */
    public void prepareFonts(PrintOptions options) {
        if (options.bodyFont() != null || options.headingFont() != null) {
            return;
        }
        try {
            fonts.prepare(options.locale());
        } catch (RuntimeException e) {
            // no CJK font, an unreadable file: the PDF export says so with its own message
        }
    }

    /** Writes the draft as DOCX to {@code out}, checking it with the rule engine first. */
    public ExportResult exportDocx(TemplateDef template, Draft draft, Path out, PrintOptions options)
            throws ExportException {
        return exportDocx(template, draft, out, options, check(template, draft));
    }

    /** Writes the draft as DOCX to {@code out} with findings the caller already has (any ERROR → watermark). */
    public ExportResult exportDocx(TemplateDef template, Draft draft, Path out, PrintOptions options,
                                   List<Finding> findings) throws ExportException {
        refuseDraft(out, options);
        return writeDocx(template, out, options, prepare(template, draft, options, findings));
    }

    private ExportResult writeDocx(TemplateDef template, Path out, PrintOptions options, Prepared p)
            throws ExportException {
        PrintOptions docxOptions = p.options.withEditable(editablePaths(template, p.options.editable()));
        try {
            cn.shenbao.forms.trace.StartupTrace.mark("DOCX laid out");
            AtomicFiles.write(out, options.locale(), os -> new DocxRenderer(docxOptions).withDraft(draftPart(template, p))
                    .render(p.form.document(), os));
            cn.shenbao.forms.trace.StartupTrace.mark("DOCX rendered");
            List<String> missing = readBack(p, out, ExportResult.Format.DOCX, p.form.printed());
            cn.shenbao.forms.trace.StartupTrace.mark("DOCX read back");
            return new ExportResult(out, ExportResult.Format.DOCX, p.fingerprint, p.hasErrors, p.findings, List.of(),
                    missing, List.of(), Files.size(out));
        } catch (IOException | RuntimeException e) {
            throw new ExportException(PrintMessages.get(options.locale(), "export.docx.failed", reason(e)), e);
        }
    }

    /**
     * Writes the draft as DOCX and as PDF side by side ({@link SideBySide}: two cores), from ONE page model: the
     * draft is checked and laid out once, so both files show the same layout and a cold export does not compile
     * the page model twice (≈ 75 ms of CPU each, issue 15). The command line's {@code export} and the client's
     * export dialog both use this.
     *
     * @throws ExportException as {@link #exportDocx} or {@link #exportPdf}, the DOCX's first
     */
    public SideBySide.Both<ExportResult, ExportResult> exportBoth(TemplateDef template, Draft draft, Path docx,
            Path pdf, PrintOptions options, List<Finding> findings) throws ExportException {
        refuseDraft(docx, options);
        refuseDraft(pdf, options);
        Prepared p = prepare(template, draft, options, findings);
        cn.shenbao.forms.trace.StartupTrace.mark("page model compiled");
        try {
            return SideBySide.run(() -> writeDocx(template, docx, options, p),
                    () -> writePdf(template, pdf, options, p));
        } catch (ExportException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ExportException(PrintMessages.get(options.locale(), "export.docx.failed", reason(e)), e);
        }
    }

    /** As {@link #exportBoth(TemplateDef, Draft, Path, Path, PrintOptions, List)}, checking the draft first. */
    public SideBySide.Both<ExportResult, ExportResult> exportBoth(TemplateDef template, Draft draft, Path docx,
            Path pdf, PrintOptions options) throws ExportException {
        return exportBoth(template, draft, docx, pdf, options, check(template, draft));
    }

    /** Writes the draft as PDF to {@code out}, checking it with the rule engine first. */
    public ExportResult exportPdf(TemplateDef template, Draft draft, Path out, PrintOptions options)
            throws ExportException {
        return exportPdf(template, draft, out, options, check(template, draft));
    }

    /** Writes the draft as PDF to {@code out} with findings the caller already has (any ERROR → watermark). */
    public ExportResult exportPdf(TemplateDef template, Draft draft, Path out, PrintOptions options,
                                  List<Finding> findings) throws ExportException {
        refuseDraft(out, options);
        return writePdf(template, out, options, prepare(template, draft, options, findings));
    }

    private ExportResult writePdf(TemplateDef template, Path out, PrintOptions options, Prepared p)
            throws ExportException {
        Draft draft = p.draft;
        try {
            cn.shenbao.forms.trace.StartupTrace.mark("PDF laid out");
            FontSetup setup = fonts.resolve(options.bodyFont(), options.headingFont(), options.locale());
            cn.shenbao.forms.trace.StartupTrace.mark("fonts chosen");
            List<FontWarning> warnings = FontPreflight.check(setup,
                    LayoutCompiler.printableValues(template, printable(draft)), options.locale());
            cn.shenbao.forms.trace.StartupTrace.mark("font preflight (font programs parsed)");
            List<SignatureArea> areas = new ArrayList<>();
            AtomicFiles.write(out, options.locale(),
                    os -> areas.addAll(new PdfRenderer(p.options, setup).render(p.form.document(), os)));
            cn.shenbao.forms.trace.StartupTrace.mark("PDF rendered (iText)");
            // a character no font on this machine has prints as a drawn box, which no text extraction reads back:
            // FontPreflight has warned about it with its field, so the read-back looks for the rest of the value
            List<String> missing = readBack(p, out, ExportResult.Format.PDF, withoutUnprintable(p.form.printed(), setup));
            return new ExportResult(out, ExportResult.Format.PDF, p.fingerprint, p.hasErrors, p.findings, warnings,
                    missing, areas, Files.size(out));
        } catch (NoCjkFontException e) {
            throw new ExportException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new ExportException(PrintMessages.get(options.locale(), "export.pdf.failed", reason(e)), e);
        }
    }

    /** Whatever the caller checked, an export never overwrites a Shenbao draft (issue 9: it destroyed one). */
    private static void refuseDraft(Path out, PrintOptions options) throws ExportException {
        if (Files.isRegularFile(out) && ExportTargets.isDraft(out)) {
            throw new ExportException(PrintMessages.get(options.locale(), "target.otherDraft", out), null);
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private record Prepared(Draft draft, CompiledForm form, PrintOptions options, String fingerprint,
                            boolean hasErrors, List<Finding> findings, List<String> unplaced) {
    }

    /** The editable paths of a hand-off: a section id stands for the fields of the section. */
    static List<String> editablePaths(TemplateDef template, List<String> editable) {
        List<String> out = new ArrayList<>();
        for (String e : editable) {
            cn.shenbao.forms.template.SectionDef s = template.section(e);
            if (s != null) {
                s.fields().forEach(f -> out.add(f.id()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** The draft as printed, carried inside the DOCX for reading it back (docs/handoff.md). */
    private static cn.shenbao.forms.print.docx.DraftPart draftPart(TemplateDef template, Prepared p) {
        return new cn.shenbao.forms.print.docx.DraftPart(template.id(), template.version(),
                cn.shenbao.forms.draft.DraftFiles.FORMAT_VERSION, p.fingerprint,
                new String(cn.shenbao.forms.draft.DraftFiles.toBytes(p.draft), StandardCharsets.UTF_8));
    }

    /** The empty draft of a template: what a blank-form print prints. */
    public static Draft blank(TemplateDef template) {
        return new Draft(template.id(), template.version());
    }

    private static Prepared prepare(TemplateDef template, Draft draft, PrintOptions options,
                                    List<Finding> findings) {
        if (options.blankForm()) {
            // the empty form to fill in by hand: no values, no 草稿 mark, no fingerprint
            Draft empty = blank(template);
            PrintOptions effective = options.withDraftWatermark(false).withFingerprint(null);
            CompiledForm form = LayoutCompiler.compileBlank(template, options.locale());
            return new Prepared(empty, form, effective, null, false, List.of(), List.of());
        }
        boolean errors = RuleEngine.hasErrors(findings);
        String fp = fingerprint(draft);
        draft = printable(draft);
        PrintOptions effective = options.withDraftWatermark(options.draftWatermark() || errors)
                .withFingerprint(options.fingerprint() != null ? options.fingerprint() : fp);
        CompiledForm form = LayoutCompiler.compile(template, draft, options.locale());
        List<String> unplaced = new ArrayList<>();
        for (String path : LayoutCompiler.printableValues(template, draft).keySet()) {
            if (!form.printed().containsKey(path)) {
                unplaced.add(path);
            }
        }
        return new Prepared(draft, form, effective, effective.fingerprint(), errors, findings, unplaced);
    }

    /** The printed values less the characters that no font of {@code setup} has (printed as boxes). */
    private static Map<String, List<String>> withoutUnprintable(Map<String, List<String>> printed, FontSetup setup) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        printed.forEach((path, values) -> out.put(path, values.stream().map(v -> {
            StringBuilder b = new StringBuilder(v.length());
            v.codePoints().filter(cp -> Character.isWhitespace(cp) || setup.faceFor(FontRole.BODY, cp) != null)
                    .forEach(b::appendCodePoint);
            return b.toString();
        }).toList()));
        return out;
    }

    private static List<String> readBack(Prepared p, Path out, ExportResult.Format format,
                                         Map<String, List<String>> printed) throws IOException {
        String text;
        try {
            text = format == ExportResult.Format.PDF ? SelfCheck.pdfText(out) : SelfCheck.docxText(out);
        } catch (IOException | RuntimeException e) {
            return List.of(PrintMessages.get(p.options.locale(), "check.unreadable", format.name(), reason(e)));
        }
        List<String> missing = new ArrayList<>(SelfCheck.missing(printed, text, format.name(),
                p.options.locale()));
        // values the layout did not place at all are missing too
        for (String path : p.unplaced) {
            missing.add(PrintMessages.get(p.options.locale(), "check.missing", path, format.name(), ""));
        }
        return missing;
    }
}
