package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code dateNotAfter} {field, limit}: a date that is set must not be later than {@code limit} (a
 * date, usually a template parameter such as {@code $completionDeadline}), less {@code minusYears} years when
 * given (T8: registered at least one year before {@code $callDate}). Arguments: {0} label, {1} the limit (less
 * the years), {2} the date.
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
        String path = ctx.param("field");
        LocalDate limit = limit(ctx);
        LocalDate d = ctx.dateAt(path);
        if (d == null || limit == null || !d.isAfter(limit)) {
            return List.of();
        }
        return List.of(ctx.finding(path, KEY, ctx.label(path), limit, d));
    }

    /** The latest date allowed: {@code limit}, less {@code minusYears} years when given. */
    public static LocalDate limit(RuleContext ctx) {
        LocalDate limit = ctx.date("limit");
        return limit == null ? null : limit.minusYears(ctx.integer("minusYears", 0));
    }
}
