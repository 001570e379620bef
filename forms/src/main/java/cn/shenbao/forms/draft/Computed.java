package cn.shenbao.forms.draft;

import cn.shenbao.forms.template.Compute;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The values of {@link FieldType#COMPUTED} fields, computed from a draft. The one place that knows how:
 * the checks ({@code RuleContext.text}), the printer, the command line and the client's live sums all
 * call it, so they agree.
 *
 * <p>{@code sum}: the numbers at the paths of {@code of} added up, where {@code table[].column} stands
 * for that column in every row; empty values and values that are not numbers count 0 (the format check
 * reports those). The result is plain text without trailing zeros ({@code 70.5}, {@code 0}).
 *
 * <p>{@code difference}: the number at the first path minus the numbers at the others (T5's 自筹经费 = 总预算 −
 * 中央补助), the others counted as for {@code sum}; empty ("") while the first is empty or not a number.
 */
public final class Computed {
    private Computed() {}

    /** The operations a definition may name in {@code compute.op}. */
    public static final List<String> OPS = List.of("sum", "difference");

    /** Whether the path names a COMPUTED field of the template. */
    public static boolean isComputed(TemplateDef template, String path) {
        FieldDef f = template.field(path);
        return f != null && f.type() == FieldType.COMPUTED && f.compute() != null;
    }

    /**
     * The value of the COMPUTED field at {@code path}.
     *
     * @throws IllegalArgumentException when the path is not a COMPUTED field
     */
    public static String value(TemplateDef template, Draft draft, String path) {
        FieldDef f = template.field(path);
        if (f == null || f.type() != FieldType.COMPUTED || f.compute() == null) {
            throw new IllegalArgumentException("not a computed field: " + path);
        }
        return of(f.compute(), draft);
    }

    /** The result of a computation for a draft. */
    public static String of(Compute c, Draft draft) {
        if ("difference".equals(c.op()) && !c.of().isEmpty()) {
            BigDecimal first = Values.numberOrNull(draft.text(c.of().get(0)));
            if (first == null) {
                return "";
            }
            BigDecimal rest = new BigDecimal(sum(draft, c.of().subList(1, c.of().size())));
            BigDecimal d = first.subtract(rest);
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (!"sum".equals(c.op())) {
            throw new IllegalArgumentException("unknown computation: " + c.op());
        }
        return sum(draft, c.of());
    }

    /** The sum of the numbers at some paths ({@code t[].c} = every row's cell), as plain text. */
    public static String sum(Draft draft, List<String> paths) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String p : paths) {
            int k = p.indexOf("[].");
            if (k > 0) {
                String column = p.substring(k + 3);
                for (Map<String, String> row : draft.rows(p.substring(0, k))) {
                    BigDecimal v = Values.numberOrNull(row.get(column));
                    if (v != null) {
                        sum = sum.add(v);
                    }
                }
            } else {
                BigDecimal v = Values.numberOrNull(draft.text(p));
                if (v != null) {
                    sum = sum.add(v);
                }
            }
        }
        return sum.signum() == 0 ? "0" : sum.stripTrailingZeros().toPlainString();
    }

    /** The text of a path as the checks and the printer see it: a COMPUTED field's value, else the stored text. */
    public static String text(TemplateDef template, Draft draft, String path) {
        return isComputed(template, path) ? value(template, draft, path) : draft.text(path);
    }
}
