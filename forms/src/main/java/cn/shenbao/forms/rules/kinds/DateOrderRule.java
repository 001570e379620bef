package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code dateOrder} {from, to}: when both dates are set, {@code from} must not be after {@code to}.
 * The finding is on {@code to}. Arguments: {0} label of {@code to}, {1} label of {@code from}, {2} the
 * {@code to} date, {3} the {@code from} date.
 */
public final class DateOrderRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.dateOrder";

    public DateOrderRule() {
        super("dateOrder", KEY);
        declare(Param.of("from", Param.Kind.PATH), Param.of("to", Param.Kind.PATH));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String from = ctx.param("from");
        String to = ctx.param("to");
        LocalDate a = ctx.dateAt(from);
        LocalDate b = ctx.dateAt(to);
        if (a == null || b == null || !a.isAfter(b)) {
            return List.of();
        }
        return List.of(ctx.finding(to, KEY, ctx.label(to), ctx.label(from), b, a));
    }
}
