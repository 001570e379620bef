package cn.shenbao.forms.rules;

import cn.shenbao.forms.draft.Computed;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rule sees: the template, the draft, and the definition entry that configured it, with helpers
 * to read parameters (a value written {@code "$name"} is the template parameter {@code name}, resolved by
 * {@link TemplateParams}: one chosen by an option takes the draft's choice into account, and is null — no
 * limit — when the choice has no value).
 */
public final class RuleContext {
    private final TemplateDef template;
    private final Draft draft;
    private final RuleDef def;

    public RuleContext(TemplateDef template, Draft draft, RuleDef def) {
        this.template = template;
        this.draft = draft;
        this.def = def;
    }

    public TemplateDef template() {
        return template;
    }

    public Draft draft() {
        return draft;
    }

    public RuleDef def() {
        return def;
    }

    /** A string parameter, template parameters resolved. */
    public String param(String key) {
        return resolve(def.string(key));
    }

    /** A list parameter, template parameters resolved. */
    public List<String> params(String key) {
        return def.strings(key).stream().map(this::resolve).toList();
    }

    /** A {@code $name} resolved by {@link TemplateParams} for this draft (null: chosen by an option and no value for the choice). */
    private String resolve(String v) {
        if (v != null && v.startsWith("$")) {
            return TemplateParams.value(template, draft, v.substring(1));
        }
        return v;
    }

    /**
     * The option of the draft that chose a parameter's value, when the parameter is a {@code $name} chosen by an
     * option ({@link TemplateParams}); null otherwise or when nothing is chosen. For messages (所选的“企业”).
     */
    public String chosen(String key) {
        String by = TemplateParams.chosenBy(template, def.string(key));
        if (by == null) {
            return null;
        }
        String v = draft.text(by).strip();
        return v.isEmpty() ? null : v;
    }

    /** A numeric parameter, or null. */
    public BigDecimal number(String key) {
        String v = param(key);
        return v == null ? null : new BigDecimal(v);
    }

    /** A date parameter, or null. */
    public LocalDate date(String key) {
        String v = param(key);
        return v == null ? null : LocalDate.parse(v);
    }

    /** An integer parameter, or the fallback. */
    public int integer(String key, int fallback) {
        String v = param(key);
        return v == null ? fallback : Integer.parseInt(v);
    }

    /** The field at a path (patterns with [] or row numbers accepted); an exception if the definition is wrong. */
    public FieldDef field(String path) {
        FieldDef f = template.field(path);
        if (f == null) {
            throw new IllegalStateException("rule " + def.rule() + " of " + template.id() + " names unknown field " + path);
        }
        return f;
    }

    /**
     * The paths a field parameter stands for: the path itself, or for a column pattern {@code table[].column}
     * the cell of every row of the table ({@code table[0].column}, …), so that a rule of one value also checks
     * a column row by row.
     */
    public List<String> each(String path) {
        int b = path.indexOf("[].");
        if (b < 0) {
            return List.of(path);
        }
        String table = path.substring(0, b);
        String column = path.substring(b + 3);
        int n = draft.rowCount(table);
        List<String> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(cn.shenbao.forms.draft.FieldPath.cell(table, i, column));
        }
        return out;
    }

    /** The label of a path, with group and row, for messages. */
    public String label(String path) {
        return template.labelOf(path);
    }

    /** The text of a path: the stored text, or the computed value of a COMPUTED field ({@link Computed}). */
    public String text(String path) {
        return Computed.text(template, draft, path);
    }

    /** The stored number of a path, or null when empty or not a number. */
    public BigDecimal number(String path, boolean fromDraft) {
        return Values.numberOrNull(text(path));
    }

    /** The stored date of a path, or null. */
    public LocalDate dateAt(String path) {
        return Values.dateOrNull(text(path));
    }

    /** The severity configured for this rule. */
    public Severity severity() {
        return def.severity();
    }

    /** A finding of this rule at a path, with the configured severity; {@code defaultKey} unless the definition overrides it. */
    public Finding finding(String path, String defaultKey, Object... args) {
        return Finding.of(def.severity(), path, def.rule(), def.message() != null ? def.message() : defaultKey, args)
                .withRuleName(def.name());
    }
}
