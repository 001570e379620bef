package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * {@code ageCount} {table, column, maxAge, on, min}: at least {@code min} rows whose person (birth date
 * in {@code column}) is {@code maxAge} years old or younger on the date {@code on} (age in completed
 * years). Rows without a valid birth date do not count; the message says how many there are. The
 * finding is on the table. Arguments: {0} label of the table, {1} maxAge, {2} the date, {3} min, {4}
 * the count, {5} rows without a birth date, {6} label of the column.
 */
public final class AgeCountRule extends RuleKindBase implements Rule, Counting {
    public static final String KEY = "rule.ageCount";

    public AgeCountRule() {
        super("ageCount", KEY);
        declare(Param.of("table", Param.Kind.TABLE), Param.in("column", Param.Kind.COLUMN, "table"), Param.of("maxAge", Param.Kind.INTEGER), Param.of("on", Param.Kind.DATE), Param.of("min", Param.Kind.INTEGER));
    }

    /** The age in completed years on a date. */
    public static int age(LocalDate birth, LocalDate on) {
        return Period.between(birth, on).getYears();
    }

    @Override
    public int count(RuleContext ctx) {
        String column = ctx.param("column");
        int maxAge = ctx.integer("maxAge", Integer.MAX_VALUE);
        LocalDate on = ctx.date("on");
        int young = 0;
        for (Map<String, String> row : RowCountRule.filled(ctx, ctx.param("table"))) {
            LocalDate birth = Values.dateOrNull(row.get(column));
            if (birth != null && !birth.isAfter(on) && age(birth, on) <= maxAge) {
                young++;
            }
        }
        return young;
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String table = ctx.param("table");
        String column = ctx.param("column");
        int maxAge = ctx.integer("maxAge", Integer.MAX_VALUE);
        LocalDate on = ctx.date("on");
        int min = ctx.integer("min", 0);
        if (on == null) {
            return List.of(); // a parameter chosen by an option without a value for this draft's choice
        }
        int young = 0;
        int undated = 0;
        for (Map<String, String> row : RowCountRule.filled(ctx, table)) {
            LocalDate birth = Values.dateOrNull(row.get(column));
            if (birth == null) {
                undated++;
            } else if (!birth.isAfter(on) && age(birth, on) <= maxAge) {
                young++;
            }
        }
        if (young >= min) {
            return List.of();
        }
        return List.of(ctx.finding(table, KEY, ctx.label(table), maxAge, on, min, young, undated,
                ctx.field(table + "[]." + column).label()));
    }
}
