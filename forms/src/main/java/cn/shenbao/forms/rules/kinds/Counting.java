package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.RuleContext;

/**
 * A rule kind that counts rows of a table against {@code min}/{@code max}: the count itself, for live figures
 * in the client ({@link cn.shenbao.forms.rules.Tally}) computed by the same code as the check.
 */
public interface Counting {
    /** What the rule counts in the draft of {@code ctx}. */
    int count(RuleContext ctx);
}
