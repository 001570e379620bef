package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.util.List;

/**
 * {@code attached} {field}: an attachment field must be marked as attached ({@code "true"}).
 * Arguments: {0} label.
 */
public final class AttachedRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.attached";

    public AttachedRule() {
        super("attached", KEY);
        declare(Param.of("field", Param.Kind.PATH));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String path = ctx.param("field");
        if ("true".equals(Texts.trimmed(ctx.text(path)))) {
            return List.of();
        }
        return List.of(ctx.finding(path, KEY, ctx.label(path)));
    }
}
