package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import cn.shenbao.forms.text.CharCount;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code charCount} {field, min?, max?}: a text that is set should have between {@code min} and {@code max}
 * 字 (counted as for {@code maxChars}, {@link CharCount}); a column pattern {@code table[].column} is checked in
 * every row. Unlike the field's {@code maxChars} it is meant for lengths a notice recommends (项目名称尽量控制在
 * 15-25个字), so definitions normally give it severity WARNING. Keys {@code rule.charCount} (too short) and
 * {@code rule.charCount.max} (too long). Arguments: {0} label, {1} min, {2} max (— when unset), {3} the count.
 */
public final class CharCountRule extends RuleKindBase implements Rule {
    public static final String KEY_MIN = "rule.charCount";
    public static final String KEY_MAX = "rule.charCount.max";

    public CharCountRule() {
        super("charCount", KEY_MIN, KEY_MAX);
        declare(Param.of("field", Param.Kind.PATH), Param.of("min", Param.Kind.INTEGER).optional(),
                Param.of("max", Param.Kind.INTEGER).optional());
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (String path : ctx.each(ctx.param("field"))) {
            String v = ctx.text(path);
            if (v.isBlank()) {
                continue;
            }
            out.addAll(Counts.check(ctx, path, CharCount.count(v.strip()), KEY_MIN, KEY_MAX, ctx.label(path)));
        }
        return out;
    }
}
