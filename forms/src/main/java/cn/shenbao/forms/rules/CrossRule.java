package cn.shenbao.forms.rules;

import java.util.List;

/**
 * A kind of rule over several drafts of one template checked together (a society's applications),
 * configured by an entry of the definition's {@code crossRules}.
 */
@FunctionalInterface
public interface CrossRule {
    /** The findings for the drafts; each names the draft it belongs to. */
    List<CrossDraftCheck.DraftFinding> check(CrossDraftCheck.Context ctx);
}
