package cn.shenbao.forms.draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values a person entered for one form, with the template they belong to and file metadata.
 *
 * <p>Values are text in their canonical form (see {@link Values}). Plain fields are stored under
 * their path ({@code projectName}, {@code leader.name}); a multiple choice is a list of option texts;
 * a table is a list of rows, each a map column id → text. A value that is empty is not stored.
 * This class does not check values against the template: {@link Values} parses input and the rule
 * engine reports problems.
 */
public final class Draft {
    private String templateId;
    private int templateVersion;
    private Instant created;
    private Instant modified;
    private String program;
    private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();
    private final LinkedHashSet<String> acknowledged = new LinkedHashSet<>();

    public Draft(String templateId, int templateVersion) {
        this.templateId = Objects.requireNonNull(templateId);
        this.templateVersion = templateVersion;
        this.created = Instant.now();
        this.modified = created;
        this.program = ProgramVersion.get();
    }

    public String templateId() {
        return templateId;
    }

    public int templateVersion() {
        return templateVersion;
    }

    void setTemplate(String id, int version) {
        this.templateId = id;
        this.templateVersion = version;
    }

    public Instant created() {
        return created;
    }

    public Instant modified() {
        return modified;
    }

    /** The program version that last wrote the draft. */
    public String program() {
        return program;
    }

    void setMeta(Instant created, Instant modified, String program) {
        this.created = created;
        this.modified = modified;
        this.program = program;
    }

    /** Marks the draft as modified now by this program (done by {@link DraftFiles#save}). */
    public void touch() {
        this.modified = Instant.now();
        this.program = ProgramVersion.get();
    }

    // ---- plain values ----------------------------------------------------------------------------

