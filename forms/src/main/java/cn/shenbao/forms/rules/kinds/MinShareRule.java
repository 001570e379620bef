package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.Values;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code minShare} {part, whole, percent}: the number at {@code part} should be at least {@code percent} % of
 * the number at {@code whole} (T5: 自筹经费 of 总预算, the percentage chosen by the lead unit's kind). Nothing
 * when either is empty, the whole is not positive, or the percentage has no value (a parameter chosen by an
 * option without a value for the draft's choice). The finding is on {@code part}. Arguments: {0} label of
 * part, {1} its value, {2} label of whole, {3} its value, {4} the share in % (one decimal), {5} the unit of
 * part, {6} the required percentage, {7} the option that chose the percentage ("" for a plain one).
 */
public final class MinShareRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.minShare";

    public MinShareRule() {
        super("minShare", KEY);
        declare(Param.of("part", Param.Kind.PATH), Param.of("whole", Param.Kind.PATH),
                Param.of("percent", Param.Kind.NUMBER));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String part = ctx.param("part");
        String whole = ctx.param("whole");
        BigDecimal min = ctx.number("percent");
        BigDecimal p = Values.numberOrNull(ctx.text(part));
        BigDecimal w = Values.numberOrNull(ctx.text(whole));
        if (min == null || p == null || w == null || w.signum() <= 0) {
            return List.of();
        }
        // p / w < min / 100  ⇔  100 p < min w (exact, no rounding at the limit)
        if (p.multiply(BigDecimal.valueOf(100)).compareTo(min.multiply(w)) >= 0) {
            return List.of();
        }
        BigDecimal share = p.multiply(BigDecimal.valueOf(100)).divide(w, 1, RoundingMode.DOWN);
        String chosen = ctx.chosen("percent");
        return List.of(ctx.finding(part, KEY, ctx.label(part), Texts.amount(p), ctx.label(whole), Texts.amount(w),
                Texts.amount(share), Texts.unit(ctx.field(part)), Texts.amount(min), chosen == null ? "" : chosen));
    }
}
