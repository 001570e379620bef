package cn.shenbao.forms.workspace;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.CrossDraftCheck;
import cn.shenbao.forms.rules.CrossDraftCheck.NamedDraft;
import cn.shenbao.forms.rules.CrossDraftCheck.Ref;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a workspace: every draft against its own form's rules, and all drafts together against the rules
 * across applications ({@code crossRules}: at most 5 科创中国 applications per 申报单位, nothing shared
 * between them). Warnings a draft acknowledged are left out, as in {@code validate}. Linear in the number of
 * drafts: each is checked once, and the cross rules hash every item once.
 */
public final class WorkspaceCheck {
    private WorkspaceCheck() {}

    /** Where an item is in another draft: that draft's file and the field path. */
    public record Other(String name, Path file, String path) {}

    /**
     * One finding: the draft (its workspace name and file), the finding, whether it comes from the rules
     * across drafts, and for a shared item the other drafts with the item's path in each.
     */
    public record Item(String name, Path file, Finding finding, boolean cross, List<Other> others) {
        public Item {
            others = List.copyOf(others);
        }
    }

    /** The outcome: the findings (errors first, then by draft), the files that could not be read. */
    public record Result(List<Item> items, List<Workspace.Entry> broken, int drafts) {
        public boolean hasErrors() {
            return items.stream().anyMatch(i -> i.finding().severity() == Severity.ERROR);
        }
    }

    /** Checks the readable drafts of a workspace; the broken ones are passed through. */
    public static Result check(Workspace ws, TemplateRegistry registry) {
        List<Item> items = new ArrayList<>();
        List<NamedDraft> named = new ArrayList<>();
        Set<TemplateDef> templates = new LinkedHashSet<>();
        Map<String, Workspace.Entry> byName = new HashMap<>();
        for (Workspace.Entry e : ws.readable()) {
            TemplateDef t = registry.get(e.draft().templateId());
            for (Finding f : RuleEngine.check(t, e.draft())) {
                if (shown(e.draft(), f)) {
                    items.add(new Item(e.name(), e.file(), f, false, List.of()));
                }
            }
            templates.add(t);
            named.add(new NamedDraft(e.name(), e.draft()));
            byName.put(e.name(), e);
        }
        for (CrossDraftCheck.DraftFinding df : CrossDraftCheck.check(List.copyOf(templates), named)) {
            Workspace.Entry e = byName.get(df.draftName());
            if (!shown(e.draft(), df.finding())) {
                continue;
            }
            List<Other> others = new ArrayList<>();
            for (Ref r : df.others()) {
                Workspace.Entry o = byName.get(r.draftName());
                others.add(new Other(r.draftName(), o == null ? null : o.file(), r.path()));
            }
            items.add(new Item(e.name(), e.file(), df.finding(), true, others));
        }
        List<Item> ordered = new ArrayList<>(items.size());
        for (Item i : items) {
            if (i.finding().severity() == Severity.ERROR) {
                ordered.add(i);
            }
        }
        for (Item i : items) {
            if (i.finding().severity() != Severity.ERROR) {
                ordered.add(i);
            }
        }
        return new Result(ordered, ws.broken(), ws.readable().size());
    }

    private static boolean shown(Draft d, Finding f) {
        return !(f.severity() == Severity.WARNING && d.acknowledged().contains(f.id()));
    }
}
