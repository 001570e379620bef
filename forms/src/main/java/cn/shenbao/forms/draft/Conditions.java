package cn.shenbao.forms.draft;

import cn.shenbao.forms.template.Condition;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The one evaluation of {@link Condition}s ({@code "when"} of fields, sections and rules) against a draft,
 * used by the checks, the layout compiler and the client alike. A field is <em>shown</em> when the condition
 * of its section, of its top-level field and of every group field on its path hold; a hidden field is not
 * required, not checked and not printed, and the client does not show it, but its value stays in the draft
 * (choosing the other kind and back loses nothing).
 */
public final class Conditions {
    private Conditions() {
    }

    /** Conditions may test fields that have conditions themselves; DefinitionCheck refuses cycles. */
    private static final int MAX_DEPTH = 8;

    /**
     * Whether the condition holds for the draft (a null condition always holds): the tested field has one of the
     * values asked for and is shown itself (a condition on a hidden field is false: T8's routes depend on
     * 赛马制, which shows only for 技术攻关类).
     */
    public static boolean holds(TemplateDef t, Condition c, Draft draft) {
        return holds(t, c, draft, 0);
    }

    private static boolean holds(TemplateDef t, Condition c, Draft draft, int depth) {
        if (c == null) {
            return true;
        }
        if (!c.holds(draft.text(c.path()))) {
            return false;
        }
        return depth >= MAX_DEPTH || shown(t, draft, c.path(), depth + 1);
    }

    /** Whether the template has any condition on a field or section (most have none: nothing to evaluate). */
    public static boolean any(TemplateDef t) {
        return t.hasConditions();
    }

    /**
     * The paths of the fields every condition of the template tests (fields, sections and rules): a change
     * there can show or hide other fields.
     */
    public static Set<String> controllers(TemplateDef t) {
        Set<String> out = new LinkedHashSet<>();
        for (SectionDef s : t.sections()) {
            if (s.when() != null) {
                out.add(s.when().path());
            }
            for (FieldDef f : s.fields()) {
                controllersIn(f, out);
            }
        }
        for (RuleDef r : t.rules()) {
            if (r.when() != null) {
                out.add(r.when().path());
            }
        }
        return out;
    }

    private static void controllersIn(FieldDef f, Set<String> out) {
        if (f.when() != null) {
            out.add(f.when().path());
        }
        for (FieldDef c : f.fields()) {
            controllersIn(c, out);
        }
    }

    /** Whether the section is shown. */
    public static boolean shown(TemplateDef t, SectionDef s, Draft draft) {
        return holds(t, s.when(), draft, 0);
    }

    /**
     * Whether the field at {@code path} (any path of the template: {@code kind}, {@code unit.regDate},
     * {@code routes[2].name}, {@code x.other}) is shown. A path the template does not know is shown.
     */
    public static boolean shown(TemplateDef t, Draft draft, String path) {
        return shown(t, draft, path, 0);
    }

    private static boolean shown(TemplateDef t, Draft draft, String path, int depth) {
        String top = path.split("[.\\[]", 2)[0];
        SectionDef s = t.sectionOf(top);
        if (s == null) {
            return true;
        }
        if (s.when() != null && !holds(t, s.when(), draft, depth)) {
            return false;
        }
        FieldDef f = t.field(top);
        if (f == null) {
            return true;
        }
        if (!holds(t, f.when(), draft, depth)) {
            return false;
        }
        if (f.type() == FieldType.TABLE) {
            return true; // columns carry no conditions
        }
        String rest = path.substring(top.length());
        for (String part : rest.split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            FieldDef c = f.child(part);
            if (c == null) {
                return true; // x.other and the like
            }
            if (!holds(t, c.when(), draft, depth)) {
                return false;
            }
            f = c;
        }
        return true;
    }

    /**
     * A copy of the draft without the values of hidden fields (what is printed), or the draft itself when
     * nothing is hidden.
     */
    public static Draft shownOnly(TemplateDef t, Draft draft) {
        if (!any(t)) {
            return draft;
        }
        Draft copy = null;
        for (String key : Set.copyOf(draft.keys())) {
            if (!shown(t, draft, key)) {
                if (copy == null) {
                    copy = draft.copy();
                }
                copy.removeRaw(key);
            }
        }
        return copy == null ? draft : copy;
    }

    /** The paths of values the draft holds in fields that are hidden now (for a warning before export). */
    public static Set<String> hiddenValues(TemplateDef t, Draft draft) {
        Set<String> out = new LinkedHashSet<>();
        if (!any(t)) {
            return out;
        }
        for (String key : draft.keys()) {
            if (draft.has(key) && !shown(t, draft, key)) {
                out.add(key);
            }
        }
        return out;
    }
}
