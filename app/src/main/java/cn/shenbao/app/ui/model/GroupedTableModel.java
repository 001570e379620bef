package cn.shenbao.app.ui.model;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.RowGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A TABLE with {@code groups} (T5's 绩效指标) as the tree the applicant reads on paper: groups by the grouping
 * columns (一级指标 › 二级指标), the form's preset rows with their fixed cells, and the applicant's own rows,
 * added, moved and removed within their group. Also adds the rows a choice suggests (the direction's typical
 * indicators) with one action. Every change is one structural edit of the draft (one undo step) through the
 * {@link DraftViewModel}; the rows stay a flat table in the draft, the rows of a group together.
 */
public final class GroupedTableModel {
    /** A group: its cells of the grouping columns, outermost first. */
    public record Group(List<String> key) {
        /** The group as a person reads it: 效益指标 › 社会效益指标. */
        public String title() {
            return String.join(" › ", key);
        }
    }

    /** What adding the typical rows did: rows added, rows already there, and the choice (null when none). */
    public record Typical(int added, int present, String choice) {}

    private final DraftViewModel vm;
    private final TableModel table;
    private final String id;
    private final FieldDef def;
    private final RowGroups groups;

    GroupedTableModel(DraftViewModel vm, TableModel table) {
        this.vm = vm;
        this.table = table;
        this.id = table.id();
        this.def = table.def();
        this.groups = def.groups();
        if (groups == null) {
            throw new IllegalArgumentException("table without groups: " + id);
        }
    }

    public String id() {
        return id;
    }

    public FieldDef def() {
        return def;
    }

    public RowGroups rowGroups() {
        return groups;
    }

    /** The table's rows (listen to it: the tree changes with it). */
    public TableModel table() {
        return table;
    }

    /** The groups of the form in order. */
    public List<Group> groups() {
        return groups.groups().stream().map(Group::new).toList();
    }

    private Draft draft() {
        return vm.draft();
    }

    /** The rows of a group, in table order. */
    public List<Integer> rowsOf(Group g) {
        List<Integer> out = new ArrayList<>();
        List<Map<String, String>> rows = draft().rows(id);
        for (int i = 0; i < rows.size(); i++) {
            if (groups.keyOf(rows.get(i)).equals(g.key())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Rows in none of the groups (a draft written elsewhere): shown apart so that they can be corrected or removed. */
    public List<Integer> ungrouped() {
        List<Integer> out = new ArrayList<>();
        List<Map<String, String>> rows = draft().rows(id);
        List<List<String>> known = groups.groups();
        for (int i = 0; i < rows.size(); i++) {
            if (!known.contains(groups.keyOf(rows.get(i)))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether a row is one of the form's preset rows (its fixed cells are not edited, it is not removed). */
    public boolean isPreset(int row) {
        return row >= 0 && row < draft().rowCount(id) && groups.isPreset(draft().row(id, row));
    }

    /** The columns of a row the applicant may not change. */
    public Set<String> fixedColumns(int row) {
        return groups.fixedColumns(draft().row(id, row));
    }

    /** Where a new row of a group goes: after the group's last row, else after the last row of an earlier group. */
    private int insertionPoint(Group g) {
        List<Integer> mine = rowsOf(g);
        if (!mine.isEmpty()) {
            return mine.get(mine.size() - 1) + 1;
        }
        List<List<String>> order = groups.groups();
        int gi = order.indexOf(g.key());
        int at = 0;
        List<Map<String, String>> rows = draft().rows(id);
        for (int i = 0; i < rows.size(); i++) {
            int k = order.indexOf(groups.keyOf(rows.get(i)));
            if (k >= 0 && k < gi) {
                at = i + 1;
            }
        }
        return at;
    }

    /** Adds an own row at the end of a group (its grouping cells set); returns its index, or -1 when the table is full. */
    public int addOwn(Group g) {
        return addOwn(g, Map.of());
    }

    private int addOwn(Group g, Map<String, String> cells) {
        if (!table.canAdd()) {
            return -1;
        }
        int at = insertionPoint(g);
        vm.structural(id, d -> insert(d, at, g, cells));
        return at;
    }

    private void insert(Draft d, int at, Group g, Map<String, String> cells) {
        d.insertRow(id, at);
        for (int k = 0; k < groups.by().size(); k++) {
            d.set(FieldPath.cell(id, at, groups.by().get(k)), g.key().get(k));
        }
        cells.forEach((c, v) -> {
            if (!groups.by().contains(c) && v != null && !v.isEmpty()) {
                d.set(FieldPath.cell(id, at, c), v);
            }
        });
    }

    /**
     * Moves an own row up (-1) or down (+1) past the neighbouring own row of its group; false at the ends of the
     * group's own rows (preset rows keep their places).
     */
    public boolean moveOwn(int row, int delta) {
        if (isPreset(row) || row < 0 || row >= draft().rowCount(id)) {
            return false;
        }
        Group g = new Group(groups.keyOf(draft().row(id, row)));
        List<Integer> own = rowsOf(g).stream().filter(i -> !isPreset(i)).toList();
        int k = own.indexOf(row);
        int j = k + delta;
        if (k < 0 || j < 0 || j >= own.size()) {
            return false;
        }
        return table.moveRow(row, own.get(j));
    }

    /** Removes an own row; false for a preset row (the form's rows stay, their value may be left empty). */
    public boolean removeOwn(int row) {
        if (isPreset(row) || row < 0 || row >= draft().rowCount(id)) {
            return false;
        }
        table.removeRow(row);
        return true;
    }

    /** The typical rows offered for the choice made now (nothing while no choice is made). */
    public List<Map<String, String>> typicalRows() {
        return groups.typical() == null ? List.of() : groups.typicalFor(choice());
    }

    /** The choice that offers typical rows (the 支持方向 chosen), or null. */
    public String choice() {
        if (groups.typical() == null) {
            return null;
        }
        String v = vm.value(groups.typical().by()).get();
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The label of the field whose choice offers typical rows, or null. */
    public String choiceLabel() {
        return groups.typical() == null ? null : vm.template().labelOf(groups.typical().by());
    }

    /**
     * Adds the typical rows of the choice made now that the table lacks (the same group and 三级指标 — the
     * column after the grouping ones — not yet there), each at the end of its group, as one undo step.
     */
    public Typical addTypical() {
        String choice = choice();
        List<Map<String, String>> wanted = typicalRows();
        if (wanted.isEmpty()) {
            return new Typical(0, 0, choice);
        }
        String nameCol = nameColumn();
        List<Map<String, String>> missing = new ArrayList<>();
        for (Map<String, String> w : wanted) {
            boolean there = draft().rows(id).stream().anyMatch(r -> groups.keyOf(r).equals(groups.keyOf(w))
                    && norm(r.get(nameCol)).equals(norm(w.get(nameCol))));
            if (!there) {
                missing.add(w);
            }
        }
        int room = table.maxRows() - draft().rowCount(id);
        List<Map<String, String>> adding = missing.subList(0, Math.min(missing.size(), Math.max(0, room)));
        if (!adding.isEmpty()) {
            vm.structural(id, d -> {
                for (Map<String, String> w : adding) {
                    Group g = new Group(groups.keyOf(w));
                    insert(d, insertionPointIn(d, g), g, new LinkedHashMap<>(w));
                }
            });
        }
        return new Typical(adding.size(), wanted.size() - missing.size(), choice);
    }

    /** {@link #insertionPoint} on a draft being changed inside one structural edit. */
    private int insertionPointIn(Draft d, Group g) {
        List<Map<String, String>> rows = d.rows(id);
        List<List<String>> order = groups.groups();
        int gi = order.indexOf(g.key());
        int at = 0;
        for (int i = 0; i < rows.size(); i++) {
            int k = order.indexOf(groups.keyOf(rows.get(i)));
            if (k >= 0 && k <= gi) {
                at = i + 1;
            }
        }
        return at;
    }

    /** The first column after the grouping columns: the row's name (三级指标). */
    public String nameColumn() {
        for (FieldDef c : def.columns()) {
            if (!groups.by().contains(c.id())) {
                return c.id();
            }
        }
        return def.columns().get(0).id();
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
