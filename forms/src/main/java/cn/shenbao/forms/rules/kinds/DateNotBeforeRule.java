package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dateNotBefore} {field, limit}: a date that is set must not be earlier than {@code limit} (a birth
 * date on or after 1964-01-01); a column pattern {@code table[].column} is checked in every row. Arguments:
 * {0} label, {1} the limit, {2} the date.
 */
public final class DateNotBeforeRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.dateNotBefore";

    public DateNotBeforeRule() {
        super("dateNotBefore", KEY);
        declare(Param.of("field", Param.Kind.PATH), Param.of("limit", Param.Kind.DATE));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        LocalDate limit = ctx.date("limit");
        List<Finding> out = new ArrayList<>();
        for (String path : ctx.each(ctx.param("field"))) {
            LocalDate d = ctx.dateAt(path);
            if (d != null && limit != null && d.isBefore(limit)) {
                out.add(ctx.finding(path, KEY, ctx.label(path), limit, d));
            }
        }
        return out;
    }
}
