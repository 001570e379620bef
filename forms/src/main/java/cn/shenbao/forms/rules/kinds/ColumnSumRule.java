package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code columnSum} {table, column, equals:[paths]}: the sum of a table column equals the sum of the
 * listed fields (an empty cell or field counts 0; cells that are not numbers are left to the format
 * check). Nothing is checked while the column holds no amount and every listed field is empty. The
 * finding is on the table. Arguments: {0} label of the column (with the table's), {1} the column sum,
 * {2} the listed fields' labels, {3} their sum, {4} the difference (absolute), {5} the unit.
 */
public final class ColumnSumRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.columnSum";

    public ColumnSumRule() {
        super("columnSum", KEY);
        declare(Param.of("table", Param.Kind.TABLE), Param.in("column", Param.Kind.COLUMN, "table"), Param.of("equals", Param.Kind.PATH).many());
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String table = ctx.param("table");
        String column = ctx.param("column");
        List<String> targets = ctx.params("equals");
        BigDecimal columnSum = BigDecimal.ZERO;
        boolean any = false;
        int rows = ctx.draft().rowCount(table);
        for (int i = 0; i < rows; i++) {
            BigDecimal v = Values.numberOrNull(ctx.text(FieldPath.cell(table, i, column)));
            if (v != null) {
                columnSum = columnSum.add(v);
                any = true;
            }
        }
        BigDecimal targetSum = BigDecimal.ZERO;
        for (String p : targets) {
            BigDecimal v = Values.numberOrNull(ctx.text(p));
            if (v != null) {
                targetSum = targetSum.add(v);
                any = true;
            }
        }
        if (!any || columnSum.compareTo(targetSum) == 0) {
            return List.of();
        }
        String columnPath = table + "[]." + column;
        return List.of(ctx.finding(table, KEY, ctx.label(columnPath), Texts.amount(columnSum),
                Texts.quotedLabels(ctx, targets), Texts.amount(targetSum),
                Texts.amount(columnSum.subtract(targetSum).abs()), Texts.unit(ctx.field(columnPath))));
    }
}
