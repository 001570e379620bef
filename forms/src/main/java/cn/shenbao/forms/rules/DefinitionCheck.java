package cn.shenbao.forms.rules;

import cn.shenbao.forms.draft.Computed;
import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.rules.kinds.KindInfo;
import cn.shenbao.forms.rules.kinds.Param;
import cn.shenbao.forms.template.DefinitionException;
import cn.shenbao.forms.template.DefinitionException.Problem;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a form definition when it loads, so that a mistake in it is found by whoever edits the file and
 * not by a person typing into a draft: every rule names a known kind, gives only the parameters its kind
 * declares ({@link KindInfo#params()}) and all the required ones, its paths, tables, columns and
 * sub-fields exist, its {@code $param}s are parameters of the template, numbers and dates parse, regular
 * expressions compile and message keys exist in both bundles; COMPUTED fields sum existing paths; choice
 * fields' {@code otherOption}, {@code exclusive} and dependent options ({@code dependsOn},
 * {@code optionsBy}) fit together; a parameter chosen by an option ({@link TemplateParams}) names a
 * single-choice field and only its options, and each of its values suits every rule parameter using it.
 */
public final class DefinitionCheck {
    /** Keys every rule entry may have besides its kind's parameters. */
    private static final Set<String> COMMON = Set.of("id");
    private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final TemplateDef t;
    private final List<Problem> problems = new ArrayList<>();

    private DefinitionCheck(TemplateDef t) {
        this.t = t;
    }

    /**
     * Checks a definition read from {@code file}.
     *
     * @throws DefinitionException naming the file and every problem found
     */
    public static void check(TemplateDef template, String file) {
        List<Problem> found = problems(template);
        if (!found.isEmpty()) {
            throw new DefinitionException(file, found);
        }
    }

    /** The problems of a definition (empty when it is sound). */
    public static List<Problem> problems(TemplateDef template) {
        DefinitionCheck c = new DefinitionCheck(template);
        c.run();
        return List.copyOf(c.problems);
    }

    private void problem(String place, String key, Object... args) {
        problems.add(new Problem(place, key, List.of(args)));
    }

    private void run() {
        for (Map.Entry<String, Object> e : t.params().entrySet()) {
            if (e.getValue() instanceof Map<?, ?> m) {
                byOption("params." + e.getKey(), m);
            }
        }
        for (int s = 0; s < t.sections().size(); s++) {
            SectionDef sec = t.sections().get(s);
            condition("sections[" + s + "]（" + sec.id() + "）.when", sec.when(), null, p -> t.sectionOf(p) == sec);
            for (FieldDef f : sec.fields()) {
                field(f, f.id());
            }
        }
        for (int i = 0; i < t.rules().size(); i++) {
            RuleDef def = t.rules().get(i);
            Object kind = RuleKinds.get(def.rule());
            rule("rules[" + i + "]（" + def.rule() + "）", def, kind instanceof KindInfo k ? k : null);
            condition("rules[" + i + "]（" + def.rule() + "）.when", def.when(), null);
        }
        for (int i = 0; i < t.crossRules().size(); i++) {
            RuleDef def = t.crossRules().get(i);
            String place = "crossRules[" + i + "]（" + def.rule() + "）";
            rule(place, def, CrossDraftCheck.info(def.rule()));
            for (Map.Entry<String, Object> a : def.args().entrySet()) {
                for (String v : def.strings(a.getKey())) {
                    if (TemplateParams.chosenBy(t, v) != null) {
                        problem(place + "." + a.getKey(), "definition.byOption.cross", v);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- parameters chosen by an option

    private static final Set<String> BY_OPTION_KEYS = Set.of("by", "values", "otherwise");

    private void byOption(String place, Map<?, ?> m) {
        for (Object k : m.keySet()) {
            if (!BY_OPTION_KEYS.contains(String.valueOf(k))) {
                problem(place + "." + k, "definition.byOption.key", k);
            }
        }
        if (!(m.get("by") instanceof String by)) {
            problem(place, "definition.byOption.by");
            return;
        }
        FieldDef on = t.field(by);
        if (on == null) {
            problem(place + ".by", "definition.path.unknown", by);
        } else if (on.type() != FieldType.SINGLE_CHOICE) {
            problem(place + ".by", "definition.dependsOn.notSingle", by);
        }
        if (!(m.get("values") instanceof Map<?, ?> values) || values.isEmpty()) {
            problem(place + ".values", "definition.byOption.values");
            return;
        }
        for (Map.Entry<?, ?> e : values.entrySet()) {
            String opt = String.valueOf(e.getKey());
            if (on != null && on.type() == FieldType.SINGLE_CHOICE && !on.options().contains(opt)) {
                problem(place + ".values." + opt, "definition.option.unknown", opt);
            }
            if (e.getValue() == null || e.getValue() instanceof Map<?, ?> || e.getValue() instanceof List<?>) {
                problem(place + ".values." + opt, "definition.byOption.scalar");
            }
        }
        Object otherwise = m.get("otherwise");
        if (otherwise instanceof Map<?, ?> || otherwise instanceof List<?>) {
            problem(place + ".otherwise", "definition.byOption.scalar");
        }
    }

    // ---------------------------------------------------------------- fields

    private void field(FieldDef f, String path) {
        if (f.when() != null && path.contains("[]")) {
            problem(path + ".when", "definition.when.column");
        } else {
            condition(path + ".when", f.when(), path);
        }
        if (f.type() == FieldType.COMPUTED) {
            if (f.compute() == null) {
                problem(path, "definition.compute.missing");
            } else {
                if (!Computed.OPS.contains(f.compute().op())) {
                    problem(path + ".compute.op", "definition.compute.op", f.compute().op(), String.join("、", Computed.OPS));
                }
                for (int i = 0; i < f.compute().of().size(); i++) {
                    String p = f.compute().of().get(i);
                    if (t.field(p) == null) {
                        problem(path + ".compute.of[" + i + "]", "definition.path.unknown", p);
                    }
                }
            }
        }
        if (f.otherOption() != null && !f.options().contains(f.otherOption())) {
            problem(path + ".otherOption", "definition.option.unknown", f.otherOption());
        }
        for (String ex : f.exclusive()) {
            if (!f.options().contains(ex)) {
                problem(path + ".exclusive", "definition.option.unknown", ex);
            }
        }
        if (f.dependsOn() != null || !f.optionsBy().isEmpty()) {
            dependent(f, path);
        }
        if (f.groups() != null) {
            groups(f, path);
        }
        for (FieldDef c : f.fields()) {
            field(c, path + "." + c.id());
        }
        for (FieldDef c : f.columns()) {
            field(c, path + "[]." + c.id());
        }
    }

    /** A grouped table: grouping columns, preset and typical rows name its columns; typical rows follow a single choice. */
    private void groups(FieldDef f, String path) {
        String at = path + ".groups";
        if (f.type() != FieldType.TABLE) {
            problem(at, "definition.groups.notTable", path);
            return;
        }
        if (f.groups().by().isEmpty()) {
            problem(at + ".by", "definition.groups.by");
        }
        for (String c : f.groups().by()) {
            if (f.child(c) == null) {
                problem(at + ".by", "definition.column.unknown", c, path);
            }
        }
        for (int i = 0; i < f.groups().preset().size(); i++) {
            groupRow(f, at + ".preset[" + i + "]", f.groups().preset().get(i));
        }
        cn.shenbao.forms.template.RowGroups.Typical typ = f.groups().typical();
        if (typ == null) {
            return;
        }
        FieldDef on = typ.by() == null ? null : t.field(typ.by());
        if (on == null) {
            problem(at + ".typical.by", "definition.path.unknown", typ.by());
        } else if (on.type() != FieldType.SINGLE_CHOICE) {
            problem(at + ".typical.by", "definition.dependsOn.notSingle", typ.by());
        }
        typ.values().forEach((opt, rows) -> {
            if (on != null && !on.options().contains(opt)) {
                problem(at + ".typical.values." + opt, "definition.option.unknown", opt);
            }
            for (int i = 0; i < rows.size(); i++) {
                groupRow(f, at + ".typical.values." + opt + "[" + i + "]", rows.get(i));
            }
        });
    }

    private void groupRow(FieldDef table, String at, Map<String, String> row) {
        for (String c : row.keySet()) {
            if (table.child(c) == null) {
                problem(at + "." + c, "definition.column.unknown", c, table.id());
            }
        }
        for (String c : table.groups().by()) {
            if (row.get(c) == null || row.get(c).isBlank()) {
                problem(at, "definition.groups.noGroup", c);
            }
        }
    }

    private void dependent(FieldDef f, String path) {
        if (f.dependsOn() == null || f.optionsBy().isEmpty()) {
            problem(path, "definition.dependsOn.incomplete");
            return;
        }
        FieldDef on = t.field(f.dependsOn());
        if (on == null) {
            problem(path + ".dependsOn", "definition.path.unknown", f.dependsOn());
            return;
        }
        if (on.type() != FieldType.SINGLE_CHOICE) {
            problem(path + ".dependsOn", "definition.dependsOn.notSingle", f.dependsOn());
            return;
        }
        if (f.type() != FieldType.MULTI_CHOICE && f.type() != FieldType.SINGLE_CHOICE) {
            problem(path, "definition.dependsOn.notChoice");
        }
        for (String k : f.optionsBy().keySet()) {
            if (!on.options().contains(k)) {
                problem(path + ".optionsBy", "definition.option.unknown", k);
            }
        }
        for (String o : on.options()) {
            if (!f.optionsBy().containsKey(o)) {
                problem(path + ".optionsBy", "definition.dependsOn.missingGroup", o);
            }
        }
        for (String o : f.options()) {
            if (f.groupOf(o) == null) {
                problem(path + ".options", "definition.option.unknown", o);
            }
        }
    }

    // ---------------------------------------------------------------- conditions

    /**
     * A condition ({@code when}) tests one SINGLE_CHOICE field with options of that field ({@code in},
     * {@code notIn}) or one BOOLEAN field ({@code ticked}) that is not in a table, not the conditioned field or
     * inside it, and whose own visibility does not depend on this condition (no cycles).
     */
    private void condition(String place, cn.shenbao.forms.template.Condition c, String ownPath) {
        condition(place, c, ownPath, p -> ownPath != null && (p.equals(ownPath) || p.startsWith(ownPath + ".")
                || p.startsWith(ownPath + "[")));
    }

    private void condition(String place, cn.shenbao.forms.template.Condition c, String ownPath,
            java.util.function.Predicate<String> own) {
        if (c == null) {
            return;
        }
        String p = c.path();
        FieldDef on = t.field(p);
        if (on == null) {
            problem(place + ".path", "definition.path.unknown", p);
            return;
        }
        if (p.contains("[")) {
            problem(place + ".path", "definition.when.inTable", p);
            return;
        }
        if (ownPath != null && (p.equals(ownPath) || p.startsWith(ownPath + "."))) {
            problem(place + ".path", "definition.when.self", p);
            return;
        }
        if (c.ticked() != null) {
            if (on.type() != FieldType.BOOLEAN) {
                problem(place + ".path", "definition.when.notBoolean", p);
            }
        } else if (on.type() != FieldType.SINGLE_CHOICE) {
            problem(place + ".path", "definition.when.notChoice", p);
        } else {
            if (c.options().isEmpty()) {
                problem(place, "definition.when.empty");
            }
            for (String o : c.options()) {
                if (!on.options().contains(o)) {
                    problem(place + (c.in() != null ? ".in" : ".notIn"), "definition.option.unknown", o);
                }
            }
        }
        if (cycles(p, own)) {
            problem(place + ".path", "definition.when.cycle", p);
        }
    }

    /**
     * Whether following the conditions from the tested field at {@code path} (its own, its section's, its
     * groups', and theirs in turn) leads back to the conditioned field or section ({@code own}) or round in a
     * circle: a condition may test a field that has a condition itself (T8's routes test 赛马制, shown only for
     * 技术攻关类), never in a cycle.
     */
    private boolean cycles(String path, java.util.function.Predicate<String> own) {
        return cycles(path, own, new java.util.HashSet<>());
    }

    private boolean cycles(String path, java.util.function.Predicate<String> own, java.util.Set<String> onPath) {
        if (own.test(path) || !onPath.add(path) || onPath.size() > 32) {
            return true;
        }
        for (cn.shenbao.forms.template.Condition c : conditionsAbove(path)) {
            if (t.field(c.path()) != null && cycles(c.path(), own, onPath)) {
                return true;
            }
        }
        onPath.remove(path);
        return false;
    }

    /** The conditions that decide whether the field at {@code path} is shown: its section's, its own and its groups'. */
    private List<cn.shenbao.forms.template.Condition> conditionsAbove(String path) {
        List<cn.shenbao.forms.template.Condition> out = new ArrayList<>();
        SectionDef s = t.sectionOf(path);
        if (s != null && s.when() != null) {
            out.add(s.when());
        }
        StringBuilder prefix = new StringBuilder();
        for (String part : path.split("\\.")) {
            prefix.append(prefix.length() == 0 ? "" : ".").append(part);
            FieldDef f = t.field(prefix.toString());
            if (f != null && f.when() != null) {
                out.add(f.when());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- rules

    private void rule(String place, RuleDef def, KindInfo kind) {
        if (kind == null) {
            problem(place, "definition.rule.unknownKind", def.rule());
            return;
        }
        if (def.message() != null) {
            for (Locale l : LOCALES) {
                if (!hasKey(l, def.message())) {
                    problem(place + ".message", "definition.message.unknown", def.message(), l.getLanguage());
                }
            }
        }
        List<String> names = kind.params().stream().map(Param::name).toList();
        for (String key : def.args().keySet()) {
            if (!names.contains(key) && !COMMON.contains(key)) {
                problem(place + "." + key, "definition.param.unknown", key, String.join("、", names));
            }
        }
        for (Param p : kind.params()) {
            Object v = def.args().get(p.name());
            if (v == null) {
                if (p.required()) {
                    problem(place, "definition.param.missing", p.name());
                }
                continue;
            }
            if (!p.list() && v instanceof List<?>) {
                problem(place + "." + p.name(), "definition.param.notList", p.name());
                continue;
            }
            List<String> values = def.strings(p.name());
            if (values.isEmpty() && p.required()) {
                problem(place, "definition.param.missing", p.name());
            }
            for (int i = 0; i < values.size(); i++) {
                String at = place + "." + p.name() + (v instanceof List<?> ? "[" + i + "]" : "");
                value(at, p, values.get(i), def);
            }
        }
    }

    private void value(String at, Param p, String raw, RuleDef def) {
        String v = raw;
        if (v.startsWith("$") && p.kind() != Param.Kind.PATH && p.kind() != Param.Kind.TABLE
                && p.kind() != Param.Kind.COLUMN && p.kind() != Param.Kind.SUBFIELD) {
            Object resolved = t.param(v.substring(1));
            if (resolved == null) {
                problem(at, "definition.param.noTemplateParam", v, String.join("、", t.params().keySet()));
                return;
            }
            TemplateParams.ByOption b = TemplateParams.byOption(resolved);
            if (b != null) { // every value it may take must suit this parameter
                b.values().forEach((opt, val) -> {
                    if (val != null && !(val instanceof Map<?, ?>) && !(val instanceof List<?>)) {
                        literal(at + "（" + raw + ".values." + opt + "）", p, b.valueFor(opt), def);
                    }
                });
                if (b.otherwise() != null && !(b.otherwise() instanceof Map<?, ?>) && !(b.otherwise() instanceof List<?>)) {
                    literal(at + "（" + raw + ".otherwise）", p, b.valueFor(null), def);
                }
                return;
            }
            v = resolved.toString();
        }
        literal(at, p, v, def);
    }

    private void literal(String at, Param p, String v, RuleDef def) {
        switch (p.kind()) {
            case PATH -> {
                if (t.field(v) == null) {
                    problem(at, "definition.path.unknown", v);
                }
            }
            case TABLE -> {
                FieldDef f = t.field(v);
                if (f == null) {
                    problem(at, "definition.path.unknown", v);
                } else if (f.type() != FieldType.TABLE) {
                    problem(at, "definition.table.notTable", v);
                }
            }
            case COLUMN, SUBFIELD -> {
                String owner = def.string(p.of());
                FieldDef o = owner == null ? null : t.field(owner);
                if (o != null && o.child(v) == null) {
                    problem(at, p.kind() == Param.Kind.COLUMN ? "definition.column.unknown" : "definition.subfield.unknown",
                            v, owner);
                }
            }
            case NUMBER -> {
                try {
                    new BigDecimal(v);
                } catch (NumberFormatException e) {
                    problem(at, "definition.value.number", v);
                }
            }
            case INTEGER -> {
                try {
                    Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    problem(at, "definition.value.integer", v);
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(v);
                } catch (RuntimeException e) {
                    problem(at, "definition.value.date", v);
                }
            }
            case REGEX -> {
                try {
                    Pattern.compile(v);
                } catch (PatternSyntaxException e) {
                    problem(at, "definition.value.regex", v, e.getDescription());
                }
            }
            case TEXT -> { }
            default -> throw new IllegalStateException(p.kind().toString());
        }
    }

    private static boolean hasKey(Locale l, String key) {
        try {
            return Messages.bundle(l).getString(key) != null;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    /** For tests: the parameters of every kind, by kind name. */
    static Map<String, List<Param>> declared() {
        Map<String, List<Param>> out = new java.util.TreeMap<>();
        for (String k : RuleKinds.names()) {
            out.put(k, ((KindInfo) RuleKinds.get(k)).params());
        }
        return out;
    }
}
