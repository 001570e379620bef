package cn.shenbao.forms.template;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule of a form, as written in the definition: its kind ({@code rule}), the severity, an optional
 * message key overriding the kind's default, and the kind's own parameters (field paths, limits, or
 * names of template parameters written as {@code "$name"}).
 */
public final class RuleDef {
    private final String rule;
    private final Severity severity;
    private final String message;
    private final String basis;
    private final String title;
    private final Condition when;
    private final Map<String, Object> args = new LinkedHashMap<>();

    public RuleDef(@JsonProperty("rule") String rule, @JsonProperty("severity") Severity severity,
            @JsonProperty("message") String message, @JsonProperty("basis") String basis) {
        this(rule, severity, message, basis, null, null);
    }

    public RuleDef(String rule, Severity severity, String message, String basis, Condition when) {
        this(rule, severity, message, basis, when, null);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public RuleDef(@JsonProperty("rule") String rule, @JsonProperty("severity") Severity severity,
            @JsonProperty("message") String message, @JsonProperty("basis") String basis,
            @JsonProperty("when") Condition when, @JsonProperty("title") String title) {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("rule without kind");
        }
        this.rule = rule;
        this.severity = severity == null ? Severity.ERROR : severity;
        this.message = message;
        this.basis = basis;
        this.title = title;
        this.when = when;
    }

    /**
     * When the rule applies ({@link Condition}), or null for always: a rule whose condition is false is not
     * run (T8's 技术攻关类 registration rule under {@code {"path": "kind", "in": ["技术攻关类"]}}).
     */
    @JsonProperty("when")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public Condition when() {
        return when;
    }

    @JsonProperty("rule")
    public String rule() {
        return rule;
    }

    @JsonProperty("severity")
    public Severity severity() {
        return severity;
    }

    /** Message key, or null for the rule kind's default. */
    @JsonProperty("message")
    public String message() {
        return message;
    }

    /**
     * The rule's name in findings and acknowledgements: the kind, or {@code kind#id} when the
     * definition gives the entry an {@code id} (needed where two rules of one kind report on the same
     * path, such as the 托举 and 蹲点 counts of the roster, so that acknowledging one does not hide the
     * other).
     */
    @JsonIgnore
    public String name() {
        String id = string("id");
        return id == null || id.isBlank() ? rule : rule + "#" + id;
    }

    /** Where the rule comes from (for example 填报说明 6), for documentation. */
    @JsonProperty("basis")
    public String basis() {
        return basis;
    }

    /**
     * What the rule requires, in the words of the form (项目负责人须具有高级职称或博士学位), for a printed record of the
     * verdict of each rule (the {@code verdicts} part of a layout); null for rules that are not listed there.
     */
    @JsonProperty("title")
    public String title() {
        return title;
    }

    @JsonAnySetter
    void put(String key, Object value) {
        args.put(key, value);
    }

    @JsonAnyGetter
    public Map<String, Object> args() {
        return args;
    }

    /** A string parameter, or null. */
    @JsonIgnore
    public String string(String key) {
        Object v = args.get(key);
        return v == null ? null : v.toString();
    }

    /** A list-of-strings parameter (a single string counts as a list of one). */
    @JsonIgnore
    public List<String> strings(String key) {
        Object v = args.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
        } else if (v != null) {
            out.add(v.toString());
        }
        return out;
    }

    @Override
    public String toString() {
        return rule + args;
    }
}
