package cn.shenbao.forms.rules;

import java.util.Map;

/** Registers the cross-draft rule kinds that definitions may use. */
final class BuiltInCrossRules {
    private BuiltInCrossRules() {}

    static void registerAll(Map<String, CrossRule> kinds) {
    }
}
