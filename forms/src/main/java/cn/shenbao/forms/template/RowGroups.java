package cn.shenbao.forms.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rows of a TABLE read as a tree: grouped by the values of some columns ({@code by}, e.g. 一级指标 ›
 * 二级指标), with the rows the official form prints already ({@code preset}: their cells fixed, the rows not
 * removable, created in every new draft) and the rows a choice of the draft suggests ({@code typical}: a
 * direction's typical indicators, offered to add with one action). The applicant's own rows belong to a
 * group by their {@code by} cells and are added within it. The groups are those of the preset rows, in
 * their order.
 *
 * <pre>
 * "groups": {"by": ["level1", "level2"],
 *            "preset": [{"level1": "产出指标", "level2": "数量指标", "name": "…数量", "unit": "个"}, …],
 *            "typical": {"by": "direction", "values": {"区域科技创新体系建设": [{…}, …], …}}}
 * </pre>
 *
 * @param by      the grouping columns, outermost first
 * @param preset  the form's own rows (column → text); a draft row is preset when it has every cell of one
 * @param typical rows suggested by the option chosen in a SINGLE_CHOICE field, or null
 */
public record RowGroups(List<String> by, List<Map<String, String>> preset, Typical typical) {
    /** Rows suggested by an option of a single-choice field: its path and option → rows. */
    public record Typical(String by, Map<String, List<Map<String, String>>> values) {
        public Typical {
            Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>();
            if (values != null) {
                values.forEach((k, v) -> copy.put(k, v == null ? List.of() : v.stream().map(RowGroups::copy).toList()));
            }
            values = Collections.unmodifiableMap(copy);
        }
    }

    public RowGroups {
        by = by == null ? List.of() : List.copyOf(by);
        preset = preset == null ? List.of() : preset.stream().map(RowGroups::copy).toList();
    }

    private static Map<String, String> copy(Map<String, String> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** The group of a row: its cells of the {@code by} columns (empty cells as ""). */
    public List<String> keyOf(Map<String, String> row) {
        List<String> k = new ArrayList<>(by.size());
        for (String c : by) {
            String v = row.get(c);
            k.add(v == null ? "" : v.strip());
        }
        return k;
    }

    /** The groups in order (those of the preset rows, then of the typical rows not among them). */
    public List<List<String>> groups() {
        Set<List<String>> out = new LinkedHashSet<>();
        preset.forEach(r -> out.add(keyOf(r)));
        if (typical != null) {
            typical.values().values().forEach(rows -> rows.forEach(r -> out.add(keyOf(r))));
        }
        return List.copyOf(out);
    }

    /** The index of a row's group in {@link #groups()}, or -1 when its group is not one of them. */
    public int groupIndex(Map<String, String> row) {
        return groups().indexOf(keyOf(row));
    }

    /** The preset entry a row is (all of its cells equal, trimmed), or null for an own row. */
    public Map<String, String> presetOf(Map<String, String> row) {
        for (Map<String, String> p : preset) {
            if (matches(p, row)) {
                return p;
            }
        }
        return null;
    }

    /** Whether the row is one of the form's preset rows. */
    public boolean isPreset(Map<String, String> row) {
        return presetOf(row) != null;
    }

    /** The columns of a row that the applicant may not change: a preset row's given cells, an own row's group. */
    public Set<String> fixedColumns(Map<String, String> row) {
        Map<String, String> p = presetOf(row);
        return p != null ? p.keySet() : Set.copyOf(by);
    }

    /** The typical rows for the chosen option (nothing when none is chosen or it has none). */
    public List<Map<String, String>> typicalFor(String option) {
        if (typical == null || option == null) {
            return List.of();
        }
        return typical.values().getOrDefault(option.strip(), List.of());
    }

    /** Whether {@code row} has every cell of {@code entry} (trimmed). */
    public static boolean matches(Map<String, String> entry, Map<String, String> row) {
        for (Map.Entry<String, String> e : entry.entrySet()) {
            String v = row.get(e.getKey());
            if (!Objects.equals(e.getValue().strip(), v == null ? "" : v.strip())) {
                return false;
            }
        }
        return true;
    }
}
