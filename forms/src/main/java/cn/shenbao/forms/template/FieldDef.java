package cn.shenbao.forms.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * One field of a form definition, as read from the template's JSON resource.
 *
 * @param id         identifier, unique among its siblings; top-level ids are unique in the template
 * @param label      the label exactly as printed on the official form
 * @param type       the field type
 * @param required   whether an empty value is an error
 * @param maxChars   字数 limit (see {@link cn.shenbao.forms.text.CharCount}), or null
 * @param hint       the official guidance text printed in the empty field, or null
 * @param options    option texts of a choice field, exactly as on the form
 * @param otherOption the option that takes a free text (for example 其他), or null
 * @param fields     sub-fields of a GROUP or DATE_RANGE
 * @param columns    columns of a TABLE
 * @param minRows    least number of rows of a TABLE, or null
 * @param maxRows    most rows of a TABLE (a hard limit), or null
 * @param printRows  number of rows printed when the table is empty (as on the blank form), or null
 * @param rowLabel   a label pattern for rows, {@code {n}} is the 1-based row number, {@code {cn}} the
 *                   Chinese numeral (for example 第{cn}阶段), or null
 * @param compute    computation of a COMPUTED field
 * @param unit       unit shown after the value (万元, %, 个), or null
 * @param printed    false when the field belongs to the application data but not to the printout
 * @param exclusive  options of a MULTI_CHOICE that exclude all others (for example 以上都不是)
 * @param attrs      free attributes for editors and layouts
 * @param dependsOn  for a choice whose options depend on another field: the path of that SINGLE_CHOICE
 *                   field (T2's 主要方向 depends on 重点领域), else null
 * @param optionsBy  with {@code dependsOn}: for each option of that field, the options offered here; the
 *                   field's {@code options} are all of them in order (filled in when not given)
 * @param when       when the field applies ({@link Condition}), or null for always: a field whose condition is
 *                   false is not shown, not required, not checked and not printed (its value stays in the draft)
 * @param groups     of a TABLE whose rows form a tree by some columns (T5's indicators: 一级 › 二级): the
 *                   grouping columns, the preset rows of the form and the typical rows offered by a choice
 *                   ({@link RowGroups}), or null
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record FieldDef(
        String id,
        String label,
        FieldType type,
        boolean required,
        Integer maxChars,
        String hint,
        List<String> options,
        String otherOption,
        List<FieldDef> fields,
        List<FieldDef> columns,
        Integer minRows,
        Integer maxRows,
        Integer printRows,
        String rowLabel,
        Compute compute,
        String unit,
        Boolean printed,
        List<String> exclusive,
        Map<String, String> attrs,
        String dependsOn,
        Map<String, List<String>> optionsBy,
        Condition when,
        RowGroups groups) {

    /** A field without row groups (every field but a grouped TABLE). */
    public FieldDef(String id, String label, FieldType type, boolean required, Integer maxChars, String hint,
            List<String> options, String otherOption, List<FieldDef> fields, List<FieldDef> columns, Integer minRows,
            Integer maxRows, Integer printRows, String rowLabel, Compute compute, String unit, Boolean printed,
            List<String> exclusive, Map<String, String> attrs, String dependsOn, Map<String, List<String>> optionsBy,
            Condition when) {
        this(id, label, type, required, maxChars, hint, options, otherOption, fields, columns, minRows, maxRows,
                printRows, rowLabel, compute, unit, printed, exclusive, attrs, dependsOn, optionsBy, when, null);
    }

    public FieldDef {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("field without id: " + label);
        }
        if (type == null) {
            throw new IllegalArgumentException("field without type: " + id);
        }
        options = options == null ? List.of() : List.copyOf(options);
        fields = fields == null ? List.of() : List.copyOf(fields);
        columns = columns == null ? List.of() : List.copyOf(columns);
        exclusive = exclusive == null ? List.of() : List.copyOf(exclusive);
        attrs = attrs == null ? Map.of() : Map.copyOf(attrs);
        if (optionsBy == null) {
            optionsBy = Map.of();
        } else {
            java.util.LinkedHashMap<String, List<String>> copy = new java.util.LinkedHashMap<>();
            optionsBy.forEach((k, v) -> copy.put(k, v == null ? List.of() : List.copyOf(v)));
            optionsBy = java.util.Collections.unmodifiableMap(copy);
            if (options.isEmpty()) {
                options = optionsBy.values().stream().flatMap(List::stream).distinct().toList();
            }
        }
        if (type == FieldType.DATE_RANGE && fields.isEmpty()) {
            fields = List.of(
                    new FieldDef("from", "起", FieldType.DATE, required, null, null, null, null, null, null,
                            null, null, null, null, null, null, null, null, null, null, null, null),
                    new FieldDef("to", "止", FieldType.DATE, required, null, null, null, null, null, null,
                            null, null, null, null, null, null, null, null, null, null, null, null));
        }
    }

    /** Whether the field appears on the printed form. */
    public boolean isPrinted() {
        return printed == null || printed;
    }

    /**
     * Whether the editors leave this field or column out ({@code attrs.hidden}): bookkeeping the program writes
     * itself, such as the source reference of a gathered row; it is saved, never printed and never typed in.
     */
    public boolean isHidden() {
        return "true".equals(attrs.get("hidden"));
    }

    /** The columns of a table the editors show (all but the {@link #isHidden() hidden} ones). */
    public List<FieldDef> shownColumns() {
        return columns.stream().filter(c -> !c.isHidden()).toList();
    }

    /** The sub-field or column with this id, or null. */
    public FieldDef child(String childId) {
        for (FieldDef f : type == FieldType.TABLE ? columns : fields) {
            if (f.id().equals(childId)) {
                return f;
            }
        }
        return null;
    }

    /** Whether the options of this field depend on the value of another field ({@code dependsOn}). */
    public boolean hasDependentOptions() {
        return dependsOn != null && !optionsBy.isEmpty();
    }

    /**
     * The options offered when the field it depends on holds {@code value}: that value's list of
     * {@code optionsBy}, nothing when the value is empty or unknown; all options for a field without
     * dependent options.
     */
    public List<String> optionsFor(String value) {
        if (!hasDependentOptions()) {
            return options;
        }
        List<String> l = value == null ? null : optionsBy.get(value.strip());
        return l == null ? List.of() : l;
    }

    /** The option of {@code dependsOn} under which an option of this field is listed, or null. */
    public String groupOf(String option) {
        for (Map.Entry<String, List<String>> e : optionsBy.entrySet()) {
            if (e.getValue().contains(option)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** An attribute of {@code attrs}, or the fallback. */
    public String attr(String key, String fallback) {
        return attrs.getOrDefault(key, fallback);
    }
}
