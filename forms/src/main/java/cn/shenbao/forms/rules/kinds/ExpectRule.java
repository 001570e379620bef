package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code expect} {field (one or more), in?, notIn?}: the answer a requirement needs. With {@code in}, at least
 * one of the fields must hold one of those values (高级职称 or 博士学位: two fields, either answer will do); with
 * {@code notIn}, none may hold one of those (公务人员: 是). Empty fields are not judged: while none of the fields
 * is answered there is no finding (the {@code required} check asks for them). A single column pattern
 * {@code table[].column} is judged row by row (every unit of a table). The finding is on the first field (or the
 * row's cell). Arguments: {0} label, {1} the answer (the fields' values joined by 、), {2} the expected values
 * ({@code in}, else {@code notIn}) joined by 、.
 */
public final class ExpectRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.expect";

    public ExpectRule() {
        super("expect", KEY);
        declare(Param.of("field", Param.Kind.PATH).many(), Param.of("in", Param.Kind.TEXT).many().optional(),
                Param.of("notIn", Param.Kind.TEXT).many().optional());
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        List<String> fields = ctx.params("field");
        List<Finding> out = new ArrayList<>();
        if (fields.size() == 1) {
            for (String path : ctx.each(fields.get(0))) {
                judge(ctx, List.of(path), out);
            }
        } else {
            judge(ctx, fields, out);
        }
        return out;
    }

    private static void judge(RuleContext ctx, List<String> paths, List<Finding> out) {
        List<String> in = ctx.params("in");
        List<String> notIn = ctx.params("notIn");
        List<String> answers = new ArrayList<>();
        boolean ok = in.isEmpty();
        for (String p : paths) {
            String v = Texts.trimmed(ctx.text(p));
            if (v.isEmpty()) {
                continue;
            }
            answers.add(v);
            if (in.contains(v)) {
                ok = true;
            }
            if (notIn.contains(v)) {
                ok = false;
                break;
            }
        }
        if (answers.isEmpty() || ok) {
            return;
        }
        out.add(ctx.finding(paths.get(0), KEY, ctx.label(paths.get(0)), String.join("、", answers),
                String.join("、", in.isEmpty() ? notIn : in)));
    }
}
