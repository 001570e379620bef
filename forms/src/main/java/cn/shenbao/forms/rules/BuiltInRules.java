package cn.shenbao.forms.rules;

import java.util.Map;

/** Registers the rule kinds that definitions may use. */
final class BuiltInRules {
    private BuiltInRules() {}

    static void registerAll(Map<String, Rule> kinds) {
    }
}
