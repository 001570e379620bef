package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code uniqueColumn} {table, column}: no value appears twice in a column (compared without white
 * space). The finding is on each later occurrence's cell, naming both rows. Arguments: {0} label of that cell,
 * {1} the value, {2} the number (from 1) of the row where it first appears, {3} the number of this row.
 */
public final class UniqueColumnRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.uniqueColumn";

    public UniqueColumnRule() {
        super("uniqueColumn", KEY);
        declare(Param.of("table", Param.Kind.TABLE), Param.in("column", Param.Kind.COLUMN, "table"));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String table = ctx.param("table");
        String column = ctx.param("column");
        Map<String, Integer> first = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        int rows = ctx.draft().rowCount(table);
        for (int i = 0; i < rows; i++) {
            String p = FieldPath.cell(table, i, column);
            String v = Texts.noSpace(ctx.text(p));
            if (v.isEmpty()) {
                continue;
            }
            Integer seen = first.putIfAbsent(v, i);
            if (seen != null) {
                out.add(ctx.finding(p, KEY, ctx.label(p), Texts.trimmed(ctx.text(p)), seen + 1, i + 1));
            }
        }
        return out;
    }
}
