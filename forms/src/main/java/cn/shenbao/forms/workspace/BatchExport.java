package cn.shenbao.forms.workspace;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.io.AtomicWriter;
import cn.shenbao.forms.print.ExportException;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.ExportTargets;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Exports every readable draft of a workspace to DOCX and PDF in one go (one JVM, one {@link Exporter}),
 * into an output folder that mirrors the workspace's sub-folders. Each file is named by the form's
 * {@code exportName} ({@link Submission}; the draft's own name otherwise; a name used twice gets （2）). A draft
 * that still has errors is exported with the 草稿 mark and listed as such. Nothing is written over a draft, and an
 * existing file only when it is one of our exports (or with {@code force}). Last, the printing sheet
 * {@code 打印清单.txt} (tab-separated, opens in Excel/WPS too): each document with its pages, the copies the
 * notice asks for, the e-mail subject and whether it is final or a 草稿; drafts that could not be read or exported.
 */
public final class BatchExport {
    private BatchExport() {}

    /** Called after each draft: how many are done, of how many, and the one just done. */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total, String name);
    }

    /**
     * One exported draft: its workspace name, form title, the files, PDF pages, copies, e-mail subject, number of
     * errors (0 = final), what the read-back missed, or why it could not be exported ({@code failure}, files null).
     */
    public record Document(String draftName, String form, Path docx, Path pdf, int pages, int copies, String copiesNote,
            String subject, int errors, List<String> problems, String failure) {
        public Document {
            problems = List.copyOf(problems);
        }

        public boolean exported() {
            return failure == null;
        }
    }

    /** The outcome: every document, the drafts that could not be read, the printing sheet. */
    public record Result(List<Document> documents, List<Workspace.Entry> broken, Path sheet) {
        /** Whether every draft was read and exported and every value found again in its files. */
        public boolean complete() {
            return broken.isEmpty() && documents.stream().allMatch(d -> d.exported() && d.problems().isEmpty());
        }
    }

    /** The name of the printing sheet in the given language. */
    public static String sheetName(Locale locale) {
        return Messages.get(locale, "batch.sheet.file");
    }

    public static Result run(Workspace ws, TemplateRegistry registry, Path out, Exporter exporter, PrintOptions options,
            boolean force, Progress progress) throws IOException {
        Locale locale = options.locale();
        Files.createDirectories(out);
        List<Path> drafts = ws.entries().stream().map(Workspace.Entry::file).toList();
        List<Workspace.Entry> readable = ws.readable();
        List<Document> docs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int done = 0;
        for (Workspace.Entry e : readable) {
            docs.add(one(e, registry, out, exporter, options, force, drafts, used));
            done++;
            if (progress != null) {
                progress.step(done, readable.size(), e.name());
            }
        }
        Path sheet = out.resolve(sheetName(locale));
        String refusal = ExportTargets.refusal(sheet, drafts, true, locale);
        if (refusal == null) {
            AtomicWriter.write(sheet, false, sheet(docs, ws.broken(), locale).getBytes(StandardCharsets.UTF_8));
        } else {
            sheet = null;
        }
        return new Result(docs, ws.broken(), sheet);
    }

    private static Document one(Workspace.Entry e, TemplateRegistry registry, Path out, Exporter exporter,
            PrintOptions options, boolean force, List<Path> drafts, Set<String> used) {
        Locale locale = options.locale();
        Draft d = e.draft();
        TemplateDef t = registry.get(d.templateId());
        Submission sub = Submission.of(t);
        String fallback = e.file().getFileName().toString().replaceFirst("(?i)\\.shenbao$", "");
        String stem = sub.fileStem(d, fallback);
        Path dir = out;
        Path parent = ws(e).getParent();
        if (parent != null) {
            dir = out.resolve(parent.toString());
        }
        String unique = stem;
        for (int n = 2; !used.add(dir.resolve(unique).toString().toLowerCase(Locale.ROOT)); n++) {
            unique = stem + "（" + n + "）";
        }
        Path docx = dir.resolve(unique + ".docx");
        Path pdf = dir.resolve(unique + ".pdf");
        String subject = sub.subject(d);
        try {
            List<Finding> findings = RuleEngine.check(t, d);
            int errors = (int) findings.stream().filter(Finding::isError).count();
            for (Path target : List.of(docx, pdf)) {
                String refusal = ExportTargets.refusal(target, drafts, force, locale);
                if (refusal != null) {
                    return new Document(e.name(), t.title(), null, null, 0, sub.copies(), sub.copiesNote(), subject, errors,
                            List.of(), refusal);
                }
            }
            Files.createDirectories(dir);
            List<String> problems = new ArrayList<>();
            // one page model, DOCX and PDF side by side on two cores (issue 15: batch export's first batch)
            var both = exporter.exportBoth(t, d, docx, pdf, options, findings);
            ExportResult rd = both.first();
            problems.addAll(rd.missing());
            ExportResult rp = both.second();
            problems.addAll(rp.missing());
            rp.fontWarnings().forEach(w -> problems.add(w.message()));
            return new Document(e.name(), t.title(), docx, pdf, pages(pdf), sub.copies(), sub.copiesNote(), subject, errors,
                    problems, null);
        } catch (ExportException | IOException | RuntimeException ex) {
            String why = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            return new Document(e.name(), t.title(), null, null, 0, sub.copies(), sub.copiesNote(), subject, 0, List.of(),
                    Messages.get(locale, "batch.failed", why));
        }
    }

    /** The workspace-relative path of an entry (its name with / between folders). */
    private static Path ws(Workspace.Entry e) {
        return Path.of(e.name());
    }

    /** The number of pages of a PDF we wrote. */
    static int pages(Path pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            return doc.getNumberOfPages();
        }
    }

    /** The printing sheet: one tab-separated line a document, totals, what was left out. */
    static String sheet(List<Document> docs, List<Workspace.Entry> broken, Locale locale) {
        StringBuilder sb = new StringBuilder();
        String nl = "\r\n"; // Notepad and Excel on Windows
        sb.append(Messages.get(locale, "batch.sheet.title", docs.stream().filter(Document::exported).count())).append(nl);
        sb.append(Messages.get(locale, "batch.sheet.header")).append(nl);
        int i = 0;
        long sheets = 0;
        for (Document d : docs) {
            i++;
            String file = d.exported() ? d.pdf().getFileName().toString() : d.draftName();
            String copies = d.copiesNote() == null ? String.valueOf(d.copies()) : d.copies() + "（" + d.copiesNote() + "）";
            String state = !d.exported() ? Messages.get(locale, "batch.sheet.notExported", d.failure().replaceAll("[\\t\\r\\n]+", " "))
                    : d.errors() > 0 ? Messages.get(locale, "batch.sheet.draft", d.errors()) : Messages.get(locale, "batch.sheet.final");
            sb.append(i).append('\t').append(file).append('\t').append(d.form()).append('\t')
                    .append(d.exported() ? String.valueOf(d.pages()) : "").append('\t').append(copies).append('\t')
                    .append(d.subject() == null ? "" : d.subject()).append('\t').append(state).append(nl);
            if (d.exported()) {
                sheets += (long) d.pages() * d.copies();
            }
        }
        sb.append(nl).append(Messages.get(locale, "batch.sheet.total", sheets)).append(nl);
        for (Workspace.Entry b : broken) {
            sb.append(Messages.get(locale, "batch.sheet.broken", b.name(), b.problemMessage(locale).replaceAll("[\\t\\r\\n]+", " ")))
                    .append(nl);
        }
        return sb.toString();
    }
}
