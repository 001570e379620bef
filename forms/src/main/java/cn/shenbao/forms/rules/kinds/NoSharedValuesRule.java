package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.rules.CrossDraftCheck;
import cn.shenbao.forms.rules.CrossDraftCheck.DraftFinding;
import cn.shenbao.forms.rules.CrossDraftCheck.NamedDraft;
import cn.shenbao.forms.rules.CrossRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross rule {@code noSharedValues} {unit, field | table+column, what}: among the drafts of one unit
 * (same trimmed value of {@code unit}), a non-empty value (trimmed) of {@code field}, or of any cell of
 * {@code table}'s {@code column}, must not appear in two drafts. Each occurrence gets a finding on its
 * own draft (the field, or the cell), naming the other drafts. {@code what} picks the message:
 * {@code rule.cross.noSharedValues.<what>} for member, problem, region and content, else
 * {@code rule.cross.noSharedValues}. Arguments: {0} label of the path, {1} the value (long texts
 * shortened), {2} the other drafts' names, {3} the unit.
 */
public final class NoSharedValuesRule implements CrossRule, KindInfo {
    public static final String KEY = "rule.cross.noSharedValues";
    static final List<String> WHATS = List.of("member", "problem", "region", "content");

    @Override
    public String kind() {
        return "noSharedValues";
    }

    @Override
    public List<Param> params() {
        return List.of(Param.of("unit", Param.Kind.PATH), Param.of("field", Param.Kind.PATH).optional(),
                Param.of("table", Param.Kind.TABLE).optional(),
                new Param("column", Param.Kind.COLUMN, false, false, "table"),
                Param.of("what", Param.Kind.TEXT).optional());
    }

    @Override
    public List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(KEY);
        for (String w : WHATS) {
            keys.add(KEY + "." + w);
        }
        return keys;
    }

    private record Occurrence(NamedDraft draft, String path, String value) {}

    @Override
    public List<DraftFinding> check(CrossDraftCheck.Context ctx) {
        String unitPath = ctx.param("unit");
        String field = ctx.param("field");
        String table = ctx.param("table");
        String column = ctx.param("column");
        String what = ctx.param("what");
        String key = what != null && WHATS.contains(what) ? KEY + "." + what : KEY;
        List<DraftFinding> out = new ArrayList<>();
        for (Map.Entry<String, List<NamedDraft>> unit : MaxDraftsPerUnitRule.byUnit(ctx.drafts(), unitPath).entrySet()) {
            List<NamedDraft> drafts = unit.getValue();
            if (drafts.size() < 2) {
                continue;
            }
            Map<String, List<Occurrence>> byValue = new LinkedHashMap<>();
            for (NamedDraft d : drafts) {
                for (Occurrence o : occurrences(d, field, table, column)) {
                    byValue.computeIfAbsent(o.value(), k -> new ArrayList<>()).add(o);
                }
            }
            for (List<Occurrence> occ : byValue.values()) {
                for (Occurrence o : occ) {
                    Set<String> others = new LinkedHashSet<>();
                    for (Occurrence p : occ) {
                        if (p.draft() != o.draft()) {
                            others.add(p.draft().name());
                        }
                    }
                    if (others.isEmpty()) {
                        continue;
                    }
                    String label = ctx.template().labelOf(o.path());
                    out.add(new DraftFinding(o.draft().name(), ctx.finding(o.path(), key, label,
                            Texts.shorten(o.value(), 40), String.join("、", others), unit.getKey())));
                }
            }
        }
        return out;
    }

    private static List<Occurrence> occurrences(NamedDraft d, String field, String table, String column) {
        List<Occurrence> out = new ArrayList<>();
        if (table != null) {
            int rows = d.draft().rowCount(table);
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < rows; i++) {
                String p = FieldPath.cell(table, i, column);
                String v = Texts.trimmed(d.draft().text(p));
                if (!v.isEmpty() && seen.add(v)) {
                    out.add(new Occurrence(d, p, v));
                }
            }
        } else {
            String v = Texts.trimmed(d.draft().text(field));
            if (!v.isEmpty()) {
                out.add(new Occurrence(d, field, v));
            }
        }
        return out;
    }
}
