package cn.shenbao.app.ui.model;

import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A table of the draft as the editors see it: rows of cell properties, and the structural edits the
 * definition allows (the row limit comes from {@code maxRows}, row labels from {@code rowLabel},
 * numbering from the {@code numbered} attribute). Every structural edit is one undo step.
 */
public final class TableModel {
    /** What a paste did: rows added, rows refused because of the row limit. */
    public record PasteResult(int added, int refused) {}

    /**
     * A live sum shown under the table: a COMPUTED field of the definition that sums one column of
     * this table, and, when a {@code columnSum} rule names that column, the amount it must equal.
     *
     * @param path     the COMPUTED field's path
     * @param field    its definition (label, unit)
     * @param column   the summed column
     * @param against  the paths the sum must equal (empty when no rule compares it)
     * @param sum      the live sum, as text
     * @param expected the live sum of {@code against}, or null
     * @param matches  whether both are equal (live), or null when nothing is compared
     */
    public record ColumnSum(String path, FieldDef field, String column, List<String> against,
            ReadOnlyStringProperty sum, ReadOnlyStringProperty expected, ReadOnlyBooleanProperty matches) {}

    private static final String CN_DIGITS = "零一二三四五六七八九";

    private final DraftViewModel vm;
    private final String id;
    private final FieldDef def;
    private final ObservableList<RowModel> rows = FXCollections.observableArrayList();
    private final Map<String, StringProperty> columnSums = new LinkedHashMap<>();
    private List<ColumnSum> sumLines;

    TableModel(DraftViewModel vm, String id, FieldDef def) {
        this.vm = vm;
        this.id = id;
        this.def = def;
        reload();
    }

    public String id() {
        return id;
    }

    public FieldDef def() {
        return def;
    }

    public ObservableList<RowModel> rows() {
        return rows;
    }

    /** The most rows allowed, or {@link Integer#MAX_VALUE}. */
    public int maxRows() {
        return def.maxRows() == null ? Integer.MAX_VALUE : def.maxRows();
    }

    public boolean canAdd() {
        return rows.size() < maxRows();
    }

    /** The label of row {@code index} (0-based): the definition's row label, else its number. */
    public String rowLabel(int index) {
        String pattern = def.rowLabel();
        if (pattern == null) {
            return Integer.toString(index + 1);
        }
        return pattern.replace("{n}", Integer.toString(index + 1)).replace("{cn}", chinese(index + 1));
    }

