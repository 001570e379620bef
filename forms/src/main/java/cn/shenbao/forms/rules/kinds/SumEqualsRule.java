package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code sumEquals} {total, parts:[paths]}: the total equals the sum of the parts (an empty field
 * counts 0). Skipped only when the total and every part are empty. The finding is on the total.
 * Arguments: {0} label of the total, {1} the total, {2} the parts' labels, {3} their sum, {4} the
 * difference (absolute), {5} the unit.
 */
public final class SumEqualsRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.sumEquals";

    public SumEqualsRule() {
        super("sumEquals", KEY);
        declare(Param.of("total", Param.Kind.PATH), Param.of("parts", Param.Kind.PATH).many());
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String total = ctx.param("total");
        List<String> parts = ctx.params("parts");
        BigDecimal t = Values.numberOrNull(ctx.text(total));
        boolean any = t != null;
        BigDecimal sum = BigDecimal.ZERO;
        for (String p : parts) {
            BigDecimal v = Values.numberOrNull(ctx.text(p));
            if (v != null) {
                sum = sum.add(v);
                any = true;
            }
        }
        if (t == null) {
            if (ctx.field(total).required()) {
                return List.of(); // "please fill in the total" says it better than "0 ≠ the sum"
            }
            t = BigDecimal.ZERO;
        }
        if (!any || t.compareTo(sum) == 0) {
            return List.of();
        }
        return List.of(ctx.finding(total, KEY, ctx.label(total), Texts.amount(t), Texts.quotedLabels(ctx, parts),
                Texts.amount(sum), Texts.amount(t.subtract(sum).abs()), Texts.unit(ctx.field(total))));
    }
}
