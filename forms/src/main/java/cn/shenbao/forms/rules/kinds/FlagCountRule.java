package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.util.List;

/**
 * {@code flagCount} {table, column, min?, max?}: the number of rows whose yes/no column is ticked
 * ({@code "true"}) lies between {@code min} and {@code max}. The finding is on the table
 * ({@code rule.flagCount} too few, {@code rule.flagCount.max} too many). Arguments: {0} label of the
 * table, {1} min, {2} max, {3} the count, {4} label of the column.
 */
public final class FlagCountRule extends RuleKindBase implements Rule, Counting {
    public static final String KEY_MIN = "rule.flagCount";
    public static final String KEY_MAX = "rule.flagCount.max";

    public FlagCountRule() {
        super("flagCount", KEY_MIN, KEY_MAX);
        declare(Param.of("table", Param.Kind.TABLE), Param.in("column", Param.Kind.COLUMN, "table"), Param.of("min", Param.Kind.INTEGER).optional(), Param.of("max", Param.Kind.INTEGER).optional());
    }

    @Override
    public int count(RuleContext ctx) {
        String column = ctx.param("column");
        return (int) RowCountRule.filled(ctx, ctx.param("table")).stream()
                .filter(r -> "true".equals(Texts.trimmed(r.get(column)))).count();
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String table = ctx.param("table");
        String column = ctx.param("column");
        int n = count(ctx);
        return Counts.check(ctx, table, n, KEY_MIN, KEY_MAX, ctx.label(table), ctx.field(table + "[]." + column).label());
    }
}
