package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code rowDatesWithin} {table, from, to, periodFrom, periodTo}: in each row of the table, the start
 * date must not be after the end date ({@code rule.rowDatesWithin.order} on the end cell), and both
 * dates must lie inside the period {@code periodFrom}–{@code periodTo} (checked when both period dates
 * are set; {@code rule.rowDatesWithin} on the offending cell). Arguments of the period message: {0}
 * label of the cell, {1} its date, {2} period start, {3} period end, {4} label of the period; of the
 * order message: {0} label of the end cell, {1} the end date, {2} the start date, {3} label of the
 * start cell.
 */
public final class RowDatesWithinRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.rowDatesWithin";
    public static final String KEY_ORDER = "rule.rowDatesWithin.order";

    public RowDatesWithinRule() {
        super("rowDatesWithin", KEY, KEY_ORDER);
        declare(Param.of("table", Param.Kind.TABLE), Param.in("from", Param.Kind.COLUMN, "table"), Param.in("to", Param.Kind.COLUMN, "table"), Param.of("periodFrom", Param.Kind.PATH), Param.of("periodTo", Param.Kind.PATH));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String table = ctx.param("table");
        String fromCol = ctx.param("from");
        String toCol = ctx.param("to");
        String pf = ctx.param("periodFrom");
        String pt = ctx.param("periodTo");
        LocalDate start = ctx.dateAt(pf);
        LocalDate end = ctx.dateAt(pt);
        String pfParent = Texts.parent(pf);
        String periodLabel = pfParent != null && Objects.equals(pfParent, Texts.parent(pt))
                ? ctx.label(pfParent) : ctx.label(pf) + "—" + ctx.label(pt);
        List<Finding> out = new ArrayList<>();
        int rows = ctx.draft().rowCount(table);
        for (int i = 0; i < rows; i++) {
            String fp = FieldPath.cell(table, i, fromCol);
            String tp = FieldPath.cell(table, i, toCol);
            LocalDate f = ctx.dateAt(fp);
            LocalDate t = ctx.dateAt(tp);
            if (f != null && t != null && f.isAfter(t)) {
                out.add(ctx.finding(tp, KEY_ORDER, ctx.label(tp), t, f, ctx.label(fp)));
            }
            if (start == null || end == null) {
                continue;
            }
            for (String p : List.of(fp, tp)) {
                LocalDate d = p.equals(fp) ? f : t;
                if (d != null && (d.isBefore(start) || d.isAfter(end))) {
                    out.add(ctx.finding(p, KEY, ctx.label(p), d, start, end, periodLabel));
                }
            }
        }
        return out;
    }
}
