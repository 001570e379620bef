package cn.shenbao.app.ui.model;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 查找 (Ctrl+F) across the whole form: the fields whose label or entered value contains a text, in the
 * order of the form (parts, fields, sub-fields, table rows and their cells), so that 下一个 walks
 * through the form the way the user reads it.
 */
public final class FormSearch {
    private FormSearch() {}

    /** The paths of all matches in form order; empty for a blank query. */
    public static List<String> find(TemplateDef template, Draft draft, String query) {
        List<String> hits = new ArrayList<>();
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return hits;
        }
        for (SectionDef s : template.sections()) {
            for (FieldDef f : s.fields()) {
                visit(f, f.id(), f.label(), draft, q, hits);
            }
        }
        return hits;
    }

    private static void visit(FieldDef f, String path, String label, Draft d, String q, List<String> hits) {
        switch (f.type()) {
            case GROUP, DATE_RANGE -> {
                boolean labelHit = contains(label, q);
                for (FieldDef c : f.fields()) {
                    String childLabel = labelHit ? label : c.label();
                    visit(c, path + "." + c.id(), childLabel, d, q, hits);
                    labelHit = false;
                }
            }
            case TABLE -> {
                int rows = d.rowCount(path);
                if (contains(label, q) || rows == 0 && f.columns().stream().anyMatch(c -> contains(c.label(), q))) {
                    hits.add(rows == 0 ? path : path + "[0]." + f.columns().get(0).id());
                }
                for (int i = 0; i < rows; i++) {
                    for (FieldDef c : f.columns()) {
                        String cell = path + "[" + i + "]." + c.id();
                        if (contains(d.text(cell), q)) {
                            hits.add(cell);
                        }
                    }
                }
            }
            default -> {
                if (contains(label, q) || contains(d.text(path), q)) {
                    hits.add(path);
                } else if (f.otherOption() != null && contains(d.text(path + ".other"), q)) {
                    hits.add(path + ".other");
                }
            }
        }
    }

    private static boolean contains(String text, String q) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(q);
    }
}
