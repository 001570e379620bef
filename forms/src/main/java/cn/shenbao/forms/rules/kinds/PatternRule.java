package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code pattern} {field, regex, example?}: a non-empty value (trimmed) must match the regular
 * expression; a column pattern {@code table[].column} is checked in every row. Message arguments: {0} label, {1} the value, {2} the example (the definition's
 * {@code example}, else the field's hint, else the expression).
 */
public final class PatternRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.pattern";

    public PatternRule() {
        super("pattern", KEY);
        declare(Param.of("field", Param.Kind.PATH), Param.of("regex", Param.Kind.REGEX), Param.of("example", Param.Kind.TEXT).optional());
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String regex = ctx.param("regex");
        Pattern compiled = Pattern.compile(regex);
        List<Finding> out = new ArrayList<>();
        for (String path : ctx.each(ctx.param("field"))) {
            String value = Texts.trimmed(ctx.text(path));
            if (value.isEmpty() || compiled.matcher(value).matches()) {
                continue;
            }
            String example = ctx.param("example");
            if (example == null) {
                example = ctx.field(path).hint() != null ? ctx.field(path).hint() : regex;
            }
            out.add(ctx.finding(path, KEY, ctx.label(path), value, example));
        }
        return out;
    }
}
