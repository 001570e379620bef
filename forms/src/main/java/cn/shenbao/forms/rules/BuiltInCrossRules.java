package cn.shenbao.forms.rules;

import cn.shenbao.forms.rules.kinds.KindInfo;
import cn.shenbao.forms.rules.kinds.MaxDraftsPerUnitRule;
import cn.shenbao.forms.rules.kinds.NoSharedValuesRule;
import java.util.List;
import java.util.Map;

/** Registers the cross-draft rule kinds that definitions may use. */
final class BuiltInCrossRules {
    private BuiltInCrossRules() {}

    static void registerAll(Map<String, CrossRule> kinds) {
        for (CrossRule r : List.<CrossRule>of(new MaxDraftsPerUnitRule(), new NoSharedValuesRule())) {
            kinds.put(((KindInfo) r).kind(), r);
        }
    }
}