    static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(CN_DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : CN_DIGITS.charAt(n % 10));
        }
        if (n < 100) {
            return CN_DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : CN_DIGITS.charAt(n % 10));
        }
        return Integer.toString(n);
    }

    /**
     * What names a row for a person: the first filled-in cell in column order (the name of a member,
     * the stage of a phase), or "" for an empty row.
     */
    public String rowSummary(int index) {
        if (index < 0 || index >= rows.size()) {
            return "";
        }
        for (FieldDef c : def.columns()) {
            String v = rows.get(index).cell(c.id()).get();
            if (v != null && !v.isBlank()) {
                String one = v.strip().replaceAll("\\s+", " ");
                return one.length() > 20 ? one.substring(0, 20) + "…" : one;
            }
        }
        return "";
    }

    /** Appends a row; false (and nothing changes) when the table is full. */
    public boolean addRow() {
        return insertRow(rows.size());
    }

    /** Inserts an empty row at {@code index}; false when the table is full. */
    public boolean insertRow(int index) {
        if (!canAdd() || index < 0 || index > rows.size()) {
            return false;
        }
        vm.structural(id, d -> {
            d.insertRow(id, index);
            renumberDefaults(d, index);
        });
        return true;
    }

    public void removeRow(int index) {
        if (index < 0 || index >= rows.size()) {
            return;
        }
        vm.structural(id, d -> {
            d.removeRow(id, index);
            renumberDefaults(d, index);
        });
    }

    /** Moves a row up (-1) or down (+1); false at the ends. */
    public boolean moveRow(int from, int to) {
        if (from < 0 || from >= rows.size() || to < 0 || to >= rows.size() || from == to) {
            return false;
        }
        vm.structural(id, d -> {
            d.moveRow(id, from, to);
            renumberDefaults(d, Math.min(from, to));
        });
        return true;
    }

    /**
     * Adds rows copied from a spreadsheet (tab-separated). Cells go to the columns in definition order;
     * a leading column of row numbers (one cell more than there are columns) is dropped. Empty rows at
     * the end of the table are filled first. Rows beyond the row limit are refused.
     */
    public PasteResult paste(String clipboardText) {
        List<List<String>> parsed = ClipboardRows.parse(clipboardText);
        if (parsed.isEmpty()) {
            return new PasteResult(0, 0);
        }
        List<FieldDef> cols = def.shownColumns();
        int firstFree = rows.size();
        while (firstFree > 0 && rows.get(firstFree - 1).isBlank()) {
            firstFree--;
        }
        int room = maxRows() == Integer.MAX_VALUE ? Integer.MAX_VALUE : maxRows() - firstFree;
        int take = Math.min(room, parsed.size());
        if (take <= 0) {
            return new PasteResult(0, parsed.size());
        }
        final int start = firstFree;
        vm.structural(id, d -> {
            for (int r = 0; r < take; r++) {
                List<String> cells = parsed.get(r);
                int skip = cells.size() == cols.size() + 1 && cells.get(0).matches("\\d{1,3}") ? 1 : 0;
                int rowIndex = start + r;
                d.ensureRows(id, rowIndex + 1);
                for (int c = 0; c < cols.size() && c + skip < cells.size(); c++) {
                    d.set(FieldPath.cell(id, rowIndex, cols.get(c).id()), cells.get(c + skip));
                }
            }
        });
        return new PasteResult(take, parsed.size() - take);
    }

    /** Fills columns marked {@code defaultFromRowLabel} with the row label where they are empty or hold an old label. */
    private void renumberDefaults(cn.shenbao.forms.draft.Draft d, int fromIndex) {
        for (FieldDef c : def.columns()) {
            if (!"true".equals(c.attr("defaultFromRowLabel", "false")) || def.rowLabel() == null) {
                continue;
            }
            int n = d.rowCount(id);
            for (int i = Math.max(0, fromIndex); i < n; i++) {
                String path = FieldPath.cell(id, i, c.id());
                String v = d.text(path);
                if (v.isEmpty() || isSomeRowLabel(v, n + 1)) {
                    d.set(path, rowLabel(i));
                }
            }
        }
    }

    private boolean isSomeRowLabel(String v, int upTo) {
        for (int i = 0; i <= upTo; i++) {
            if (rowLabel(i).equals(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sums to show under this table, read from the definition: every COMPUTED field that sums a
     * column of this table, with the {@code columnSum} rule comparing it, if any. Made once per table.
     */
    public List<ColumnSum> columnSums() {
        if (sumLines != null) {
            return sumLines;
        }
        TemplateDef t = vm.template();
        List<ColumnSum> out = new ArrayList<>();
        for (String p : t.paths()) {
            FieldDef f = t.field(p);
            if (f.type() != FieldType.COMPUTED || f.compute() == null || f.compute().of().isEmpty()
                    || !f.compute().of().stream().allMatch(o -> o.startsWith(id + "[]."))) {
                continue;
            }
            String column = f.compute().of().get(0).substring(id.length() + 3);
            ReadOnlyStringProperty sum = vm.computed(p);
            RuleDef rule = columnSumRule(column);
            if (rule == null) {
                out.add(new ColumnSum(p, f, column, List.of(), sum, null, null));
                continue;
            }
            List<String> against = rule.strings("equals");
            ReadOnlyStringProperty expected = vm.liveSum(against);
            ReadOnlyBooleanWrapper matches = new ReadOnlyBooleanWrapper();
            Runnable update = () -> matches.set(new BigDecimal(sum.get()).compareTo(new BigDecimal(expected.get())) == 0);
            sum.addListener((o, a, b) -> update.run());
            expected.addListener((o, a, b) -> update.run());
            update.run();
            out.add(new ColumnSum(p, f, column, List.copyOf(against), sum, expected, matches.getReadOnlyProperty()));
        }
        sumLines = List.copyOf(out);
        return sumLines;
    }

    private RuleDef columnSumRule(String column) {
        for (RuleDef r : vm.template().rules()) {
            if ("columnSum".equals(r.rule()) && id.equals(r.string("table")) && column.equals(r.string("column"))) {
                return r;
            }
        }
        return null;
    }

    /** Whether a date column is limited to a period by a {@code rowDatesWithin} rule of the definition. */
    public boolean hasDateLimits(String column) {
        return !periodRules(column).isEmpty();
    }

    /**
     * Whether a day may not be chosen in a date column: it lies outside the period that a
     * {@code rowDatesWithin} rule names for this column (read from the draft now; an open end does
     * not limit).
     */
    public boolean isOutsidePeriod(String column, LocalDate day) {
        if (day == null) {
            return false;
        }
        for (RuleDef r : periodRules(column)) {
            LocalDate from = Values.dateOrNull(vm.draft().text(r.string("periodFrom")));
            LocalDate to = Values.dateOrNull(vm.draft().text(r.string("periodTo")));
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                return true;
            }
        }
        return false;
    }

    private List<RuleDef> periodRules(String column) {
        List<RuleDef> out = new ArrayList<>();
        for (RuleDef r : vm.template().rules()) {
            if ("rowDatesWithin".equals(r.rule()) && id.equals(r.string("table"))
                    && (column.equals(r.string("from")) || column.equals(r.string("to")))
                    && r.string("periodFrom") != null && r.string("periodTo") != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The live sum of a numeric column, as text ("0" when empty). */
    public ReadOnlyStringProperty columnSum(String column) {
        return columnSums.computeIfAbsent(column, c -> RowModel.newCell(vm.sumOf(List.of(id + "[]." + c))));
    }

    void refreshSums() {
        columnSums.forEach((c, p) -> p.set(vm.sumOf(List.of(id + "[]." + c))));
    }

    /** Rebuilds the row models from the draft (after a structural edit, an undo, or a load). */
    void reload() {
        List<RowModel> fresh = new ArrayList<>();
        int n = vm.draft().rowCount(id);
        for (int i = 0; i < n; i++) {
            RowModel r = new RowModel();
            for (FieldDef c : def.columns()) {
                StringProperty p = RowModel.newCell(vm.draft().text(FieldPath.cell(id, i, c.id())));
                String col = c.id();
                p.addListener((obs, o, nv) -> vm.cellChanged(this, r, col, o, nv));
                r.put(c.id(), p);
            }
            fresh.add(r);
        }
        rows.setAll(fresh);
    }

    int indexOf(RowModel r) {
        return rows.indexOf(r);
    }
}
