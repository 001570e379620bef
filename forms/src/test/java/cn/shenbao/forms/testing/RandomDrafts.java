package cn.shenbao.forms.testing;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleContext;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Random complete drafts of any form, made from its definition: every field filled with a value of its
 * type (texts of CJK, Extension B, Latin, digits and full-width punctuation, often exactly at their 字数
 * limit; tables often at their row cap), then the form's rules satisfied by kind, so that the rule
 * engine finds no error. Nothing here names a form: a new template is covered as it is added. A rule
 * kind this class does not know how to satisfy makes {@link #valid} fail with a message saying so
 * (only for rules of severity ERROR; warnings may remain).
 */
public final class RandomDrafts {
    private static final LocalDate EARLIEST = LocalDate.of(2019, 1, 1);
    private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Longest text generated for a field without a 字数 limit. */
    private static final int FREE_TEXT = 40;
    private static final int FREE_LONG_TEXT = 260;

    private final TemplateDef t;
    private final Rnd r;
    private final Draft d;

    private RandomDrafts(TemplateDef t, Rnd r) {
        this.t = t;
        this.r = r;
        this.d = new Draft(t.id(), t.version());
    }

    /** Complete drafts of {@code template} without rule errors (an exception when the rules cannot be met). */
    public static Gen<Draft> valid(TemplateDef template) {
        return r -> {
            Draft d = complete(template, r);
            List<Finding> errors = RuleEngine.check(template, d).stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                throw new IllegalStateException("RandomDrafts made a draft of " + template.id() + " with rule errors "
                        + "(teach it the rule kind): " + errors.stream().map(f -> f.rule() + " @ " + f.path())
                        .collect(Collectors.joining(", ")));
            }
            return d;
        };
    }

    /** A complete draft of {@code template} with its rules satisfied as far as this class knows them. */
    public static Draft complete(TemplateDef template, Rnd r) {
        RandomDrafts g = new RandomDrafts(template, r);
        for (SectionDef s : template.sections()) {
            for (FieldDef f : s.fields()) {
                g.fill(f, f.id());
            }
        }
        g.dependentOptions();
        g.satisfyRules();
        g.hiddenFields();
        return g.d;
    }

    /** The rule kinds of severity ERROR that {@link #complete} satisfies. */
    public static final Set<String> KNOWN_KINDS = Set.of("pattern", "differentPersons", "listCount", "dateOrder",
            "dateNotAfter", "rowDatesWithin", "rowsInOrder", "columnSum", "sumEquals", "maxValue", "mentions",
            "rowCount", "ageCount", "flagCount", "uniqueColumn", "attached", "choiceText", "charTarget",
            "charCount", "dateNotBefore", "minValue", "expect",
            "notMoreThan", "unitValue", "rowGroups");

    // ---- values by field type ----------------------------------------------------------------------

    private void fill(FieldDef f, String path) {
        switch (f.type()) {
            case GROUP -> f.fields().forEach(c -> fill(c, path + "." + c.id()));
            case DATE_RANGE -> {
                LocalDate a = date();
                LocalDate b = a.plusDays(r.between(30, 700));
                d.set(path + "." + f.fields().get(0).id(), a.toString());
                d.set(path + "." + f.fields().get(1).id(), b.toString());
            }
            case TABLE -> {
                if (f.groups() != null) {
                    groupedRows(f, path);
                    return;
                }
                int min = Math.max(1, f.minRows() != null ? f.minRows() : 1);
                int max = f.maxRows() != null ? f.maxRows() : min + 5;
                int n = f.maxRows() != null && r.oneIn(3) ? max : r.between(min, Math.max(min, Math.min(max, min + 5)));
                for (int i = 0; i < n; i++) {
                    addRow(f, path);
                }
            }
            case COMPUTED -> { }
            case MULTI_CHOICE -> {
                List<String> plain = f.options().stream().filter(o -> !f.exclusive().contains(o)).toList();
                List<String> chosen;
                if (!f.exclusive().isEmpty() && r.oneIn(4)) {
                    chosen = List.of(r.pick(f.exclusive()));
                } else {
                    chosen = new ArrayList<>(Gen.subset(plain).next(r));
                    if (chosen.isEmpty() && !plain.isEmpty()) {
                        chosen.add(r.pick(plain));
                    }
                }
                d.setChoices(path, chosen);
                if (f.otherOption() != null && chosen.contains(f.otherOption())) {
                    d.set(path + ".other", TextGen.line(r, 20, false));
                }
            }
            default -> {
                String v = leaf(f);
                d.set(path, v);
                if (f.type() == FieldType.SINGLE_CHOICE && v.equals(f.otherOption())) {
                    d.set(path + ".other", TextGen.line(r, 20, false));
                }
            }
        }
    }

    /**
     * A grouped table ({@code groups}): the form's preset rows with random values, and up to four own rows, each
     * inserted at the end of a random group (the rows of a group stay together, as the editor keeps them).
     */
    private void groupedRows(FieldDef f, String path) {
        for (Map<String, String> p : f.groups().preset()) {
            Map<String, String> row = new LinkedHashMap<>(p);
            for (FieldDef c : f.columns()) {
                if (!row.containsKey(c.id()) && c.type().isLeaf() && c.type() != FieldType.MULTI_CHOICE) {
                    row.put(c.id(), leaf(c));
                }
            }
            d.addRow(path, row);
        }
        List<List<String>> groups = f.groups().groups();
        int own = r.between(0, 4);
        for (int k = 0; k < own; k++) {
            List<String> g = r.pick(groups);
            int at = 0;
            List<Map<String, String>> rows = d.rows(path);
            for (int i = 0; i < rows.size(); i++) {
                if (f.groups().keyOf(rows.get(i)).equals(g)) {
                    at = i + 1;
                }
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < f.groups().by().size(); i++) {
                row.put(f.groups().by().get(i), g.get(i));
            }
            for (FieldDef c : f.columns()) {
                if (!row.containsKey(c.id()) && c.type().isLeaf() && c.type() != FieldType.MULTI_CHOICE) {
                    row.put(c.id(), leaf(c));
                }
            }
            d.insertRow(path, at);
            for (Map.Entry<String, String> e : row.entrySet()) {
                d.set(FieldPath.cell(path, at, e.getKey()), e.getValue());
            }
        }
    }

    private int addRow(FieldDef table, String path) {
        Map<String, String> row = new LinkedHashMap<>();
        for (FieldDef c : table.columns()) {
            if (c.type().isLeaf() && c.type() != FieldType.MULTI_CHOICE) {
                row.put(c.id(), leaf(c));
            }
        }
        return d.addRow(path, row);
    }

    /** A valid value of a leaf field. */
    String leaf(FieldDef f) {
        Integer max = f.maxChars();
        boolean atLimit = max != null && r.oneIn(3);
        return switch (f.type()) {
            case TEXT -> TextGen.line(r, max != null ? max : FREE_TEXT, atLimit);
            case LONG_TEXT -> TextGen.paragraphs(r, max != null ? max : FREE_LONG_TEXT, atLimit);
            case DATE -> date().toString();
            case MONEY -> money(r.pick(100L, 10_000L, 1_000_000L, 100_000_000L));
            case INTEGER -> Integer.toString(r.between(-99, 99_999));
            case PERCENT -> r.between(0, 100) + (r.oneIn(3) ? ".5" : "").replace("100.5", "100");
            case MOBILE -> mobile();
            case PHONE -> switch (r.below(4)) {
                case 0 -> mobile();
                case 1 -> "0" + r.between(10, 999) + "-" + r.between(2_000_000, 89_999_999);
                case 2 -> "（0" + r.between(10, 999) + "）" + r.between(2_000_000, 9_999_999);
                default -> "400-" + r.between(100, 999) + "-" + r.between(1000, 9999);
            };
            case EMAIL -> latin(1, 10) + r.pick("", ".", "_", "+") + latin(1, 6) + "@" + latin(1, 8) + "."
                    + r.pick("cn", "com", "org.cn", "edu.cn", "ac.cn");
            case POSTCODE -> String.format("%06d", r.below(1_000_000));
            case USCC -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 17; i++) {
                    sb.append(USCC_CHARS.charAt(r.below(USCC_CHARS.length())));
                }
                yield sb.append(Values.usccCheckChar(sb.toString())).toString();
            }
            case SINGLE_CHOICE -> r.pick(f.options());
            case BOOLEAN, ATTACHMENT -> r.pick("false", "true");
            default -> throw new IllegalStateException("not a leaf: " + f.type());
        };
    }

    private String mobile() {
        return "1" + r.between(3, 9) + String.format("%09d", r.below(1_000_000_000));
    }

    private String latin(int min, int max) {
        int n = r.between(min, max);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(r.below(36)));
        }
        return sb.toString();
    }

    private LocalDate date() {
        return EARLIEST.plusDays(r.below(365 * 8));
    }

    /** An amount below {@code bound} 元 × 100 … in 万元, with 0–2 decimals. */
    private String money(long boundCents) {
        return cents(r.below((int) Math.min(Integer.MAX_VALUE, boundCents)));
    }

    private static String cents(long c) {
        return BigDecimal.valueOf(c, 2).stripTrailingZeros().toPlainString();
    }

    /**
     * Choices whose options depend on another field ({@code dependsOn}/{@code optionsBy}): chosen among the
     * options offered for the value that field got (a value offering none is replaced by one that offers some).
     */
    private void dependentOptions() {
        for (String path : t.paths()) {
            FieldDef f = t.field(path);
            if (path.contains("[]") || !f.hasDependentOptions()) {
                continue;
            }
            String on = f.dependsOn();
            if (f.optionsFor(d.text(on)).isEmpty()) {
                List<String> offering = f.optionsBy().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                        .map(Map.Entry::getKey).toList();
                if (offering.isEmpty()) {
                    continue;
                }
                d.set(on, r.pick(offering));
            }
            List<String> offered = f.optionsFor(d.text(on));
            if (f.type() == FieldType.MULTI_CHOICE) {
                List<String> chosen = new ArrayList<>(Gen.subset(offered).next(r));
                if (chosen.isEmpty()) {
                    chosen.add(r.pick(offered));
                }
                d.setChoices(path, chosen);
            } else {
                d.set(path, r.pick(offered));
            }
        }
    }

    /**
     * Fields hidden by a condition ({@code when}, e.g. the other kind of T8) keep the values of a person who
     * switched the kind in half of the drafts and are empty, as in a draft filled for one kind only, in the other.
     */
    private void hiddenFields() {
        if (!t.hasConditions() || r.oneIn(2)) {
            return;
        }
        Draft shown = cn.shenbao.forms.draft.Conditions.shownOnly(t, d);
        for (String key : Set.copyOf(d.keys())) {
            if (!shown.keys().contains(key)) {
                if (d.rowCount(key) > 0) {
                    d.setRows(key, List.of());
                } else {
                    d.set(key, "");
                    d.setChoices(key, List.of());
                }
            }
        }
    }

    // ---- rules --------------------------------------------------------------------------------------

    private void satisfyRules() {
        // counts first (they add rows), then single values, then sums (totals from parts, then columns from
        // totals), then dates of rows within their periods
        List<String> order = List.of("rowCount", "attached", "choiceText", "pattern", "listCount", "mentions",
                "charTarget", "differentPersons",
                "uniqueColumn", "flagCount", "ageCount", "maxValue", "minValue", "notMoreThan", "unitValue", "rowGroups",
                "dateNotAfter", "dateNotBefore", "dateOrder", "expect", "charCount", "sumEquals",
                "columnSum", "rowDatesWithin", "rowsInOrder");
        for (String kind : order) {
            for (RuleDef def : t.rules()) {
                if (def.rule().equals(kind)) {
                    satisfy(new RuleContext(t, d, def));
                }
            }
        }
    }

    private void satisfy(RuleContext c) {
        RuleDef def = c.def();
        switch (def.rule()) {
            case "rowCount" -> {
                String table = c.param("table");
                int min = c.integer("min", 0);
                int max = c.param("max") == null ? Integer.MAX_VALUE : c.integer("max", 0);
                while (d.rowCount(table) < min) {
                    addRow(t.field(table), table);
                }
                while (d.rowCount(table) > max) {
                    d.removeRow(table, d.rowCount(table) - 1);
                }
            }
            case "attached" -> d.set(c.param("field"), "true");
            case "choiceText" -> {
                // the text beside an option is filled exactly when the option is ticked
                String text = c.param("text");
                if (d.choices(c.param("choice")).contains(c.param("option"))) {
                    if (!d.has(text)) {
                        d.set(text, leaf(c.field(text)));
                    }
                } else {
                    d.set(text, "");
                }
            }
            case "charTarget" -> {
                String path = c.param("field");
                int above = c.param("warnAbove") == null ? Integer.MAX_VALUE : c.integer("warnAbove", 0);
                int target = c.integer("target", 0);
                if (cn.shenbao.forms.text.CharCount.count(d.text(path)) > above) {
                    d.set(path, TextGen.paragraphs(r, Math.min(above, Math.max(1, target)), true));
                }
            }
            case "pattern" -> {
                for (String path : c.each(c.param("field"))) {
                    Integer max = c.field(path).maxChars();
                    String v;
                    do {
                        v = RegexGen.matching(c.param("regex"), r);
                    } while (max != null && cn.shenbao.forms.text.CharCount.count(v) > max);
                    d.set(path, v);
                }
            }
            case "charCount" -> {
                // the text keeps its ending (a pattern's suffix such as 研发): cut or padded at the front
                int min = c.integer("min", 0);
                int max = c.param("max") == null ? Integer.MAX_VALUE : c.integer("max", 0);
                for (String path : c.each(c.param("field"))) {
                    String v = d.text(path).strip();
                    if (v.isEmpty()) {
                        continue;
                    }
                    int n = v.codePointCount(0, v.length());
                    if (n > max) {
                        v = v.substring(v.offsetByCodePoints(0, n - max));
                    }
                    while (v.codePointCount(0, v.length()) < min) {
                        v = TextGen.word(r, 1) + v;
                    }
                    if (v.codePointCount(0, v.length()) > max) {
                        v = v.substring(v.offsetByCodePoints(0, v.codePointCount(0, v.length()) - max));
                    }
                    d.set(path, v);
                }
            }
            case "expect" -> {
                // the first expected answer for every field (or row) judged; none of the refused ones
                List<String> in = c.params("in");
                List<String> notIn = c.params("notIn");
                List<String> fields = c.params("field");
                List<String> paths = fields.size() == 1 ? c.each(fields.get(0)) : fields.subList(0, 1);
                for (String path : paths) {
                    FieldDef f = c.field(path);
                    String v = !in.isEmpty() ? r.pick(in.stream().filter(o -> f.options().isEmpty() || f.options().contains(o)).toList())
                            : r.pick(f.options().stream().filter(o -> !notIn.contains(o)).toList());
                    d.set(path, v);
                }
            }
            case "minValue" -> {
                BigDecimal min = c.number("min");
                for (String path : c.each(c.param("field"))) {
                    BigDecimal v = Values.numberOrNull(d.text(path));
                    if (v != null && v.compareTo(min) < 0) {
                        d.set(path, min.add(BigDecimal.valueOf(r.below(3))).stripTrailingZeros().toPlainString());
                    }
                }
            }
            case "dateNotBefore" -> {
                LocalDate limit = c.date("limit");
                for (String path : c.each(c.param("field"))) {
                    LocalDate v = Values.dateOrNull(d.text(path));
                    if (v != null && v.isBefore(limit)) {
                        d.set(path, limit.plusDays(r.below(3000)).toString());
                    }
                }
            }
            case "listCount" -> {
                int min = c.integer("min", 0);
                int max = c.param("max") == null ? min + 3 : c.integer("max", 0);
                List<String> items = new ArrayList<>();
                for (int i = r.between(Math.max(1, min), Math.max(1, max)); i > 0; i--) {
                    items.add(TextGen.word(r, 4));
                }
                d.set(c.param("field"), String.join("、", items));
            }
            case "mentions" -> {
                String path = c.param("field");
                StringBuilder sb = new StringBuilder();
                for (String k : c.params("keywords")) {
                    sb.append(k.split("\\|")[0]).append('、');
                }
                Integer max = c.field(path).maxChars();
                int room = (max != null ? max : FREE_LONG_TEXT) - sb.length();
                String text = room > 0 ? sb + TextGen.paragraphs(r, room, r.oneIn(3)) : sb.substring(0, sb.length() - 1);
                d.set(path, text);
            }
            case "differentPersons" -> {
                for (String sub : c.params("compare")) {
                    String pa = c.param("a") + "." + sub;
                    String pb = c.param("b") + "." + sub;
                    for (int i = 0; i < 20 && d.text(pa).strip().equalsIgnoreCase(d.text(pb).strip()); i++) {
                        d.set(pb, leaf(c.field(pb)));
                    }
                }
            }
            case "uniqueColumn" -> {
                String table = c.param("table");
                String col = c.param("column");
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < d.rowCount(table); i++) {
                    String p = FieldPath.cell(table, i, col);
                    for (int k = 0; k < 20 && !seen.add(d.text(p).replaceAll("\\s", "")); k++) {
                        d.set(p, leaf(c.field(p)));
                    }
                }
            }
            case "flagCount" -> {
                String table = c.param("table");
                String col = c.param("column");
                int min = c.integer("min", 0);
                int max = c.param("max") == null ? d.rowCount(table) : c.integer("max", 0);
                while (d.rowCount(table) < min) {
                    addRow(t.field(table), table);
                }
                int k = r.between(min, Math.max(min, Math.min(max, d.rowCount(table))));
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < d.rowCount(table); i++) {
                    rows.add(i);
                }
                java.util.Collections.shuffle(rows, new java.util.Random(r.nextLong()));
                for (int i = 0; i < rows.size(); i++) {
                    d.set(FieldPath.cell(table, rows.get(i), col), i < k ? "true" : "false");
                }
            }
            case "ageCount" -> {
                String table = c.param("table");
                String col = c.param("column");
                int maxAge = c.integer("maxAge", 45);
                LocalDate on = c.date("on");
                int min = c.integer("min", 0);
                while (d.rowCount(table) < min) {
                    addRow(t.field(table), table);
                }
                for (int i = 0; i < min; i++) {
                    d.set(FieldPath.cell(table, i, col), on.minusYears(r.between(22, maxAge)).plusDays(r.between(1, 300)).toString());
                }
            }
            case "maxValue" -> {
                String path = c.param("field");
                BigDecimal max = c.number("max");
                BigDecimal v = Values.numberOrNull(d.text(path));
                if (v != null && max != null && v.compareTo(max) > 0) {
                    long cents = max.movePointRight(2).longValue();
                    d.set(path, c.field(path).type() == FieldType.INTEGER ? Integer.toString(r.between(0, max.intValue()))
                            : cents(r.below((int) Math.min(Integer.MAX_VALUE, cents + 1))));
                }
            }
            case "notMoreThan" -> {
                String path = c.param("field");
                BigDecimal limit = Values.numberOrNull(c.text(c.param("limit")));
                BigDecimal v = Values.numberOrNull(d.text(path));
                if (v != null && limit != null && v.compareTo(limit) > 0) {
                    long cents = limit.movePointRight(2).longValue();
                    d.set(path, cents(r.below((int) Math.min(Integer.MAX_VALUE, cents + 1))));
                }
            }
            case "unitValue" -> {
                String table = c.param("table");
                String col = c.param("column");
                String unitCol = c.param("unit");
                for (int i = 0; i < d.rowCount(table); i++) {
                    String unit = d.text(FieldPath.cell(table, i, unitCol)).strip();
                    String p = FieldPath.cell(table, i, col);
                    String sign = r.oneIn(5) ? r.pick("≥", "≤") : "";
                    if (c.params("percent").contains(unit)) {
                        int whole = r.between(0, 100);
                        d.set(p, sign + whole + (whole < 100 && r.oneIn(3) ? ".5" : ""));
                    } else if (c.params("whole").contains(unit)) {
                        d.set(p, sign + r.between(0, 99_999));
                    } else if (c.params("amount").contains(unit)) {
                        d.set(p, sign + cents(r.below(1_000_000_000)));
                    }
                }
            }
            case "rowGroups" -> { } // groupedRows keeps the preset rows and puts own rows into the groups
            case "dateNotAfter" -> {
                LocalDate limit = cn.shenbao.forms.rules.kinds.DateNotAfterRule.limit(c);
                for (String path : c.each(c.param("field"))) {
                    LocalDate v = Values.dateOrNull(d.text(path));
                    if (v != null && v.isAfter(limit)) {
                        d.set(path, limit.minusDays(r.below(200)).toString());
                    }
                }
            }
            case "dateOrder" -> {
                String from = c.param("from");
                String to = c.param("to");
                LocalDate a = Values.dateOrNull(d.text(from));
                LocalDate b = Values.dateOrNull(d.text(to));
                if (a != null && b != null && a.isAfter(b)) {
                    d.set(from, b.minusDays(r.below(400)).toString()); // the end may have been set by a limit
                }
            }
            case "sumEquals" -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (String p : c.params("parts")) {
                    BigDecimal v = Values.numberOrNull(d.text(p));
                    sum = v == null ? sum : sum.add(v);
                }
                d.set(c.param("total"), sum.stripTrailingZeros().toPlainString());
            }
            case "columnSum" -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (String p : c.params("equals")) {
                    BigDecimal v = Values.numberOrNull(d.text(p));
                    sum = v == null ? sum : sum.add(v);
                }
                String table = c.param("table");
                String col = c.param("column");
                int n = d.rowCount(table);
                if (n == 0) {
                    addRow(t.field(table), table);
                    n = 1;
                }
                long total = sum.movePointRight(2).longValueExact();
                long[] cuts = new long[n + 1];
                cuts[n] = total;
                for (int i = 1; i < n; i++) {
                    cuts[i] = (long) (r.below(10_001) / 10_000.0 * total);
                }
                java.util.Arrays.sort(cuts, 1, n);
                for (int i = 0; i < n; i++) {
                    d.set(FieldPath.cell(table, i, col), cents(cuts[i + 1] - cuts[i]));
                }
            }
            case "rowDatesWithin", "rowsInOrder" -> {
                String table = c.param("table");
                String fromCol = c.param("from");
                String toCol = c.param("to");
                LocalDate start;
                LocalDate end;
                if (def.rule().equals("rowsInOrder") && t.rules().stream().anyMatch(o -> o.rule().equals("rowDatesWithin")
                        && table.equals(o.string("table")))) {
                    return; // already in order, inside the period
                }
                if (c.param("periodFrom") != null) {
                    start = Values.dateOrNull(d.text(c.param("periodFrom")));
                    end = Values.dateOrNull(d.text(c.param("periodTo")));
                } else {
                    start = Values.dateOrNull(d.text(FieldPath.cell(table, 0, fromCol)));
                    end = start == null ? null : start.plusDays(400);
                }
                if (start == null || end == null) {
                    return;
                }
                int n = d.rowCount(table);
                long days = Math.max(0, end.toEpochDay() - start.toEpochDay());
                long[] cuts = new long[n + 1];
                cuts[n] = days;
                for (int i = 1; i < n; i++) {
                    cuts[i] = (long) (r.below(10_001) / 10_000.0 * days);
                }
                java.util.Arrays.sort(cuts, 1, n);
                for (int i = 0; i < n; i++) {
                    // consecutive phases without overlap: each starts the day after the previous one ends
                    LocalDate a = start.plusDays(cuts[i] + (i == 0 ? 0 : 1));
                    LocalDate b = start.plusDays(Math.max(cuts[i + 1], cuts[i] + (i == 0 ? 0 : 1)));
                    if (b.isAfter(end)) {
                        b = end;
                    }
                    if (a.isAfter(b)) {
                        a = b;
                    }
                    d.set(FieldPath.cell(table, i, fromCol), a.toString());
                    d.set(FieldPath.cell(table, i, toCol), b.toString());
                }
            }
            default -> {
                // an unknown kind: valid() reports its errors, if it has any
            }
        }
    }
}
