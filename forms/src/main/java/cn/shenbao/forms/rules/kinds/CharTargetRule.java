package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import cn.shenbao.forms.text.CharCount;
import java.util.List;

/**
 * {@code charTarget} {field, target, warnAbove}: a length given on the form as a target, not a cap
 * ({@code 500字左右}): a text longer than {@code warnAbove} 字 is well above the target and gets a finding
 * (normally a WARNING); a text around the target, or shorter, gets none. 字 are counted as for
 * {@code maxChars} ({@link CharCount}). Arguments: {0} label, {1} target, {2} the count, {3} warnAbove,
 * {4} how far above the target.
 */
public final class CharTargetRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.charTarget";

    public CharTargetRule() {
        super("charTarget", KEY);
        declare(Param.of("field", Param.Kind.PATH), Param.of("target", Param.Kind.INTEGER),
                Param.of("warnAbove", Param.Kind.INTEGER));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String path = ctx.param("field");
        int target = ctx.integer("target", 0);
        int warnAbove = ctx.integer("warnAbove", Integer.MAX_VALUE);
        int n = CharCount.count(ctx.text(path));
        if (n <= warnAbove) {
            return List.of();
        }
        return List.of(ctx.finding(path, KEY, ctx.label(path), target, n, warnAbove, n - target));
    }
}
