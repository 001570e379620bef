package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code listCount} {field, min?, max?}: a text that lists items (separated by 、，,；; / 。 white space,
 * or the words 和, 及, 以及, 与) must list between {@code min} and {@code max} items. An empty value
 * gives no finding ({@code required} covers that). Arguments: {0} label, {1} min, {2} max, {3} the
 * number of items, {4} the items joined with 、.
 */
public final class ListCountRule extends RuleKindBase implements Rule {
    public static final String KEY_MIN = "rule.listCount";
    public static final String KEY_MAX = "rule.listCount.max";
    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;/／。.\\s\\u3000]+|以及|和|及|与");

    public ListCountRule() {
        super("listCount", KEY_MIN, KEY_MAX);
        declare(Param.of("field", Param.Kind.PATH), Param.of("min", Param.Kind.INTEGER).optional(), Param.of("max", Param.Kind.INTEGER).optional());
    }

    /** The items of a listing text, in order, without empty ones. */
    public static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String s : SEPARATORS.split(text)) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String path = ctx.param("field");
        String text = ctx.text(path);
        if (Texts.trimmed(text).isEmpty()) {
            return List.of();
        }
        List<String> items = items(text);
        int min = ctx.integer("min", 0);
        Integer max = ctx.param("max") == null ? null : ctx.integer("max", 0);
        int n = items.size();
        Object maxArg = max == null ? "—" : max;
        if (n < min) {
            return List.of(ctx.finding(path, KEY_MIN, ctx.label(path), min, maxArg, n, String.join("、", items)));
        }
        if (max != null && n > max) {
            return List.of(ctx.finding(path, KEY_MAX, ctx.label(path), min, maxArg, n, String.join("、", items)));
        }
        return List.of();
    }
}
