package cn.shenbao.forms.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * When a field, a section, a rule or a row of a paper layout applies: a test of the value of one choice
 * field of the draft, written as {@code "when"} in a definition.
 * <ul>
 *   <li>{@code {"path": "kind", "in": ["技术攻关类"]}} — the SINGLE_CHOICE field holds one of these options
 *       (an empty field holds none of them);</li>
 *   <li>{@code {"path": "kind", "notIn": ["成果转化类"]}} — it holds none of them (an empty field too);</li>
 *   <li>{@code {"path": "raceMode", "ticked": true}} — the BOOLEAN field is ticked ({@code false}: it is not).</li>
 * </ul>
 * Exactly one of {@code in}, {@code notIn} and {@code ticked} is given; {@code DefinitionCheck} refuses a
 * condition whose path is not a SINGLE_CHOICE (or, with {@code ticked}, a BOOLEAN), whose options are not
 * that field's options, or that lies in a cycle of conditions. A condition on a field that is hidden itself is
 * false. Evaluated against a draft by {@code cn.shenbao.forms.draft.Conditions}.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Condition {
    private final String path;
    private final List<String> in;
    private final List<String> notIn;
    private final Boolean ticked;

    @JsonCreator
    public Condition(@JsonProperty("path") String path, @JsonProperty("in") List<String> in,
            @JsonProperty("notIn") List<String> notIn, @JsonProperty("ticked") Boolean ticked) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("condition (when) without path");
        }
        int given = (in != null ? 1 : 0) + (notIn != null ? 1 : 0) + (ticked != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("condition (when) on " + path
                    + " needs exactly one of \"in\", \"notIn\", \"ticked\"");
        }
        this.path = path;
        this.in = in == null ? null : List.copyOf(in);
        this.notIn = notIn == null ? null : List.copyOf(notIn);
        this.ticked = ticked;
    }

    /** The path of the SINGLE_CHOICE or BOOLEAN field tested. */
    @JsonProperty("path")
    public String path() {
        return path;
    }

    /** The options that make the condition true, or null. */
    @JsonProperty("in")
    public List<String> in() {
        return in;
    }

    /** The options that make the condition false, or null. */
    @JsonProperty("notIn")
    public List<String> notIn() {
        return notIn;
    }

    /** For a BOOLEAN: true = applies when ticked, false = applies when not ticked; null for a choice. */
    @JsonProperty("ticked")
    public Boolean ticked() {
        return ticked;
    }

    /** The options named by {@code in} or {@code notIn} (empty for {@code ticked}). */
    @JsonIgnore
    public List<String> options() {
        return in != null ? in : notIn != null ? notIn : List.of();
    }

    /** Whether the condition holds when the tested field's canonical text is {@code value} ("" when empty). */
    public boolean holds(String value) {
        String v = value == null ? "" : value.strip();
        if (ticked != null) {
            return ticked == "true".equals(v);
        }
        if (in != null) {
            return in.contains(v);
        }
        return !notIn.contains(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition c && path.equals(c.path) && Objects.equals(in, c.in)
                && Objects.equals(notIn, c.notIn) && Objects.equals(ticked, c.ticked);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, in, notIn, ticked);
    }

    @Override
    public String toString() {
        return path + (ticked != null ? (ticked ? " ticked" : " not ticked")
                : (in != null ? " in " + in : " notIn " + notIn));
    }
}
