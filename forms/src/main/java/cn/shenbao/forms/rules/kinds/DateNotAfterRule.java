package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code dateNotAfter} {field, limit}: a date that is set must not be later than {@code limit} (a
 * date, usually a template parameter such as {@code $completionDeadline}). Arguments: {0} label, {1}
 * the limit, {2} the date.
 */
public final class DateNotAfterRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.dateNotAfter";

    public DateNotAfterRule() {
        super("dateNotAfter", KEY);
        declare(Param.of("field", Param.Kind.PATH), Param.of("limit", Param.Kind.DATE));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String path = ctx.param("field");
        LocalDate limit = ctx.date("limit");
        LocalDate d = ctx.dateAt(path);
        if (d == null || limit == null || !d.isAfter(limit)) {
            return List.of();
        }
        return List.of(ctx.finding(path, KEY, ctx.label(path), limit, d));
    }
}
