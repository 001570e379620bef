package cn.shenbao.forms.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One form definition: everything the editors, the checks and the printouts know about a form. Read
 * from a JSON resource by {@link TemplateRegistry}; the format is described in docs/architecture.md.
 */
public final class TemplateDef {
    private final String id;
    private final int version;
    private final String title;
    private final String issuer;
    private final String source;
    private final String description;
    private final Notice notice;
    private final Map<String, Object> params;
    private final Instructions instructions;
    private final List<SectionDef> sections;
    private final List<RuleDef> rules;
    private final List<RuleDef> crossRules;
    private final List<Migration> migrations;
    private final Map<String, FieldDef> byPath = new LinkedHashMap<>();
    private final Map<String, SectionDef> sectionOfTop = new LinkedHashMap<>();
    private boolean hasConditions;

    /** The fixed 填报说明 page: its heading and points, printed verbatim. */
    public record Instructions(String heading, List<String> points) {
        public Instructions {
            points = points == null ? List.of() : List.copyOf(points);
        }
    }

    /**
     * The notice a form belongs to, for choosing a form (文件 › 新建 groups forms by notice): its title,
     * who issued it, the date it was issued and the deadline for submitting the form (ISO dates).
     */
    public record Notice(String title, String issuer, String date, String deadline) {}

    /**
     * How to bring a draft of an older template version up to {@code to}: value paths renamed
     * ({@code rename}: old path → new path; table ids rename the whole table) and paths dropped.
     */
    public record Migration(int from, int to, Map<String, String> rename, List<String> drop) {
        public Migration {
            rename = rename == null ? Map.of() : Map.copyOf(rename);
            drop = drop == null ? List.of() : List.copyOf(drop);
        }
    }

    @JsonCreator
    public TemplateDef(@JsonProperty("id") String id, @JsonProperty("version") int version,
            @JsonProperty("title") String title, @JsonProperty("issuer") String issuer,
            @JsonProperty("source") String source, @JsonProperty("description") String description,
            @JsonProperty("notice") Notice notice, @JsonProperty("params") Map<String, Object> params,
            @JsonProperty("instructions") Instructions instructions,
            @JsonProperty("sections") List<SectionDef> sections, @JsonProperty("rules") List<RuleDef> rules,
            @JsonProperty("crossRules") List<RuleDef> crossRules,
            @JsonProperty("migrations") List<Migration> migrations) {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("template id must be lower-case letters, digits and '-': " + id);
        }
        if (version < 1) {
            throw new IllegalArgumentException("template version must be ≥ 1: " + id);
        }
        this.id = id;
        this.version = version;
        this.title = title;
        this.issuer = issuer;
        this.source = source;
        this.description = description;
        this.notice = notice;
        this.params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        this.instructions = instructions;
        this.sections = sections == null ? List.of() : List.copyOf(sections);
        this.rules = rules == null ? List.of() : List.copyOf(rules);
        this.crossRules = crossRules == null ? List.of() : List.copyOf(crossRules);
        this.migrations = migrations == null ? List.of() : List.copyOf(migrations);
        for (SectionDef s : this.sections) {
            hasConditions |= s.when() != null;
            for (FieldDef f : s.fields()) {
                index(f.id(), f);
                sectionOfTop.put(f.id(), s);
            }
        }
    }

    private void index(String path, FieldDef f) {
        hasConditions |= f.when() != null;
        if (byPath.put(path, f) != null) {
            throw new IllegalArgumentException("duplicate field path in template " + id + ": " + path);
        }
        if (f.type() == FieldType.TABLE) {
            for (FieldDef c : f.columns()) {
                index(path + "[]." + c.id(), c);
            }
        } else {
            for (FieldDef c : f.fields()) {
                index(path + "." + c.id(), c);
            }
        }
    }

    public String id() {
        return id;
    }

    /** Whether a field or section of this form has a condition ({@code "when"}): some fields may be hidden. */
    public boolean hasConditions() {
        return hasConditions;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    /** The issuing body printed on the cover (for example 中国科协科学技术创新部制). */
    public String issuer() {
        return issuer;
    }

    /** Which notice the form comes from. */
    public String source() {
        return source;
    }

    /** One line saying what the form is for (shown when choosing a form), or null. */
    public String description() {
        return description;
    }

    /** The notice the form belongs to, or null. */
    public Notice notice() {
        return notice;
    }

    public Map<String, Object> params() {
        return params;
    }

    /** A parameter of this year's notice (dates, caps), or null. */
    public Object param(String name) {
        return params.get(name);
    }

    public Instructions instructions() {
        return instructions;
    }

    public List<SectionDef> sections() {
        return sections;
    }

    public List<RuleDef> rules() {
        return rules;
    }

    /**
     * Rules over several drafts of this template checked together (for example all applications of
     * one society): see {@link cn.shenbao.forms.rules.CrossDraftCheck}.
     */
    public List<RuleDef> crossRules() {
        return crossRules;
    }

    public List<Migration> migrations() {
        return migrations;
    }

    /**
     * The field at a path pattern: {@code projectName}, {@code leader.name}, {@code members[].name}
     * (any row index is also accepted: {@code members[3].name}); null when there is none.
     */
    public FieldDef field(String path) {
        if (path == null) {
            return null;
        }
        return byPath.get(path.replaceAll("\\[\\d+]", "[]"));
    }

    /** Every field path of the template in form order, tables' columns as {@code table[].column}. */
    public List<String> paths() {
        return new ArrayList<>(byPath.keySet());
    }

    /** The section that holds a top-level field id (or any path below it), or null. */
    public SectionDef sectionOf(String path) {
        if (path == null) {
            return null;
        }
        String top = path.split("[.\\[]", 2)[0];
        return sectionOfTop.get(top);
    }

    /** The section with this id, or null. */
    public SectionDef section(String sectionId) {
        for (SectionDef s : sections) {
            if (s.id().equals(sectionId)) {
                return s;
            }
        }
        return null;
    }

    /** The label of the field at a path, with the labels of its group or table (and row) before it. */
    public String labelOf(String path) {
        FieldDef f = field(path);
        if (f == null) {
            return path;
        }
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("^[A-Za-z0-9_]+\\[(\\d+)]").matcher(path);
        String[] parts = path.replaceAll("\\[\\d*]", "").split("\\.");
        StringBuilder sb = new StringBuilder();
        String prefix = "";
        String last = null; // a sub-field named like its group (负责人 › 负责人) is named once
        for (int i = 0; i < parts.length; i++) {
            FieldDef p;
            if (i == 0) {
                prefix = parts[0];
                p = byPath.get(prefix);
            } else {
                FieldDef parent = byPath.get(i == 1 ? parts[0] : prefix);
                prefix = (i == 1 && parent != null && parent.type() == FieldType.TABLE ? parts[0] + "[]" : prefix) + "." + parts[i];
                p = byPath.get(prefix);
            }
            if (p != null && p.label() != null && !p.label().isBlank() && !p.label().equals(last)) {
                last = p.label();
                if (sb.length() > 0) {
                    sb.append(" › ");
                }
                sb.append(p.label());
                if (i == 0 && p.type() == FieldType.TABLE && row.find()) {
                    sb.append(" 第").append(Integer.parseInt(row.group(1)) + 1).append("行");
                }
            }
        }
        return sb.toString();
    }
}
