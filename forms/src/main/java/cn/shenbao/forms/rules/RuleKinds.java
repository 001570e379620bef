package cn.shenbao.forms.rules;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rule kinds a definition may name in its {@code rules}, by name. A new form reuses these kinds
 * with its own field paths and parameters; only a rule of a new kind needs code, registered here.
 */
public final class RuleKinds {
    private static final Map<String, Rule> KINDS = new TreeMap<>();

    static {
        BuiltInRules.registerAll(KINDS);
    }

    private RuleKinds() {}

    /** The rule of a kind, or null when the kind is unknown. */
    public static Rule get(String kind) {
        return KINDS.get(kind);
    }

    public static Set<String> names() {
        return Collections.unmodifiableSet(KINDS.keySet());
    }
}
