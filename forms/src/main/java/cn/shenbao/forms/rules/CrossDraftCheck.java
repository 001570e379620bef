package cn.shenbao.forms.rules;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks several drafts together against the programme rules that span applications (for T1: a
 * society files at most 5 applications, and no member or problem repeats between them). Drafts of
 * other templates than the rule's are ignored.
 */
public final class CrossDraftCheck {
    private static final Map<String, CrossRule> KINDS = new TreeMap<>();

    static {
        BuiltInCrossRules.registerAll(KINDS);
    }

    private CrossDraftCheck() {}

    /** A draft and the name it is shown by (usually its file name). */
    public record NamedDraft(String name, Draft draft) {}

    /**
     * A finding of one of the drafts; {@code others} are the other drafts involved and the path of the
     * shared item in each (empty when the rule does not point at one), so that either can be opened there.
     */
    public record DraftFinding(String draftName, Finding finding, List<Ref> others) {
        public DraftFinding {
            others = others == null ? List.of() : List.copyOf(others);
        }

        public DraftFinding(String draftName, Finding finding) {
            this(draftName, finding, List.of());
        }
    }

    /** Where an item is in another draft: that draft's name and the field path. */
    public record Ref(String draftName, String path) {}

    /** What a cross rule sees: the template, its drafts and the rule's definition entry. */
    public record Context(TemplateDef template, List<NamedDraft> drafts, RuleDef def) {
        /**
         * A parameter, {@code $name} resolved against the template's parameters ({@link TemplateParams};
         * one chosen by an option is refused in cross rules by {@link DefinitionCheck}, so no draft is needed).
         */
        public String param(String key) {
            String v = def.string(key);
            if (v != null && v.startsWith("$")) {
                String name = v.substring(1);
                return TemplateParams.has(template, name) ? TemplateParams.value(template, null, name) : null;
            }
            return v;
        }

        /** A finding with this rule's severity and kind. */
        public Finding finding(String path, String defaultKey, Object... args) {
            return Finding.of(def.severity(), path, def.rule(), def.message() != null ? def.message() : defaultKey, args)
                .withRuleName(def.name());
        }
    }

    /** The findings over all given drafts, rule by rule, for every template among them. */
    public static List<DraftFinding> check(List<TemplateDef> templates, List<NamedDraft> drafts) {
        List<DraftFinding> out = new ArrayList<>();
        for (TemplateDef t : templates) {
            List<NamedDraft> mine = drafts.stream().filter(d -> d.draft().templateId().equals(t.id())).toList();
            if (mine.size() < 1) {
                continue;
            }
            for (RuleDef def : t.crossRules()) {
                CrossRule rule = KINDS.get(def.rule());
                if (rule == null) {
                    throw new IllegalStateException("template " + t.id() + " names unknown cross rule kind " + def.rule());
                }
                out.addAll(rule.check(new Context(t, mine, def)));
            }
        }
        return out;
    }

    /** What a cross-rule kind declares about itself, or null when the kind is unknown. */
    public static cn.shenbao.forms.rules.kinds.KindInfo info(String kind) {
        return KINDS.get(kind) instanceof cn.shenbao.forms.rules.kinds.KindInfo k ? k : null;
    }

    /** The names of the known cross-rule kinds. */
    public static java.util.Set<String> kinds() {
        return java.util.Collections.unmodifiableSet(KINDS.keySet());
    }
}
