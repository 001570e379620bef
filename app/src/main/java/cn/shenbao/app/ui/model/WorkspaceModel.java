package cn.shenbao.app.ui.model;

import cn.shenbao.app.ui.UiTexts;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import cn.shenbao.forms.workspace.Workspace;
import cn.shenbao.forms.workspace.WorkspaceCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace panel's state without Nodes: a folder of drafts checked with {@link WorkspaceCheck} (each
 * draft on its own and all together), turned into rows to list — files that cannot be read first (with their
 * problem; they are never written), then every finding with the draft, the place (label of the field) and
 * the message, and for a shared item where it is in the other drafts, so that either draft can be opened at
 * that field.
 */
public final class WorkspaceModel {
    /** Where to open a draft: its file and the field path ("" for the file as a whole). */
    public record Target(String name, Path file, String path) {}

    /** One line of the panel. */
    public record Row(String file, Severity severity, String place, String message, Target target, List<Target> others) {
        public Row {
            others = List.copyOf(others);
        }

        public boolean broken() {
            return target.path() == null;
        }
    }

    /** The outcome of one check: the rows and a summary line. */
    public record Outcome(List<Row> rows, String summary, boolean hasErrors) {}

    private final TemplateRegistry registry;
    private final UiTexts texts;

    public WorkspaceModel(TemplateRegistry registry, UiTexts texts) {
        this.registry = registry;
        this.texts = texts;
    }

    /** Reads and checks the folder (call it off the FX thread); a folder that cannot be read is one broken row. */
    public Outcome check(Path folder) {
        Workspace ws;
        try {
            ws = Workspace.open(folder, new DraftFiles(registry));
        } catch (Workspace.WorkspaceException e) {
            Row r = new Row(folder.toString(), Severity.ERROR, "", e.message(texts.locale()), new Target(folder.toString(), folder, null), List.of());
            return new Outcome(List.of(r), e.message(texts.locale()), true);
        }
        WorkspaceCheck.Result result = WorkspaceCheck.check(ws, registry);
        java.util.Map<Path, TemplateDef> templates = new java.util.HashMap<>();
        for (Workspace.Entry e : ws.readable()) {
            registry.find(e.draft().templateId()).ifPresent(t -> templates.put(e.file(), t));
        }
        List<Row> rows = new ArrayList<>();
        for (Workspace.Entry b : result.broken()) {
            rows.add(new Row(b.name(), Severity.ERROR, texts.msg("workspace.brokenFile"), b.problemMessage(texts.locale()),
                    new Target(b.name(), b.file(), null), List.of()));
        }
        int errors = 0;
        for (WorkspaceCheck.Item i : result.items()) {
            TemplateDef t = templates.get(i.file());
            String place = t == null || i.finding().path().isEmpty() ? "" : t.labelOf(i.finding().path());
            List<Target> others = new ArrayList<>();
            for (WorkspaceCheck.Other o : i.others()) {
                others.add(new Target(o.name(), o.file(), o.path()));
            }
            if (i.finding().severity() == Severity.ERROR) {
                errors++;
            }
            rows.add(new Row(i.name(), i.finding().severity(), place, i.finding().message(texts.locale()),
                    new Target(i.name(), i.file(), i.finding().path()), others));
        }
        String summary = texts.msg("workspace.summary", result.drafts(), result.broken().size(), errors,
                result.items().size() - errors);
        return new Outcome(rows, summary, errors > 0 || !result.broken().isEmpty());
    }
}
