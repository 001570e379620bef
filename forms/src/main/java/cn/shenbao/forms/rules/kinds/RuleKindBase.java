package cn.shenbao.forms.rules.kinds;

import java.util.List;

/** A built-in rule kind's name, default message keys and parameters, declared once in its constructor. */
abstract class RuleKindBase implements KindInfo {
    private final String kind;
    private final List<String> messageKeys;
    private List<Param> params = List.of();

    RuleKindBase(String kind, String... messageKeys) {
        this.kind = kind;
        this.messageKeys = List.of(messageKeys);
    }

    /** Declares the parameters of the kind (called once from the constructor). */
    final void declare(Param... ps) {
        this.params = List.of(ps);
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final List<String> messageKeys() {
        return messageKeys;
    }

    @Override
    public final List<Param> params() {
        return params;
    }
}
