package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.CrossDraftCheck;
import cn.shenbao.forms.rules.CrossDraftCheck.DraftFinding;
import cn.shenbao.forms.rules.CrossDraftCheck.NamedDraft;
import cn.shenbao.forms.rules.CrossRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross rule {@code maxDraftsPerUnit} {unit, max}: the drafts are grouped by the value of the field
 * {@code unit} (trimmed; drafts without it are not grouped); a unit with more than {@code max} drafts
 * gets a finding on each of its drafts, on the unit field. Arguments: {0} the unit, {1} its number of
 * drafts, {2} max, {3} label of the unit field.
 */
public final class MaxDraftsPerUnitRule extends RuleKindBase implements CrossRule {
    public static final String KEY = "rule.cross.maxDraftsPerUnit";

    public MaxDraftsPerUnitRule() {
        super("maxDraftsPerUnit", KEY);
        declare(Param.of("unit", Param.Kind.PATH), Param.of("max", Param.Kind.INTEGER));
    }

    /** The drafts grouped by their trimmed unit value, in order of first appearance; empty units left out. */
    static Map<String, List<NamedDraft>> byUnit(List<NamedDraft> drafts, String unitPath) {
        Map<String, List<NamedDraft>> out = new LinkedHashMap<>();
        for (NamedDraft d : drafts) {
            String unit = Texts.trimmed(d.draft().text(unitPath));
            if (!unit.isEmpty()) {
                out.computeIfAbsent(unit, k -> new ArrayList<>()).add(d);
            }
        }
        return out;
    }

    @Override
    public List<DraftFinding> check(CrossDraftCheck.Context ctx) {
        String unitPath = ctx.param("unit");
        int max = Integer.parseInt(ctx.param("max"));
        String label = ctx.template().labelOf(unitPath);
        List<DraftFinding> out = new ArrayList<>();
        for (Map.Entry<String, List<NamedDraft>> e : byUnit(ctx.drafts(), unitPath).entrySet()) {
            int n = e.getValue().size();
            if (n > max) {
                for (NamedDraft d : e.getValue()) {
                    out.add(new DraftFinding(d.name(), ctx.finding(unitPath, KEY, e.getKey(), n, max, label)));
                }
            }
        }
        return out;
    }
}
