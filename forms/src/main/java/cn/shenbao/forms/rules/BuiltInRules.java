package cn.shenbao.forms.rules;

import cn.shenbao.forms.rules.kinds.AgeCountRule;
import cn.shenbao.forms.rules.kinds.AttachedRule;
import cn.shenbao.forms.rules.kinds.CharCountRule;
import cn.shenbao.forms.rules.kinds.CharTargetRule;
import cn.shenbao.forms.rules.kinds.ChoiceTextRule;
import cn.shenbao.forms.rules.kinds.ColumnSumRule;
import cn.shenbao.forms.rules.kinds.DateNotAfterRule;
import cn.shenbao.forms.rules.kinds.DateNotBeforeRule;
import cn.shenbao.forms.rules.kinds.DateOrderRule;
import cn.shenbao.forms.rules.kinds.DifferentPersonsRule;
import cn.shenbao.forms.rules.kinds.ExpectRule;
import cn.shenbao.forms.rules.kinds.FlagCountRule;
import cn.shenbao.forms.rules.kinds.KindInfo;
import cn.shenbao.forms.rules.kinds.ListCountRule;
import cn.shenbao.forms.rules.kinds.MaxValueRule;
import cn.shenbao.forms.rules.kinds.MentionsRule;
import cn.shenbao.forms.rules.kinds.MinValueRule;
import cn.shenbao.forms.rules.kinds.PatternRule;
import cn.shenbao.forms.rules.kinds.RowCountRule;
import cn.shenbao.forms.rules.kinds.RowDatesWithinRule;
import cn.shenbao.forms.rules.kinds.RowsInOrderRule;
import cn.shenbao.forms.rules.kinds.SumEqualsRule;
import cn.shenbao.forms.rules.kinds.UniqueColumnRule;
import cn.shenbao.forms.rules.kinds.NotMoreThanRule;
import cn.shenbao.forms.rules.kinds.MinShareRule;
import cn.shenbao.forms.rules.kinds.UnitValueRule;
import cn.shenbao.forms.rules.kinds.GroupHasValueRule;
import cn.shenbao.forms.rules.kinds.RowGroupsRule;
import java.util.List;
import java.util.Map;

/** Registers the rule kinds that definitions may use. */
final class BuiltInRules {
    private BuiltInRules() {}

    static void registerAll(Map<String, Rule> kinds) {
        List<Rule> all = List.of(new PatternRule(), new DifferentPersonsRule(), new ListCountRule(),
                new DateOrderRule(), new DateNotAfterRule(), new RowDatesWithinRule(), new RowsInOrderRule(),
                new ColumnSumRule(), new SumEqualsRule(), new MaxValueRule(), new MinValueRule(), new MentionsRule(),
                new RowCountRule(), new AgeCountRule(), new FlagCountRule(), new UniqueColumnRule(),
                new AttachedRule(), new CharTargetRule(), new ChoiceTextRule(),
                // T7 and the seed-000 eligibility self-check
                new CharCountRule(), new DateNotBeforeRule(), new MinValueRule(), new ExpectRule(),
                // T5 绩效目标申报表
                new NotMoreThanRule(), new MinShareRule(), new UnitValueRule(), new GroupHasValueRule(),
                new RowGroupsRule());
        for (Rule r : all) {
            kinds.put(((KindInfo) r).kind(), r);
        }
    }
}
