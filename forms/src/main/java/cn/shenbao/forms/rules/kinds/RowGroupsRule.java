package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.RowGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code rowGroups} {table}: a grouped table ({@link RowGroups}, the field's {@code groups}) keeps the rows of
 * the form — every preset row is present (a draft edited outside the program may have lost one; finding
 * {@code rule.rowGroups.missing} on the table, arguments {0} table label, {1} the row's cells joined by ›) — and
 * every other row belongs to one of its groups ({@code rule.rowGroups.group} on the row's first grouping cell,
 * arguments {0} its label, {1} the row's group joined by ›, {2} the groups, joined by 、).
 */
public final class RowGroupsRule extends RuleKindBase implements Rule {
    public static final String MISSING = "rule.rowGroups.missing";
    public static final String GROUP = "rule.rowGroups.group";

    public RowGroupsRule() {
        super("rowGroups", MISSING, GROUP);
        declare(Param.of("table", Param.Kind.TABLE));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String table = ctx.param("table");
        FieldDef f = ctx.field(table);
        RowGroups g = f.groups();
        if (g == null) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        List<Map<String, String>> rows = ctx.draft().rows(table);
        for (Map<String, String> p : g.preset()) {
            if (rows.stream().noneMatch(r -> RowGroups.matches(p, r))) {
                out.add(ctx.finding(table, MISSING, ctx.label(table), String.join(" › ", p.values())));
            }
        }
        List<List<String>> groups = g.groups();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            if (r.values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            if (!groups.contains(g.keyOf(r))) {
                String p = FieldPath.cell(table, i, g.by().get(0));
                List<String> names = groups.stream().map(k -> String.join(" › ", k)).toList();
                out.add(ctx.finding(p, GROUP, ctx.label(p), String.join(" › ", g.keyOf(r)), String.join("、", names)));
            }
        }
        return out;
    }
}
