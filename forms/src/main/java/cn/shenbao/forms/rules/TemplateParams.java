package cn.shenbao.forms.rules;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.TemplateDef;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one resolver of template parameters ({@code "$name"} in a rule entry). A parameter is either a plain
 * value of the year's notice ({@code "castFundingMax": 80}) or <em>chosen by an option</em> of a
 * single-choice field of the draft:
 *
 * <pre>
 * "centralMax": {"by": "direction",
 *                "values": {"区域科技创新体系建设": 300, "科技创新基地建设": 500, "科技成果转移转化": 200},
 *                "otherwise": 300}
 * </pre>
 *
 * The value is the one of the option chosen in the draft; {@code otherwise} when nothing is chosen or the
 * option has no entry; absent {@code otherwise} means the parameter has no value then, which a rule reads
 * as “no limit” (as if the parameter were not given). {@link DefinitionCheck} checks the entry when the
 * definition loads: {@code by} exists and is a single choice, every key of {@code values} is one of its
 * options, every value suits the rule parameters that use it. {@link LiveCheck} checks a rule again when
 * the field named by {@code by} changes.
 */
public final class TemplateParams {
    private TemplateParams() {}

    /** A parameter chosen by an option: the choice field's path, option → value, the value otherwise (or null). */
    public record ByOption(String by, Map<String, Object> values, Object otherwise) {
        public ByOption {
            values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The value for a chosen option (null or empty: nothing chosen), as text; null = no value. */
        public String valueFor(String option) {
            Object v = option == null ? null : values.get(option.trim());
            if (v == null) {
                v = otherwise;
            }
            return text(v);
        }
    }

    /** The parameter {@code raw} (as read from the definition) as a choice by option, or null for a plain value. */
    public static ByOption byOption(Object raw) {
        if (!(raw instanceof Map<?, ?> m) || !m.containsKey("by")) {
            return null;
        }
        Object by = m.get("by");
        Map<String, Object> values = new LinkedHashMap<>();
        if (m.get("values") instanceof Map<?, ?> vs) {
            vs.forEach((k, v) -> values.put(String.valueOf(k), v));
        }
        return new ByOption(by == null ? null : by.toString(), values, m.get("otherwise"));
    }

    /** Whether the template has a parameter of this name (without the {@code $}). */
    public static boolean has(TemplateDef template, String name) {
        return template.params().containsKey(name);
    }

    /**
     * The value of the template parameter {@code name} for this draft, as text; null when it is chosen by
     * an option and has no value for the draft's choice (no limit).
     *
     * @throws IllegalStateException when the template has no such parameter (a definition error that
     *                               {@link DefinitionCheck} refuses at load)
     */
    public static String value(TemplateDef template, Draft draft, String name) {
        Object raw = template.param(name);
        if (raw == null) {
            throw new IllegalStateException("template " + template.id() + " has no parameter $" + name);
        }
        ByOption b = byOption(raw);
        if (b == null) {
            return text(raw);
        }
        String chosen = draft == null ? null : draft.text(b.by());
        return b.valueFor(chosen);
    }

    /** The path of the choice field a parameter value {@code "$name"} depends on, or null (a plain value, or not a parameter). */
    public static String chosenBy(TemplateDef template, String value) {
        if (value == null || !value.startsWith("$")) {
            return null;
        }
        ByOption b = byOption(template.param(value.substring(1)));
        return b == null ? null : b.by();
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue()).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
