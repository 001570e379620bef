package cn.shenbao.forms.rules;

import cn.shenbao.forms.draft.Computed;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.rules.kinds.KindInfo;
import cn.shenbao.forms.rules.kinds.Param;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The verdict of each rule of a form on one draft, for a printed record that answers “may we apply at all?”
 * (the {@code verdicts} part of a layout; any form can list its rules this way). Every rule of the definition
 * that has a {@code title} gets one verdict, in definition order:
 * <ul>
 *   <li>{@link Status#NOT_MET} — the rule has findings (they come with the verdict);</li>
 *   <li>{@link Status#UNANSWERED} — no finding, but a field the rule reads (its {@code PATH} and {@code TABLE}
 *       parameters) is still empty, so nothing can be said yet;</li>
 *   <li>{@link Status#NOT_APPLICABLE} — the rule's condition ({@code when}) does not hold for this draft (a
 *       “揭榜挂帅” project is exempt from the registration date), or it judges the rows of a table that has
 *       none (no participating unit);</li>
 *   <li>{@link Status#MET} — otherwise.</li>
 * </ul>
 * The findings are exactly those {@link RuleEngine#check} reports for the rule.
 */
public final class Verdicts {
    /** What a rule says about a draft. */
    public enum Status { MET, NOT_MET, UNANSWERED, NOT_APPLICABLE }

    /** One rule's verdict: the rule, its status and its findings (empty unless NOT_MET). */
    public record Verdict(RuleDef rule, Status status, List<Finding> findings) {}

    private Verdicts() {}

    /** The verdicts of the rules with a title, in definition order. */
    public static List<Verdict> of(TemplateDef template, Draft draft) {
        List<Verdict> out = new ArrayList<>();
        for (RuleDef def : template.rules()) {
            if (def.title() == null || def.title().isBlank()) {
                continue;
            }
            out.add(of(template, draft, def));
        }
        return out;
    }

    static Verdict of(TemplateDef template, Draft draft, RuleDef def) {
        if (!applies(template, draft, def)) {
            return new Verdict(def, Status.NOT_APPLICABLE, List.of());
        }
        List<Finding> findings = RuleEngine.runRule(template, draft, def);
        if (!findings.isEmpty()) {
            return new Verdict(def, Status.NOT_MET, findings);
        }
        Object kind = RuleKinds.get(def.rule());
        if (kind instanceof KindInfo k) {
            RuleContext ctx = new RuleContext(template, draft, def);
            boolean emptyTable = false;
            for (Param p : k.params()) {
                if (p.kind() != Param.Kind.PATH && p.kind() != Param.Kind.TABLE || def.args().get(p.name()) == null) {
                    continue;
                }
                boolean answered = false;
                for (String path : ctx.params(p.name())) {
                    if (p.kind() == Param.Kind.TABLE) {
                        answered |= draft.rows(path).stream().anyMatch(r -> !r.isEmpty());
                    } else if (path.contains("[].")) {
                        String table = path.substring(0, path.indexOf("[]."));
                        if (draft.rowCount(table) == 0) {
                            emptyTable = true;
                            answered = true;
                        }
                        for (String cell : ctx.each(path)) {
                            answered |= !Computed.text(template, draft, cell).isBlank();
                        }
                    } else {
                        answered |= !Computed.text(template, draft, path).isBlank() || !draft.choices(path).isEmpty();
                    }
                }
                if (!answered) {
                    return new Verdict(def, Status.UNANSWERED, List.of());
                }
            }
            if (emptyTable) {
                return new Verdict(def, Status.NOT_APPLICABLE, List.of());
            }
        }
        return new Verdict(def, Status.MET, List.of());
    }

    /** Whether the rule applies to the draft (its {@code when} condition, where the definition gives one). */
    private static boolean applies(TemplateDef template, Draft draft, RuleDef def) {
        return cn.shenbao.forms.draft.Conditions.holds(template, def.when(), draft);
    }

    /** For messages: the number of verdicts of each status. */
    public static Map<Status, Long> count(List<Verdict> verdicts) {
        Map<Status, Long> out = new java.util.EnumMap<>(Status.class);
        for (Verdict v : verdicts) {
            out.merge(v.status(), 1L, Long::sum);
        }
        return out;
    }
}
