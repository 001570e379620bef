package cn.shenbao.forms.rules;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of one draft that is being edited, kept up to date one change at a time. The result is
 * always exactly {@link RuleEngine#check} of the draft as it is now (same findings, same order), but
 * after a change of one value only what can depend on it is checked again:
 * <ul>
 *   <li>the field's own checks (for a table cell: only its row);</li>
 *   <li>the rules of the definition that read the changed field. Which fields a rule reads is taken
 *       from its parameters: every parameter value that names a field of the template (a COMPUTED
 *       field stands for the fields it sums); a table counts as a whole, since counting rules look at
 *       which rows hold any value; a {@code $param} chosen by an option ({@link TemplateParams}) names
 *       its choice field. A rule none of whose parameters names a field is run after every change.</li>
 * </ul>
 * Structural changes (rows added, removed, moved, pasted; a draft loaded) call {@link #checkAll()}.
 * Not thread-safe: one editing thread.
 */
public final class LiveCheck {
    private final TemplateDef template;
    private final Draft draft;
    private final RuleEngine.Ranking ranking;
    private final Map<String, FieldDef> tops = new LinkedHashMap<>();
    /** Implicit findings per top-level field; for a table only its row limits. */
    private final Map<String, List<Finding>> fieldFindings = new HashMap<>();
    /** Implicit findings per row of each table. */
    private final Map<String, List<List<Finding>>> rowFindings = new HashMap<>();
    private List<Finding> unknownFindings = List.of();
    private final List<RuleDef> rules;
    private final List<List<Finding>> ruleFindings = new ArrayList<>();
    /** Top-level field id → the rules reading it. */
    private final Map<String, BitSet> readers = new HashMap<>();
    /** Top-level field id → the top-level fields whose options depend on it ({@code dependsOn}). */
    private final Map<String, List<FieldDef>> dependents = new HashMap<>();
    /** Rules that name no field: run after every change. */
    private final BitSet always = new BitSet();
    /** Top-level fields that conditions ({@code when}) test: a change there can show or hide anything. */
    private final java.util.Set<String> controllers = new java.util.HashSet<>();
    private List<Finding> findings = List.of();

    public LiveCheck(TemplateDef template, Draft draft) {
        this.template = template;
        this.draft = draft;
        this.ranking = new RuleEngine.Ranking(template);
        for (SectionDef s : template.sections()) {
            for (FieldDef f : s.fields()) {
                tops.put(f.id(), f);
            }
        }
        for (FieldDef f : tops.values()) {
            dependentsOf(f, f);
        }
        for (String p : cn.shenbao.forms.draft.Conditions.controllers(template)) {
            controllers.add(topOf(p));
        }
        this.rules = template.rules();
        for (int i = 0; i < rules.size(); i++) {
            ruleFindings.add(List.of());
            java.util.Set<String> read = new java.util.LinkedHashSet<>();
            for (String key : rules.get(i).args().keySet()) {
                for (String value : rules.get(i).strings(key)) {
                    fieldsNamedBy(value, read, 0);
                    fieldsNamedBy(TemplateParams.chosenBy(template, value), read, 0); // a $param chosen by an option
                }
            }
            if (read.isEmpty()) {
                always.set(i);
            }
            for (String top : read) {
                readers.computeIfAbsent(top, k -> new BitSet()).set(i);
            }
        }
        checkAll();
    }

    /** Records the top-level field {@code top} as depending on the field its (sub-)field {@code f}'s options depend on. */
    private void dependentsOf(FieldDef top, FieldDef f) {
        if (f.dependsOn() != null) {
            List<FieldDef> l = dependents.computeIfAbsent(topOf(f.dependsOn()), k -> new ArrayList<>());
            if (!l.contains(top)) {
                l.add(top);
            }
        }
        for (FieldDef c : f.fields()) {
            dependentsOf(top, c);
        }
        for (FieldDef c : f.columns()) {
            dependentsOf(top, c);
        }
    }

    /** Adds the top-level fields a parameter value names (a COMPUTED field: the fields it sums). */
    private void fieldsNamedBy(String value, java.util.Set<String> out, int depth) {
        if (value == null || value.isEmpty() || depth > 8) {
            return;
        }
        String top = topOf(value);
        if (!tops.containsKey(top)) {
            return;
        }
        out.add(top);
        FieldDef f = template.field(value.replace("[].", "[0]."));
        if (f == null) {
            f = template.field(value);
        }
        if (f != null && f.type() == FieldType.COMPUTED && f.compute() != null) {
            for (String of : f.compute().of()) {
                fieldsNamedBy(of, out, depth + 1);
            }
        }
    }

    /** The top-level field id of a path ({@code members[2].name} → {@code members}). */
    static String topOf(String path) {
        int n = path.length();
        for (int i = 0; i < n; i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '[') {
                return path.substring(0, i);
            }
        }
        return path;
    }

    /** The draft being checked. */
    public Draft draft() {
        return draft;
    }

    /** The current findings, in {@link RuleEngine#check} order (an unmodifiable list). */
    public List<Finding> findings() {
        return findings;
    }

    /** Checks the whole draft again (after a structural change or a load). */
    public List<Finding> checkAll() {
        fieldFindings.clear();
        rowFindings.clear();
        for (FieldDef f : tops.values()) {
            checkTop(f);
        }
        unknown();
        for (int i = 0; i < rules.size(); i++) {
            runRule(i);
        }
        return merge();
    }

    /**
     * Checks again what can depend on the value at {@code path} (which the caller has just changed in
     * the draft) and returns the new findings of the whole draft.
     */
    public List<Finding> changed(String path) {
        String top = topOf(path);
        FieldDef f = tops.get(top);
        if (controllers.contains(top)) {
            return checkAll(); // fields, sections or rules may have been shown or hidden
        }
        if (f == null || template.field(path) == null && !isOtherText(path)) {
            return checkAll(); // a path the template does not know: unknown-field warnings may change
        }
        if (f.type() == FieldType.TABLE) {
            FieldPath p;
            try {
                p = FieldPath.parse(path);
            } catch (IllegalArgumentException e) {
                return checkAll();
            }
            List<List<Finding>> rows = rowFindings.get(top);
            if (!p.isCell() || rows == null || p.row() >= rows.size() || rows.size() != draft.rowCount(top)) {
                return checkAll();
            }
            List<Finding> out = new ArrayList<>();
            RuleEngine.checkRow(template, draft, f, top, p.row(), draft.row(top, p.row()), out);
            rows.set(p.row(), out);
        } else {
            checkTop(f);
        }
        for (FieldDef d : dependents.getOrDefault(top, List.of())) {
            if (d != f) {
                checkTop(d); // its chosen options may now belong, or no longer belong, to this field's value
            }
        }
        BitSet run = (BitSet) always.clone();
        BitSet r = readers.get(top);
        if (r != null) {
            run.or(r);
        }
        for (int i = run.nextSetBit(0); i >= 0; i = run.nextSetBit(i + 1)) {
            runRule(i);
        }
        return merge();
    }

    private boolean isOtherText(String path) {
        if (!path.endsWith(".other")) {
            return false;
        }
        FieldDef base = template.field(path.substring(0, path.length() - ".other".length()));
        return base != null && base.otherOption() != null;
    }

    private void checkTop(FieldDef f) {
        List<Finding> out = new ArrayList<>();
        if (template.hasConditions() && !cn.shenbao.forms.draft.Conditions.shown(template, draft, f.id())) {
            rowFindings.remove(f.id());
            fieldFindings.put(f.id(), out); // hidden: not checked
            return;
        }
        if (f.type() == FieldType.TABLE) {
            RuleEngine.checkRowCount(template, draft, f, f.id(), out);
            List<Map<String, String>> data = draft.rows(f.id());
            List<List<Finding>> rows = new ArrayList<>(data.size());
            for (int i = 0; i < data.size(); i++) {
                List<Finding> row = new ArrayList<>();
                RuleEngine.checkRow(template, draft, f, f.id(), i, data.get(i), row);
                rows.add(row);
            }
            rowFindings.put(f.id(), rows);
        } else {
            RuleEngine.checkField(template, draft, f, f.id(), out);
        }
        fieldFindings.put(f.id(), out);
    }

    private void unknown() {
        List<Finding> out = new ArrayList<>();
        RuleEngine.checkUnknownKeys(template, draft, out);
        unknownFindings = out;
    }

    private void runRule(int i) {
        ruleFindings.set(i, RuleEngine.runRule(template, draft, rules.get(i)));
    }

    /** Puts the pieces together in the order {@link RuleEngine#check} finds them, then sorts the same way. */
    private List<Finding> merge() {
        List<Finding> out = new ArrayList<>();
        for (String id : tops.keySet()) {
            out.addAll(fieldFindings.get(id));
            List<List<Finding>> rows = rowFindings.get(id);
            if (rows != null) {
                rows.forEach(out::addAll);
            }
        }
        out.addAll(unknownFindings);
        ruleFindings.forEach(out::addAll);
        ranking.sort(out);
        findings = java.util.Collections.unmodifiableList(out);
        return findings;
    }
}
