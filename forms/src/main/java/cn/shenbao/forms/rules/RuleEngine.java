package cn.shenbao.forms.rules;

import cn.shenbao.forms.draft.Conditions;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.text.CharCount;
import cn.shenbao.forms.text.CharPolicy;
import cn.shenbao.forms.text.Shown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks a draft against its definition. Two sources of findings:
 * <ul>
 *   <li>what the field definitions imply: required values, value formats by type (dates, money,
 *       phone, e-mail, postcode, 统一社会信用代码, options), 字数 limits, row limits of tables, and
 *       values stored at paths the template does not know;</li>
 *   <li>the rules listed in the definition's {@code rules}, by kind ({@link RuleKinds}).</li>
 * </ul>
 * Findings come back errors first, then in form order.
 */
public final class RuleEngine {
    private RuleEngine() {}

    /** Every finding for a draft of this template. */
    public static List<Finding> check(TemplateDef template, Draft draft) {
        List<Finding> out = new ArrayList<>();
        for (SectionDef s : template.sections()) {
            if (!Conditions.shown(template, s, draft)) {
                continue; // a hidden section: nothing in it is required or checked
            }
            for (FieldDef f : s.fields()) {
                checkField(template, draft, f, f.id(), out);
            }
        }
        checkUnknownKeys(template, draft, out);
        out = summariseRows(out);
        for (RuleDef def : template.rules()) {
            out.addAll(runRule(template, draft, def));
        }
        new Ranking(template).sort(out);
        return out;
    }

    /**
     * The findings of one rule entry of the definition: none while its {@code when} is false, and none on a
     * field that is hidden (a rule never reports on what the person cannot see).
     */
    static List<Finding> runRule(TemplateDef template, Draft draft, RuleDef def) {
        Rule rule = RuleKinds.get(def.rule());
        if (rule == null) {
            throw new IllegalStateException("template " + template.id() + " names unknown rule kind " + def.rule());
        }
        if (!Conditions.holds(template, def.when(), draft)) {
            return List.of();
        }
        List<Finding> found = rule.check(new RuleContext(template, draft, def));
        if (template.hasConditions() && !found.isEmpty()) {
            found = found.stream().filter(f -> Conditions.shown(template, draft, f.path())).toList();
        }
        return found;
    }

    /**
     * The order of findings: errors first, then form order (the first path of the template a finding's
     * path falls under), then path with row numbers compared as numbers. Ranks are remembered per path.
     */
    static final class Ranking {
        private final Map<String, Integer> order = new java.util.HashMap<>();
        private final Map<String, Integer> rank = new java.util.HashMap<>();
        private final Map<String, String> sortKey = new java.util.HashMap<>();

        Ranking(TemplateDef template) {
            List<String> paths = template.paths();
            for (int i = 0; i < paths.size(); i++) {
                order.putIfAbsent(paths.get(i), i);
            }
        }

        private int rank(String p) {
            return rank.computeIfAbsent(p, k -> {
                Integer i = order.get(k.replaceAll("\\[\\d+]", "[]"));
                if (i == null) {
                    i = order.get(k.split("[.\\[]", 2)[0]);
                }
                return i == null ? Integer.MAX_VALUE : i;
            });
        }

        private String key(String p) {
            return sortKey.computeIfAbsent(p, RuleEngine::pathSortKey);
        }

        /** Sorts in place (stable: findings that compare equal keep the order in which they were found). */
        void sort(List<Finding> out) {
            out.sort(Comparator.comparing((Finding f) -> f.severity() == Severity.ERROR ? 0 : 1)
                    .thenComparingInt(f -> rank(f.path()))
                    .thenComparing(f -> key(f.path())));
        }
    }

    /** Findings of one kind shown for the rows of a table before the rest are summed up in one line. */
    public static final int MAX_PER_KIND = 20;

