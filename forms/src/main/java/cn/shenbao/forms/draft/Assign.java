package cn.shenbao.forms.draft;

import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import java.util.List;

/**
 * Sets a value given as text at a path, the way the command line's {@code set} and the editors do:
 * the path must exist in the template, the text is parsed by the field's type, table rows are created
 * as needed. Rule violations (too long, missing, sums) are not checked here; that is the rule engine's.
 */
public final class Assign {
    private static final java.util.regex.Pattern RANGE_SEPARATOR =
            java.util.regex.Pattern.compile("\\s*(/|~|～|至|到|—|--)\\s*");

    private Assign() {}

    /** The field a settable path names: a leaf, a table cell, a DATE_RANGE, or a choice's {@code .other}. */
    public static FieldDef resolve(TemplateDef template, String path) throws ValueException {
        FieldPath p;
        try {
            p = FieldPath.parse(path);
        } catch (IllegalArgumentException e) {
            throw new ValueException("value.path.unknown", cn.shenbao.forms.text.Shown.user(path));
        }
        FieldDef f = template.field(p.pattern());
        if (f == null && !p.isCell() && path.endsWith(".other")) {
            FieldDef base = template.field(path.substring(0, path.length() - ".other".length()));
            if (base != null && base.otherOption() != null) {
                return new FieldDef("other", base.otherOption(), FieldType.TEXT, false, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
            }
        }
        if (f == null) {
            throw new ValueException("value.path.unknown", cn.shenbao.forms.text.Shown.user(path));
        }
        if (p.isCell()) {
            FieldDef table = template.field(p.table());
            if (table != null && table.maxRows() != null && p.row() >= Math.max(table.maxRows() * 50, 1000)) {
                throw new ValueException("value.row.tooFar", cn.shenbao.forms.text.Shown.user(path));
            }
        }
        if (f.type() == FieldType.GROUP || f.type() == FieldType.TABLE || f.type() == FieldType.COMPUTED) {
            throw new ValueException("value.notSettable", f.label() == null ? path : f.label());
        }
        return f;
    }

    /** Parses {@code text} for the field at {@code path} and stores it in the draft. */
    public static void set(TemplateDef template, Draft draft, String path, String text) throws ValueException {
        FieldDef f = resolve(template, path);
        if (f.type() == FieldType.DATE_RANGE) {
            String typed = Values.typed(f, text);
            String s = typed == null ? "" : typed.strip();
            if (s.length() > 200) {
                throw new ValueException("value.range.format", f.label(), cn.shenbao.forms.text.Shown.user(s));
            }
            if (s.isEmpty()) {
                draft.set(path + ".from", null);
                draft.set(path + ".to", null);
                return;
            }
            // the separator may also occur inside a date (2024/6/1 至 2025/3/31): take the first place where
            // the text splits into two dates
            java.util.regex.Matcher m = RANGE_SEPARATOR.matcher(s);
            while (m.find()) {
                java.time.LocalDate from = Values.dateOrNull(s.substring(0, m.start()));
                java.time.LocalDate to = Values.dateOrNull(s.substring(m.end()));
                if (from != null && to != null) {
                    draft.set(path + ".from", from.toString());
                    draft.set(path + ".to", to.toString());
                    return;
                }
            }
            String[] parts = RANGE_SEPARATOR.split(s);
            if (parts.length != 2) {
                throw new ValueException("value.range.format", f.label(), cn.shenbao.forms.text.Shown.user(s));
            }
            // two parts, one of them not a date: say which
            Values.parseDate(parts[0]);
            Values.parseDate(parts[1]);
            throw new ValueException("value.range.format", f.label(), cn.shenbao.forms.text.Shown.user(s));
        }
        if (f.type() == FieldType.MULTI_CHOICE) {
            List<String> chosen = Values.parseChoices(f, text == null ? "" : text);
            checkDependent(template, draft, f, chosen);
            draft.setChoices(path, chosen);
            return;
        }
        String value = Values.parse(f, text);
        if (f.type() == FieldType.SINGLE_CHOICE && value != null && !value.isEmpty()) {
            checkDependent(template, draft, f, List.of(value));
        }
        draft.set(path, value);
    }

    /**
     * A choice whose options depend on another field takes only that field's options: a direction of
     * another 重点领域, or any direction while 重点领域 is empty, is refused naming both fields. (Changing the
     * field it depends on keeps the chosen options; the checks flag them until they are resolved.)
     */
    private static void checkDependent(TemplateDef template, Draft draft, FieldDef f, List<String> chosen)
            throws ValueException {
        if (!f.hasDependentOptions()) {
            return;
        }
        String base = draft.text(f.dependsOn()).strip();
        FieldDef baseField = template.field(f.dependsOn());
        String baseLabel = baseField == null ? f.dependsOn() : baseField.label();
        for (String c : chosen) {
            if (base.isEmpty()) {
                throw new ValueException("value.choice.dependent.noBase", f.label(), c, baseLabel, f.groupOf(c),
                        f.dependsOn());
            }
            if (!f.optionsFor(base).contains(c)) {
                throw new ValueException("value.choice.dependent", f.label(), c, baseLabel, f.groupOf(c), base,
                        String.join("、", f.optionsFor(base)));
            }
        }
    }
}
