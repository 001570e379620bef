package cn.shenbao.forms.rules;

import java.util.List;

/** A kind of rule, configured by a {@link cn.shenbao.forms.template.RuleDef} of a definition. */
@FunctionalInterface
public interface Rule {
    /** The findings of this rule for one draft. */
    List<Finding> check(RuleContext ctx);
}