    /**
     * Past {@value #MAX_PER_KIND} findings of one kind on one column (same severity, rule, message, and path but
     * for the row number), the rest become one finding "还有 N 行同类问题" on the table: a draft of 10,000 bad rows
     * gives a short report instead of one line per row.
     */
    static List<Finding> summariseRows(List<Finding> in) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        Map<String, Finding> firstOver = new java.util.LinkedHashMap<>();
        Map<String, Integer> over = new java.util.HashMap<>();
        List<Finding> out = new ArrayList<>(Math.min(in.size(), 1024));
        for (Finding f : in) {
            int b = f.path().indexOf('[');
            if (b < 0) {
                out.add(f);
                continue;
            }
            String group = f.severity() + "|" + f.rule() + "|" + f.key() + "|" + f.path().replaceAll("\\[\\d+]", "[]");
            int n = seen.merge(group, 1, Integer::sum);
            if (n <= MAX_PER_KIND) {
                out.add(f);
            } else {
                firstOver.putIfAbsent(group, f);
                over.merge(group, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Finding> e : firstOver.entrySet()) {
            Finding f = e.getValue();
            String table = f.path().substring(0, f.path().indexOf('['));
            out.add(Finding.of(f.severity(), table, f.rule(), "rule.moreRows", over.get(e.getKey()), f));
        }
        return out;
    }

    /** Compares paths so that {@code members[2]} sorts before {@code members[10]}. */
    static int comparePaths(String a, String b) {
        return pathSortKey(a).compareTo(pathSortKey(b));
    }

    private static String pathSortKey(String p) {
        return p.replaceAll("\\[(\\d+)]", "[00000$1]").replaceAll("\\[0*(\\d{6})]", "[$1]");
    }

    /** Whether any finding is an error. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    static void checkField(TemplateDef t, Draft d, FieldDef f, String path, List<Finding> out) {
        if (!Conditions.holds(t, f.when(), d)) {
            return; // hidden: not required, not checked (its value stays in the draft)
        }
        switch (f.type()) {
            case GROUP, DATE_RANGE -> {
                for (FieldDef c : f.fields()) {
                    checkField(t, d, c, path + "." + c.id(), out);
                }
            }
            case TABLE -> checkTable(t, d, f, path, out);
            case COMPUTED -> { }
            default -> checkLeaf(t, d, f, path, out);
        }
    }

    private static void checkTable(TemplateDef t, Draft d, FieldDef f, String path, List<Finding> out) {
        checkRowCount(t, d, f, path, out);
        List<Map<String, String>> data = d.rows(path);
        for (int i = 0; i < data.size(); i++) {
            checkRow(t, d, f, path, i, data.get(i), out);
        }
    }

    /** The row limits of a table. */
    static void checkRowCount(TemplateDef t, Draft d, FieldDef f, String path, List<Finding> out) {
        int rows = d.rowCount(path);
        if (f.maxRows() != null && rows > f.maxRows()) {
            out.add(Finding.of(Severity.ERROR, path, "maxRows", "rule.maxRows", t.labelOf(path), f.maxRows(), rows));
        }
        int min = f.minRows() != null ? f.minRows() : f.required() ? 1 : 0;
        if (rows < min) {
            out.add(Finding.of(Severity.ERROR, path, "minRows", "rule.minRows", t.labelOf(path), min, rows));
        }
    }

    /** The cells of one row of a table (an empty row is not checked). */
    static void checkRow(TemplateDef t, Draft d, FieldDef f, String path, int i, Map<String, String> row, List<Finding> out) {
        if (row.isEmpty()) {
            return;
        }
        for (FieldDef c : f.columns()) {
            checkLeaf(t, d, c, FieldPath.cell(path, i, c.id()), out);
        }
    }

    static void checkLeaf(TemplateDef t, Draft d, FieldDef f, String path, List<Finding> out) {
        java.util.function.Supplier<String> label = () -> t.labelOf(path); // only when reporting
        if (!d.has(path)) {
            if (f.required()) {
                out.add(Finding.of(Severity.ERROR, path, "required", "rule.required", label.get()));
            }
            return;
        }
        if (f.type() == FieldType.MULTI_CHOICE) {
            for (String c : d.choices(path)) {
                if (!f.options().contains(c)) {
                    out.add(Finding.of(Severity.ERROR, path, "format", "value.choice.unknown", label.get(), Shown.user(c), String.join("、", f.options())));
                }
            }
            if (f.otherOption() != null && d.choices(path).contains(f.otherOption()) && !d.has(path + ".other")) {
                out.add(Finding.of(Severity.ERROR, path + ".other", "otherText", "rule.otherText", label.get(), f.otherOption()));
            }
            otherUnticked(d, f, path, label.get(), f.otherOption() != null && d.choices(path).contains(f.otherOption()), out);
            dependentOptions(t, d, f, path, d.choices(path), out);
            for (String ex : f.exclusive()) {
                List<String> chosen = d.choices(path);
                if (chosen.contains(ex) && chosen.size() > 1) {
                    out.add(Finding.of(Severity.ERROR, path, "exclusive", "rule.exclusive", label.get(), ex));
                }
            }
            return;
        }
        String value = d.text(path);
        CharPolicy.Hit hit = CharPolicy.firstHit(value);
        if (hit != null) {
            // the same classes set and the editors refuse or remove (CharPolicy); export leaves them out
            Severity sev = hit.kind() == CharPolicy.Kind.INVISIBLE ? Severity.WARNING : Severity.ERROR;
            String key = switch (hit.kind()) {
                case CONTROL -> "value.char.control";
                case BIDI -> "value.char.bidi";
                case INVISIBLE -> "value.char.invisible";
            };
            out.add(Finding.of(sev, path, "chars", key, label.get(), hit.code(), hit.position()));
        }
        String problem = Values.formatProblem(f, value);
        if (problem != null) {
            // the value.date.* keys of parsing take the typed text as {0}; a finding names the field first
            String key = problem.startsWith("value.date.") ? problem + ".field" : problem;
            out.add(Finding.of(Severity.ERROR, path, "format", key, label.get(), Shown.user(value), String.join("、", f.options())));
            return;
        }
        if (f.otherOption() != null && f.type() == FieldType.SINGLE_CHOICE && f.otherOption().equals(value) && !d.has(path + ".other")) {
            out.add(Finding.of(Severity.ERROR, path + ".other", "otherText", "rule.otherText", label.get(), f.otherOption()));
        }
        if (f.type() == FieldType.SINGLE_CHOICE) {
            otherUnticked(d, f, path, label.get(), value.strip().equals(f.otherOption()), out);
            dependentOptions(t, d, f, path, List.of(value.strip()), out);
        }
        if (f.maxChars() != null) {
            int n = CharCount.count(value);
            if (n > f.maxChars()) {
                out.add(Finding.of(Severity.ERROR, path, "maxChars", "rule.maxChars", label.get(), f.maxChars(), n, n - f.maxChars()));
            }
        }
    }

    /**
     * Options that depend on another field ({@code dependsOn}, {@code optionsBy}): each chosen option must
     * belong to that field's value. A direction ticked under another 重点领域 stays in the draft (changing the
     * field loses nothing) and is an error here until it is unticked or the field is changed back; one
     * finding per such option, naming the field it belongs to.
     */
    private static void dependentOptions(TemplateDef t, Draft d, FieldDef f, String path, List<String> chosen,
            List<Finding> out) {
        if (!f.hasDependentOptions() || chosen.isEmpty()) {
            return;
        }
        String basePath = f.dependsOn();
        String base = d.text(basePath).strip();
        List<String> allowed = f.optionsFor(base);
        for (String c : chosen) {
            if (allowed.contains(c) || !f.options().contains(c)) {
                continue; // unknown options are reported by the format check
            }
            if (base.isEmpty()) {
                out.add(Finding.of(Severity.ERROR, path, "dependentOption", "rule.dependentOption.noBase",
                        t.labelOf(path), c, t.labelOf(basePath), f.groupOf(c)));
            } else {
                out.add(Finding.of(Severity.ERROR, path, "dependentOption", "rule.dependentOption",
                        t.labelOf(path), c, t.labelOf(basePath), f.groupOf(c), base));
            }
        }
    }

    /** The text of 其他 is filled in but 其他 is not chosen: on paper it would stand beside an empty box. */
    private static void otherUnticked(Draft d, FieldDef f, String path, String label, boolean otherChosen,
            List<Finding> out) {
        if (f.otherOption() != null && !otherChosen && !d.text(path + ".other").isBlank()) {
            out.add(Finding.of(Severity.WARNING, path + ".other", "otherUnticked", "rule.otherUnticked", label,
                    f.otherOption(), Shown.user(d.text(path + ".other").strip())));
        }
    }

    static void checkUnknownKeys(TemplateDef t, Draft d, List<Finding> out) {
        for (String key : d.keys()) {
            FieldDef f = t.field(key);
            if (f == null && key.endsWith(".other")) {
                FieldDef base = t.field(key.substring(0, key.length() - 6));
                if (base != null && base.otherOption() != null) {
                    continue;
                }
            }
            if (f == null) {
                out.add(Finding.of(Severity.WARNING, key, "unknownField", "rule.unknownField", Shown.user(key)));
            } else if (f.type() == FieldType.TABLE) {
                java.util.Set<String> reported = new java.util.HashSet<>();
                for (Map<String, String> row : d.rows(key)) {
                    for (String col : row.keySet()) {
                        if (f.child(col) == null && reported.add(col)) {
                            String p = key + "[]." + Shown.value(java.util.Locale.ROOT, col);
                            out.add(Finding.of(Severity.WARNING, p, "unknownField", "rule.unknownField", Shown.user(key + "[]." + col)));
                        }
                    }
                }
            }
        }
    }
}
