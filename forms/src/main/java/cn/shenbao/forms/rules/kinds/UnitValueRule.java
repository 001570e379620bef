package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code unitValue} {table, column, unit, percent, whole, amount}: a value cell checked by the unit in its row
 * (T5's 指标值): with a unit of {@code percent} (%) a number from 0 to 100, of {@code whole} (个, 项, 家, 人次) a
 * whole number ≥ 0, of {@code amount} (万元) a number ≥ 0. A value may start with one of ≥ ≤ ＞ ＜ &gt; &lt;
 * (a target such as ≥95). Cells with another unit, and empty cells, are not checked. Findings on the cell;
 * arguments: {0} its label, {1} the value, {2} the unit. Keys {@code rule.unitValue.number} (not a number),
 * {@code .percent}, {@code .whole}, {@code .negative}.
 */
public final class UnitValueRule extends RuleKindBase implements Rule {
    public static final String NUMBER = "rule.unitValue.number";
    public static final String PERCENT = "rule.unitValue.percent";
    public static final String WHOLE = "rule.unitValue.whole";
    public static final String NEGATIVE = "rule.unitValue.negative";
    /** An optional comparison sign, then a number (half- or full-width digits are normalised by the value parser). */
    public static final Pattern VALUE = Pattern.compile("^(?:[≥≤><＞＜]=?\\s*)?(-?\\d+(?:\\.\\d+)?)$");

    public UnitValueRule() {
        super("unitValue", NUMBER, PERCENT, WHOLE, NEGATIVE);
        declare(Param.of("table", Param.Kind.TABLE), Param.in("column", Param.Kind.COLUMN, "table"),
                Param.in("unit", Param.Kind.COLUMN, "table"), Param.of("percent", Param.Kind.TEXT).many().optional(),
                Param.of("whole", Param.Kind.TEXT).many().optional(), Param.of("amount", Param.Kind.TEXT).many().optional());
    }

    /** The number of an indicator value (sign of comparison and white space ignored), or null. */
    public static BigDecimal number(String value) {
        Matcher m = VALUE.matcher(value == null ? "" : value.strip());
        return m.matches() ? new BigDecimal(m.group(1)) : null;
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String table = ctx.param("table");
        String column = ctx.param("column");
        String unitCol = ctx.param("unit");
        List<String> percent = ctx.params("percent");
        List<String> whole = ctx.params("whole");
        List<String> amount = ctx.params("amount");
        List<Finding> out = new ArrayList<>();
        int rows = ctx.draft().rowCount(table);
        for (int i = 0; i < rows; i++) {
            String p = FieldPath.cell(table, i, column);
            String v = Texts.trimmed(ctx.text(p));
            String unit = Texts.trimmed(ctx.text(FieldPath.cell(table, i, unitCol)));
            boolean isPercent = percent.contains(unit);
            boolean isWhole = whole.contains(unit);
            if (v.isEmpty() || !isPercent && !isWhole && !amount.contains(unit)) {
                continue;
            }
            BigDecimal n = number(v);
            String key = null;
            if (n == null) {
                key = NUMBER;
            } else if (n.signum() < 0) {
                key = NEGATIVE;
            } else if (isPercent && n.compareTo(BigDecimal.valueOf(100)) > 0) {
                key = PERCENT;
            } else if (isWhole && n.stripTrailingZeros().scale() > 0) {
                key = WHOLE;
            }
            if (key != null) {
                out.add(ctx.finding(p, key, ctx.label(p), Texts.shorten(v, 40), unit));
            }
        }
        return out;
    }
}
