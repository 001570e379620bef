package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code maxValue} {field, max}: a number that is set must not exceed {@code max}. Arguments: {0}
 * label, {1} the maximum, {2} the value, {3} the unit.
 */
public final class MaxValueRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.maxValue";

    public MaxValueRule() {
        super("maxValue", KEY);
        declare(Param.of("field", Param.Kind.PATH), Param.of("max", Param.Kind.NUMBER));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String path = ctx.param("field");
        BigDecimal max = ctx.number("max");
        BigDecimal v = Values.numberOrNull(ctx.text(path));
        if (v == null || max == null || v.compareTo(max) <= 0) {
            return List.of();
        }
        return List.of(ctx.finding(path, KEY, ctx.label(path), Texts.amount(max), Texts.amount(v),
                Texts.unit(ctx.field(path))));
    }
}
