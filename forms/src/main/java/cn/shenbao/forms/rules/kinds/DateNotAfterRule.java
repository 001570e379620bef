package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dateNotAfter} {field, limit}: a date that is set must not be later than {@code limit} (a
 * date, usually a template parameter such as {@code $completionDeadline}); a column pattern
 * {@code table[].column} is checked in every row. With {@code minusYears} the limit is that many years earlier
 * (T8: registered at least one year before {@code $callDate}). Arguments: {0} label, {1} the limit (less the
 * years), {2} the date.
 */
public final class DateNotAfterRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.dateNotAfter";

    public DateNotAfterRule() {
        super("dateNotAfter", KEY);
        declare(Param.of("field", Param.Kind.PATH), Param.of("limit", Param.Kind.DATE),
                Param.of("minusYears", Param.Kind.INTEGER).optional());
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        LocalDate limit = limit(ctx);
        List<Finding> out = new ArrayList<>();
        for (String path : ctx.each(ctx.param("field"))) {
            LocalDate d = ctx.dateAt(path);
            if (d != null && limit != null && d.isAfter(limit)) {
                out.add(ctx.finding(path, KEY, ctx.label(path), limit, d));
            }
        }
        return out;
    }

    /** The latest date allowed: {@code limit}, less {@code minusYears} years when given. */
    public static LocalDate limit(RuleContext ctx) {
        LocalDate limit = ctx.date("limit");
        return limit == null ? null : limit.minusYears(ctx.integer("minusYears", 0));
    }
}
