package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleContext;
import java.util.List;

/** The min/max comparison shared by the counting kinds. */
final class Counts {
    private Counts() {}

    /**
     * A finding when {@code n} is below the rule's {@code min} or above its {@code max}. Arguments:
     * {0} label, {1} min, {2} max (— when unset), {3} n, then {@code extra}.
     */
    static List<Finding> check(RuleContext ctx, String path, int n, String keyMin, String keyMax, String label,
            Object... extra) {
        int min = ctx.integer("min", 0);
        Integer max = ctx.param("max") == null ? null : ctx.integer("max", 0);
        String key;
        if (n < min) {
            key = keyMin;
        } else if (max != null && n > max) {
            key = keyMax;
        } else {
            return List.of();
        }
        Object[] args = new Object[4 + extra.length];
        args[0] = label;
        args[1] = min;
        args[2] = max == null ? "—" : max;
        args[3] = n;
        System.arraycopy(extra, 0, args, 4, extra.length);
        return List.of(ctx.finding(path, key, args));
    }
}
