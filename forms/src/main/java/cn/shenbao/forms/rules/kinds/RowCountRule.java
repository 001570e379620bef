package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.util.List;
import java.util.Map;

/**
 * {@code rowCount} {table, min?, max?}: the number of rows that hold any value lies between
 * {@code min} and {@code max}. The finding is on the table ({@code rule.rowCount} too few,
 * {@code rule.rowCount.max} too many). Arguments: {0} label, {1} min, {2} max, {3} the row count.
 */
public final class RowCountRule extends RuleKindBase implements Rule, Counting {
    public static final String KEY_MIN = "rule.rowCount";
    public static final String KEY_MAX = "rule.rowCount.max";

    public RowCountRule() {
        super("rowCount", KEY_MIN, KEY_MAX);
        declare(Param.of("table", Param.Kind.TABLE), Param.of("min", Param.Kind.INTEGER).optional(), Param.of("max", Param.Kind.INTEGER).optional());
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String table = ctx.param("table");
        int n = count(ctx);
        return Counts.check(ctx, table, n, KEY_MIN, KEY_MAX, ctx.label(table));
    }

    @Override
    public int count(RuleContext ctx) {
        return filled(ctx, ctx.param("table")).size();
    }

    /** Rows of a table that hold any value. */
    static List<Map<String, String>> filled(RuleContext ctx, String table) {
        return ctx.draft().rows(table).stream().filter(r -> !r.isEmpty()).toList();
    }
}
