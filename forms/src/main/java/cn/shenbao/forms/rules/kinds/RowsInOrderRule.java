package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rowsInOrder} {table, from, to}: the rows' periods follow each other in time. A row that starts
 * before the previous dated row starts is out of order ({@code rule.rowsInOrder}); a row that starts
 * before the previous row ends overlaps it ({@code rule.rowsInOrder.overlap}). A row may start on the
 * day the previous one ends. The finding is on the later row's start cell. Arguments: {0} label of
 * that cell, {1} its date, {2} the previous row's number (from 1), {3} the previous row's start (order)
 * or end (overlap) date.
 */
public final class RowsInOrderRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.rowsInOrder";
    public static final String KEY_OVERLAP = "rule.rowsInOrder.overlap";

    public RowsInOrderRule() {
        super("rowsInOrder", KEY, KEY_OVERLAP);
        declare(Param.of("table", Param.Kind.TABLE), Param.in("from", Param.Kind.COLUMN, "table"), Param.in("to", Param.Kind.COLUMN, "table"));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String table = ctx.param("table");
        String fromCol = ctx.param("from");
        String toCol = ctx.param("to");
        List<Finding> out = new ArrayList<>();
        int prevRow = -1;
        LocalDate prevFrom = null;
        LocalDate prevTo = null;
        int rows = ctx.draft().rowCount(table);
        for (int i = 0; i < rows; i++) {
            String fp = FieldPath.cell(table, i, fromCol);
            LocalDate f = ctx.dateAt(fp);
            LocalDate t = ctx.dateAt(FieldPath.cell(table, i, toCol));
            if (f == null) {
                continue;
            }
            if (prevFrom != null && f.isBefore(prevFrom)) {
                out.add(ctx.finding(fp, KEY, ctx.label(fp), f, prevRow + 1, prevFrom));
            } else if (prevTo != null && f.isBefore(prevTo)) {
                out.add(ctx.finding(fp, KEY_OVERLAP, ctx.label(fp), f, prevRow + 1, prevTo));
            }
            prevRow = i;
            prevFrom = f;
            prevTo = t;
        }
        return out;
    }
}
