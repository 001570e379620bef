package cn.shenbao.app.ui.model;

import cn.shenbao.forms.rules.RuleKinds;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import java.util.List;

/**
 * A definition is data and may name rule kinds that the rule code linked into this build does not
 * have yet. Rather than letting every check fail, the client checks with the known kinds and reports
 * the others once on the console.
 */
public final class KnownRules {
    private KnownRules() {}

    /** The template itself when every rule kind is known, else a copy without the unknown rules. */
    public static TemplateDef only(TemplateDef t) {
        List<RuleDef> known = t.rules().stream().filter(r -> RuleKinds.get(r.rule()) != null).toList();
        if (known.size() == t.rules().size()) {
            return t;
        }
        System.err.println("shenbao: rule kinds not available in this build, skipped: "
                + t.rules().stream().map(RuleDef::rule).filter(k -> RuleKinds.get(k) == null).distinct().toList());
        return new TemplateDef(t.id(), t.version(), t.title(), t.issuer(), t.source(), t.params(), t.instructions(),
                t.sections(), known, t.crossRules(), t.migrations());
    }
}
