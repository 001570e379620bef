package cn.shenbao.forms.rules.kinds;

import java.util.List;

/** A built-in rule kind's name and default message keys, declared once in its constructor. */
abstract class RuleKindBase implements KindInfo {
    private final String kind;
    private final List<String> messageKeys;

    RuleKindBase(String kind, String... messageKeys) {
        this.kind = kind;
        this.messageKeys = List.of(messageKeys);
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final List<String> messageKeys() {
        return messageKeys;
    }
}