    /** The text at a path (plain key or table cell); "" when empty. A list is joined with "|". */
    public String text(String path) {
        Object v = raw(path);
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(String.valueOf(o));
            }
            return String.join("|", parts);
        }
        return v.toString();
    }

    /** Whether the path holds a value that is not empty or white space only. */
    public boolean has(String path) {
        Object v = raw(path);
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        return v != null && !v.toString().isBlank();
    }

    /** The options chosen at a multiple-choice path (empty list when none). */
    public List<String> choices(String path) {
        Object v = raw(path);
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
            return Collections.unmodifiableList(out);
        }
        if (v != null && !v.toString().isEmpty()) {
            // one string is a valid stored choice (docs/draft-format.md); a list that answers contains(null)
            return Collections.singletonList(v.toString());
        }
        return Collections.emptyList();
    }

    private Object raw(String path) {
        FieldPath p = FieldPath.parse(path);
        if (p.isCell()) {
            List<Map<String, String>> rows = tableRaw(p.table());
            if (rows == null || p.row() >= rows.size()) {
                return null;
            }
            return rows.get(p.row()).get(p.column());
        }
        return values.get(p.key());
    }

    /** Sets the text at a path; null or "" clears it. Table rows are created as needed. */
    public void set(String path, String value) {
        FieldPath p = FieldPath.parse(path);
        boolean empty = value == null || value.isEmpty();
        if (p.isCell()) {
            if (empty) {
                List<Map<String, String>> rows = tableRaw(p.table());
                if (rows != null && p.row() < rows.size()) {
                    rows.get(p.row()).remove(p.column());
                }
                return;
            }
            ensureRows(p.table(), p.row() + 1);
            tableRaw(p.table()).get(p.row()).put(p.column(), value);
            return;
        }
        if (empty) {
            values.remove(p.key());
        } else {
            values.put(p.key(), value);
        }
    }

    /** Sets the options chosen at a multiple-choice path; an empty list clears it. */
    public void setChoices(String path, List<String> options) {
        FieldPath p = FieldPath.parse(path);
        if (p.isCell()) {
            throw new IllegalArgumentException("a table cell holds text, not choices: " + path);
        }
        if (options == null || options.isEmpty()) {
            values.remove(p.key());
        } else {
            values.put(p.key(), List.copyOf(new LinkedHashSet<>(options)));
        }
    }

    // ---- tables ----------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> tableRaw(String table) {
        Object v = values.get(table);
        if (v instanceof List<?> l && (l.isEmpty() || l.get(0) instanceof Map)) {
            return (List<Map<String, String>>) v;
        }
        return null;
    }

    /** One row of a table, an unmodifiable copy (column id → text); empty when there is no such row. */
    public Map<String, String> row(String table, int index) {
        List<Map<String, String>> rows = tableRaw(table);
        if (rows == null || index < 0 || index >= rows.size()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(rows.get(index)));
    }

    /** The rows of a table, each an unmodifiable copy (column id → text). */
    public List<Map<String, String>> rows(String table) {
        List<Map<String, String>> rows = tableRaw(table);
        if (rows == null) {
            return Collections.emptyList();
        }
        List<Map<String, String>> out = new ArrayList<>(rows.size());
        for (Map<String, String> r : rows) {
            out.add(Collections.unmodifiableMap(new LinkedHashMap<>(r)));
        }
        return Collections.unmodifiableList(out);
    }

    public int rowCount(String table) {
        List<Map<String, String>> rows = tableRaw(table);
        return rows == null ? 0 : rows.size();
    }

    /** Makes sure the table has at least {@code count} rows, appending empty ones. */
    public void ensureRows(String table, int count) {
        List<Map<String, String>> rows = tableRaw(table);
        if (rows == null) {
            rows = new ArrayList<>();
            values.put(table, rows);
        }
        while (rows.size() < count) {
            rows.add(new LinkedHashMap<>());
        }
    }

    /** Inserts an empty row at {@code index} (0 … rowCount). */
    public void insertRow(String table, int index) {
        ensureRows(table, 0);
        tableRaw(table).add(index, new LinkedHashMap<>());
    }

    /** Appends a row with the given cells; returns its index. */
    public int addRow(String table, Map<String, String> cells) {
        ensureRows(table, 0);
        List<Map<String, String>> rows = tableRaw(table);
        Map<String, String> row = new LinkedHashMap<>();
        cells.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                row.put(k, v);
            }
        });
        rows.add(row);
        return rows.size() - 1;
    }

    /** Removes a row; the rows after it move up. */
    public void removeRow(String table, int index) {
        List<Map<String, String>> rows = tableRaw(table);
        if (rows != null && index >= 0 && index < rows.size()) {
            rows.remove(index);
            if (rows.isEmpty()) {
                values.remove(table);
            }
        }
    }

    /** Moves a row from one index to another. */
    public void moveRow(String table, int from, int to) {
        List<Map<String, String>> rows = tableRaw(table);
        if (rows == null || from < 0 || from >= rows.size() || to < 0 || to >= rows.size()) {
            throw new IndexOutOfBoundsException("row " + from + " → " + to);
        }
        rows.add(to, rows.remove(from));
    }

    /** Replaces all rows of a table. */
    public void setRows(String table, List<Map<String, String>> newRows) {
        values.remove(table);
        for (Map<String, String> r : newRows) {
            addRow(table, r);
        }
    }

    // ---- whole draft -----------------------------------------------------------------------------

    /**
     * Every stored value as path → text, in a stable order (table cells as {@code t[i].c}, lists
     * joined with "|"). Used for fingerprints, comparisons and the export self-check.
     */
    public Map<String, String> flatten() {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            List<Map<String, String>> rows = tableRaw(k);
            if (rows != null) {
                for (int i = 0; i < rows.size(); i++) {
                    for (Map.Entry<String, String> c : rows.get(i).entrySet()) {
                        out.put(FieldPath.cell(k, i, c.getKey()), c.getValue());
                    }
                }
            } else {
                out.put(k, text(k));
            }
        }
        return out;
    }

    /** The stored keys (plain paths and table ids), in insertion order. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** The raw value map (for the file format). */
    Map<String, Object> valuesForWrite() {
        return values;
    }

    void putRaw(String key, Object value) {
        values.put(key, value);
    }

    void removeRaw(String key) {
        values.remove(key);
    }

    Object getRaw(String key) {
        return values.get(key);
    }

    /** Warnings the user has acknowledged, as {@code rule|path} ids. */
    public Set<String> acknowledged() {
        return Collections.unmodifiableSet(acknowledged);
    }

    public void acknowledge(String findingId) {
        acknowledged.add(findingId);
    }

    public void unacknowledge(String findingId) {
        acknowledged.remove(findingId);
    }

    /** A deep copy. */
    public Draft copy() {
        Draft d = new Draft(templateId, templateVersion);
        d.setMeta(created, modified, program);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            List<Map<String, String>> rows = tableRaw(e.getKey());
            if (rows != null) {
                List<Map<String, String>> copy = new ArrayList<>();
                for (Map<String, String> r : rows) {
                    copy.add(new LinkedHashMap<>(r));
                }
                d.values.put(e.getKey(), copy);
            } else {
                d.values.put(e.getKey(), e.getValue());
            }
        }
        d.acknowledged.addAll(acknowledged);
        return d;
    }

    /**
     * A deep copy with every text (plain values, chosen options, table cells) passed through {@code f}; the
     * copy is what the exports print ({@code CharPolicy::printable}). Returns this draft when nothing changes.
     */
    public Draft mapTexts(java.util.function.UnaryOperator<String> f) {
        Draft d = copy();
        boolean changed = false;
        for (Map.Entry<String, Object> e : d.values.entrySet()) {
            Object v = e.getValue();
            if (v instanceof String str) {
                String m = f.apply(str);
                changed |= !m.equals(str);
                e.setValue(m);
            } else if (v instanceof List<?> list) {
                List<Object> mapped = new ArrayList<>(list.size());
                for (Object o : list) {
                    if (o instanceof Map<?, ?> row) {
                        Map<String, String> r = new LinkedHashMap<>();
                        for (Map.Entry<?, ?> c : row.entrySet()) {
                            String cell = String.valueOf(c.getValue());
                            String m = f.apply(cell);
                            changed |= !m.equals(cell);
                            r.put(String.valueOf(c.getKey()), m);
                        }
                        mapped.add(r);
                    } else {
                        String str = String.valueOf(o);
                        String m = f.apply(str);
                        changed |= !m.equals(str);
                        mapped.add(m);
                    }
                }
                e.setValue(list.isEmpty() || list.get(0) instanceof Map ? mapped : List.copyOf(mapped));
            }
        }
        return changed ? d : this;
    }

    /** Same template and same values (metadata aside). */
    public boolean sameContent(Draft other) {
        return other != null && templateId.equals(other.templateId) && templateVersion == other.templateVersion
                && flatten().equals(other.flatten()) && acknowledged.equals(other.acknowledged);
    }

    @Override
    public String toString() {
        return "Draft[" + templateId + " v" + templateVersion + ", " + values.size() + " values]";
    }
}
