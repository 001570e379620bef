package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code notMoreThan} {field, limit}: a number must not exceed the number at another path (T5: 其中：中央补助 ≤
 * 总预算). Nothing when either is empty. The finding is on {@code field}. Arguments: {0} its label, {1} its value,
 * {2} the label of {@code limit}, {3} that value, {4} the unit of {@code field}, {5} the difference.
 */
public final class NotMoreThanRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.notMoreThan";

    public NotMoreThanRule() {
        super("notMoreThan", KEY);
        declare(Param.of("field", Param.Kind.PATH), Param.of("limit", Param.Kind.PATH));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String path = ctx.param("field");
        String limitPath = ctx.param("limit");
        BigDecimal v = Values.numberOrNull(ctx.text(path));
        BigDecimal limit = Values.numberOrNull(ctx.text(limitPath));
        if (v == null || limit == null || v.compareTo(limit) <= 0) {
            return List.of();
        }
        return List.of(ctx.finding(path, KEY, ctx.label(path), Texts.amount(v), ctx.label(limitPath),
                Texts.amount(limit), Texts.unit(ctx.field(path)), Texts.amount(v.subtract(limit))));
    }
}
