package cn.shenbao.forms.rules;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.kinds.Counting;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the rules about one table, as the client shows them live beside the table (科创中国's team:
 * members ≥ 20, aged ≤ 45 ≥ 10, 托举 ≥ 2, 蹲点 1–2): for each rule of the definition of a {@link Counting} kind on
 * that table, its count, limits and findings; and each {@code differentPersons} rule (团长 ≠ 首席专家) with its
 * findings. Computed by the rule kinds themselves — no rule is restated here or in a view.
 */
public record Tally(RuleDef rule, Integer count, Integer min, Integer max, List<Finding> findings) {
    public Tally {
        findings = List.copyOf(findings);
    }

    /** Whether the rule is satisfied. */
    public boolean ok() {
        return findings.isEmpty();
    }

    /** The tallies of the rules that count {@code table}, then the {@code differentPersons} rules, in definition order. */
    public static List<Tally> of(TemplateDef template, Draft draft, String table) {
        List<Tally> out = new ArrayList<>();
        List<Tally> persons = new ArrayList<>();
        for (RuleDef def : template.rules()) {
            Rule rule = RuleKinds.get(def.rule());
            RuleContext ctx = new RuleContext(template, draft, def);
            if (rule instanceof Counting c && table.equals(def.string("table"))) {
                Integer min = ctx.param("min") == null ? null : ctx.integer("min", 0);
                Integer max = ctx.param("max") == null ? null : ctx.integer("max", 0);
                out.add(new Tally(def, c.count(ctx), min, max, rule.check(ctx)));
            } else if (def.rule().equals("differentPersons")) {
                persons.add(new Tally(def, null, null, null, rule.check(ctx)));
            }
        }
        out.addAll(persons);
        return out;
    }
}
