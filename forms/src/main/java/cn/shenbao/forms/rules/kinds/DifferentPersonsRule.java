package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import cn.shenbao.forms.template.FieldDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code differentPersons} {a, b, compare:[sub-field ids]}: the person blocks {@code a} and {@code b}
 * must be different people. They are taken for the same person when any compared sub-field holds the
 * same value in both: names compared without white space, telephone numbers by their digits (a
 * leading +86 or 86 ignored), e-mail addresses without regard to case. One finding per matching
 * sub-field, on {@code b.<field>}. Arguments: {0} label of {@code b.<field>}, {1} label of {@code a},
 * {2} label of {@code b}, {3} the shared value, {4} the sub-field's own label.
 */
public final class DifferentPersonsRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.differentPersons";

    public DifferentPersonsRule() {
        super("differentPersons", KEY);
        declare(Param.of("a", Param.Kind.PATH), Param.of("b", Param.Kind.PATH), Param.in("compare", Param.Kind.SUBFIELD, "b").many());
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String a = ctx.param("a");
        String b = ctx.param("b");
        List<Finding> out = new ArrayList<>();
        for (String sub : ctx.params("compare")) {
            String pa = a + "." + sub;
            String pb = b + "." + sub;
            FieldDef f = ctx.field(pb);
            String va = normalize(f, ctx.text(pa));
            String vb = normalize(f, ctx.text(pb));
            if (!va.isEmpty() && va.equals(vb)) {
                out.add(ctx.finding(pb, KEY, ctx.label(pb), ctx.label(a), ctx.label(b),
                        Texts.trimmed(ctx.text(pb)), f.label()));
            }
        }
        return out;
    }

    static String normalize(FieldDef f, String value) {
        String v = Texts.noSpace(value);
        switch (f.type()) {
            case MOBILE, PHONE -> {
                String digits = v.replaceAll("[^0-9]", "");
                if (digits.length() == 13 && digits.startsWith("86")) {
                    digits = digits.substring(2);
                }
                return digits;
            }
            case EMAIL -> {
                return v.toLowerCase(Locale.ROOT);
            }
            default -> {
                return v;
            }
        }
    }
}
