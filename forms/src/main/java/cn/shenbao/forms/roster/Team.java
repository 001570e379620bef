package cn.shenbao.forms.roster;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.draft.ValueException;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The team of a draft taken from the roster, for every form whose definition says where a team goes (no form is
 * special-cased here). A TABLE field with {@code "attrs": {"team": "all"}} holds the whole team, one row per
 * expert; one with {@code "team": "printed"} the members chosen for the paper (at most its {@code maxRows}). A
 * column with {@code "fromRoster": "{unit} {title}"} is filled from the expert's fields ({@link RosterField}
 * keys, and {@code {id}}); other columns (在本项目中承担的主要工作) are the user's and are kept for the same person.
 * The column holding {@code {id}} links a row to its roster entry, so that a changed entry (a new mobile) can be
 * offered to the draft ({@link #changes}).
 *
 * <p>In 科创中国 (kczg-2024): 服务团成员名册 {@code roster} is {@code all} (the rules {@code rowCount}, {@code ageCount},
 * {@code flagCount} count it), 项目负责人及主要参加人员 {@code members} is {@code printed} (section 八, ≤ 20).
 */
public final class Team {
    public static final String TEAM_ATTR = "team";
    public static final String FROM_ROSTER = "fromRoster";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private Team() {
    }

    /** The team tables of a form: the whole team and the printed part (either may be null). */
    public record Tables(FieldDef all, FieldDef printed) {
        /** How many members print at most (the printed table's {@code maxRows}), or 0 when there is no limit. */
        public int printedMax() {
            return printed == null || printed.maxRows() == null ? 0 : printed.maxRows();
        }

        /** The column of {@code table} filled with the expert's id, or null. */
        public static String idColumn(FieldDef table) {
            for (FieldDef c : table.columns()) {
                if ("{id}".equals(c.attr(FROM_ROSTER, ""))) {
                    return c.id();
                }
            }
            return null;
        }
    }

    /** The team tables of {@code t}, or empty when the form has no team. */
    public static Optional<Tables> of(TemplateDef t) {
        FieldDef all = null;
        FieldDef printed = null;
        for (SectionDef s : t.sections()) {
            for (FieldDef f : s.fields()) {
                if (f.type() != FieldType.TABLE) {
                    continue;
                }
                String kind = f.attr(TEAM_ATTR, "");
                if (kind.equals("all")) {
                    all = f;
                } else if (kind.equals("printed")) {
                    printed = f;
                }
            }
        }
        return all == null && printed == null ? Optional.empty() : Optional.of(new Tables(all, printed));
    }

    /**
     * What is wrong with the team attributes of a definition: a {@code team} value other than {@code all} and
     * {@code printed}, a placeholder that is not a roster field. Empty when all is well.
     */
    public static List<String> problems(TemplateDef t) {
        List<String> out = new ArrayList<>();
        for (SectionDef s : t.sections()) {
            for (FieldDef f : s.fields()) {
                String kind = f.attr(TEAM_ATTR, null);
                if (kind != null && (!kind.equals("all") && !kind.equals("printed") || f.type() != FieldType.TABLE)) {
                    out.add(t.id() + ": " + f.id() + ".attrs.team=" + kind);
                }
                for (FieldDef c : f.columns()) {
                    Matcher m = PLACEHOLDER.matcher(c.attr(FROM_ROSTER, ""));
                    while (m.find()) {
                        if (!m.group(1).equals("id") && RosterField.of(m.group(1)) == null) {
                            out.add(t.id() + ": " + f.id() + "." + c.id() + ".attrs.fromRoster {" + m.group(1) + "}");
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A pattern such as {@code {unit} {title}} filled from an expert, spaces between empty parts removed. */
    public static String expand(String pattern, Expert e) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String v = key.equals("id") ? e.id() : e.get(RosterField.of(key));
            if (key.equals("birthDate")) {
                v = RosterValues.draftDate(v);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** The ids of the roster entries the draft's team rows refer to, in row order (rows without one left out). */
    public static List<String> memberIds(TemplateDef t, Draft d) {
        List<String> ids = new ArrayList<>();
        Tables tables = of(t).orElse(null);
        if (tables == null || tables.all() == null) {
            return ids;
        }
        String idCol = Tables.idColumn(tables.all());
        if (idCol == null) {
            return ids;
        }
        for (Map<String, String> row : d.rows(tables.all().id())) {
            String id = row.getOrDefault(idCol, "");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Makes {@code team} the draft's whole team and {@code printed} (experts of the team) its printed members, in
     * these orders. Cells of columns not filled from the roster are kept for the same person (by id, else by name).
     *
     * @throws IllegalArgumentException when the form has no team, or more would print than the form allows
     */
    public static void set(TemplateDef t, Draft d, List<Expert> team, List<Expert> printed) {
        Tables tables = of(t).orElseThrow(() -> new IllegalArgumentException("no team in " + t.id()));
        if (tables.printedMax() > 0 && printed.size() > tables.printedMax()) {
            throw new IllegalArgumentException("more than " + tables.printedMax() + " printed");
        }
        if (tables.all() != null) {
            fill(d, tables.all(), team);
        }
        if (tables.printed() != null) {
            fill(d, tables.printed(), printed);
        }
    }

    private static void fill(Draft d, FieldDef table, List<Expert> experts) {
        String idCol = Tables.idColumn(table);
        String nameCol = nameColumn(table);
        Map<String, Map<String, String>> byKey = new HashMap<>();
        for (Map<String, String> row : d.rows(table.id())) {
            if (idCol != null && !row.getOrDefault(idCol, "").isEmpty()) {
                byKey.putIfAbsent("id:" + row.get(idCol), row);
            }
            if (nameCol != null && !row.getOrDefault(nameCol, "").isEmpty()) {
                byKey.putIfAbsent("name:" + row.get(nameCol), row);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Expert e : experts) {
            Map<String, String> old = byKey.getOrDefault("id:" + e.id(), byKey.getOrDefault("name:" + e.name(), Map.of()));
            Map<String, String> row = new LinkedHashMap<>();
            for (FieldDef c : table.columns()) {
                String pattern = c.attr(FROM_ROSTER, null);
                String v = pattern == null ? old.getOrDefault(c.id(), "") : cell(c, expand(pattern, e));
                if (!v.isEmpty()) {
                    row.put(c.id(), v);
                }
            }
            rows.add(row);
        }
        d.setRows(table.id(), rows);
    }

    /** A value through the drafts' one parser; text it refuses (an odd mobile) is kept as typed for the checks. */
    private static String cell(FieldDef column, String text) {
        try {
            return Values.parse(column, text);
        } catch (ValueException e) {
            return text;
        }
    }

    private static String nameColumn(FieldDef table) {
        for (FieldDef c : table.columns()) {
            if ("{name}".equals(c.attr(FROM_ROSTER, ""))) {
                return c.id();
            }
        }
        return null;
    }

    /** One cell a changed roster entry would change. */
    public record CellChange(String path, String before, String after) {
    }

    /** The changes of one person's rows (roster entry {@code id}, shown as {@code name}). */
    public record PersonChange(String id, String name, List<CellChange> cells) {
    }

    /**
     * What the roster's current entries would change in the draft's team rows (a new mobile, a new unit): per
     * person, the cells of columns filled from the roster whose value differs. Rows of people no longer in the
     * roster are left alone. Empty when the draft is up to date.
     */
    public static List<PersonChange> changes(TemplateDef t, Draft d, Roster roster) {
        Tables tables = of(t).orElse(null);
        List<PersonChange> out = new ArrayList<>();
        if (tables == null || tables.all() == null || Tables.idColumn(tables.all()) == null) {
            return out;
        }
        String idCol = Tables.idColumn(tables.all());
        String nameCol = nameColumn(tables.all());
        Map<String, List<CellChange>> byId = new LinkedHashMap<>();
        Map<String, Expert> nameToExpert = new HashMap<>();
        List<Map<String, String>> all = d.rows(tables.all().id());
        for (int i = 0; i < all.size(); i++) {
            Map<String, String> row = all.get(i);
            Optional<Expert> e = roster.find(row.getOrDefault(idCol, ""));
            if (row.getOrDefault(idCol, "").isEmpty() || e.isEmpty()) {
                continue;
            }
            if (nameCol != null) {
                nameToExpert.put(row.getOrDefault(nameCol, ""), e.get());
            }
            diff(tables.all(), i, row, e.get(), byId);
        }
        if (tables.printed() != null) {
            String pName = nameColumn(tables.printed());
            List<Map<String, String>> printed = d.rows(tables.printed().id());
            for (int i = 0; i < printed.size() && pName != null; i++) {
                Expert e = nameToExpert.get(printed.get(i).getOrDefault(pName, ""));
                if (e != null) {
                    diff(tables.printed(), i, printed.get(i), e, byId);
                }
            }
        }
        for (Map.Entry<String, List<CellChange>> en : byId.entrySet()) {
            if (!en.getValue().isEmpty()) {
                out.add(new PersonChange(en.getKey(), roster.find(en.getKey()).map(Expert::name).orElse(""), en.getValue()));
            }
        }
        return out;
    }

    private static void diff(FieldDef table, int index, Map<String, String> row, Expert e,
            Map<String, List<CellChange>> byId) {
        List<CellChange> list = byId.computeIfAbsent(e.id(), k -> new ArrayList<>());
        for (FieldDef c : table.columns()) {
            String pattern = c.attr(FROM_ROSTER, null);
            if (pattern == null) {
                continue;
            }
            String want = cell(c, expand(pattern, e));
            String have = row.getOrDefault(c.id(), "");
            if (!want.equals(have)) {
                list.add(new CellChange(FieldPath.cell(table.id(), index, c.id()), have, want));
            }
        }
    }

    /** Applies changes found by {@link #changes} (all, or the people the user accepted). */
    public static void apply(Draft d, List<PersonChange> accepted) {
        for (PersonChange p : accepted) {
            for (CellChange c : p.cells()) {
                d.set(c.path(), c.after());
            }
        }
    }
}
