package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code groupHasValue} {table, column, by}: every group of rows (rows with the same cells in the {@code by}
 * columns, e.g. 一级指标 and 二级指标) should have at least one value in {@code column} (T5: each 二级指标 at
 * least one 指标值). One finding per group without any, on the {@code column} cell of its first row.
 * Arguments: {0} the group (its cells joined by ›), {1} the label of the column.
 */
public final class GroupHasValueRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.groupHasValue";

    public GroupHasValueRule() {
        super("groupHasValue", KEY);
        declare(Param.of("table", Param.Kind.TABLE), Param.in("column", Param.Kind.COLUMN, "table"),
                Param.in("by", Param.Kind.COLUMN, "table").many());
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String table = ctx.param("table");
        String column = ctx.param("column");
        List<String> by = ctx.params("by");
        Map<List<String>, Integer> first = new LinkedHashMap<>();
        Map<List<String>, Boolean> hasValue = new LinkedHashMap<>();
        List<Map<String, String>> rows = ctx.draft().rows(table);
        for (int i = 0; i < rows.size(); i++) {
            List<String> key = new ArrayList<>();
            for (String c : by) {
                key.add(Texts.trimmed(rows.get(i).get(c)));
            }
            if (key.stream().allMatch(String::isEmpty)) {
                continue; // a row without a group: rowGroups reports it
            }
            first.putIfAbsent(key, i);
            boolean v = !Texts.trimmed(rows.get(i).get(column)).isEmpty();
            hasValue.merge(key, v, Boolean::logicalOr);
        }
        List<Finding> out = new ArrayList<>();
        String colLabel = ctx.field(table).child(column).label();
        first.forEach((key, row) -> {
            if (!hasValue.get(key)) {
                out.add(ctx.finding(FieldPath.cell(table, row, column), KEY, String.join(" › ", key), colLabel));
            }
        });
        return out;
    }
}
