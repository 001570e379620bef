package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code minValue} {field, min}: a number that is set must not be below {@code min} (at least six months a
 * year on the project); a column pattern {@code table[].column} is checked in every row. Arguments: {0}
 * label, {1} the minimum, {2} the value, {3} the unit.
 */
public final class MinValueRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.minValue";

    public MinValueRule() {
        super("minValue", KEY);
        declare(Param.of("field", Param.Kind.PATH), Param.of("min", Param.Kind.NUMBER));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        BigDecimal min = ctx.number("min");
        List<Finding> out = new ArrayList<>();
        for (String path : ctx.each(ctx.param("field"))) {
            BigDecimal v = Values.numberOrNull(ctx.text(path));
            if (v != null && min != null && v.compareTo(min) < 0) {
                out.add(ctx.finding(path, KEY, ctx.label(path), Texts.amount(min), Texts.amount(v),
                        Texts.unit(ctx.field(path))));
            }
        }
        return out;
    }
}
