package cn.shenbao.forms.roster;

import cn.shenbao.forms.rules.Tally;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import java.util.Locale;

/** The figures of a team ({@link Tally}) in words, the same for the command line and the client. */
public final class TeamTexts {
    private TeamTexts() {
    }

    /** What a tally counts: 成员人数, 45岁及以下, the flag column's label, 团长 ≠ 首席专家. */
    public static String what(TemplateDef t, Tally x, Locale locale) {
        RuleDef def = x.rule();
        String table = def.string("table");
        return switch (def.rule()) {
            case "rowCount" -> RosterException.text(locale, "tally.rowCount");
            case "ageCount" -> RosterException.text(locale, "tally.ageCount", new cn.shenbao.forms.rules.RuleContext(t,
                    new cn.shenbao.forms.draft.Draft(t.id(), t.version()), def).integer("maxAge", 0));
            case "flagCount" -> {
                FieldDef col = t.field(table + "[]." + def.string("column"));
                String label = col == null ? def.string("column") : col.label();
                yield label.contains("托举") ? RosterException.text(locale, "tally.tuoju")
                        : label.contains("蹲点") ? RosterException.text(locale, "tally.dundian") : label;
            }
            case "differentPersons" -> RosterException.text(locale, "tally.differentPersons",
                    t.labelOf(def.string("a")), t.labelOf(def.string("b")));
            default -> def.name();
        };
    }

    /** The limit in words: ≥ 20, 1–2, ≤ 2; empty when there is none. */
    public static String limit(Tally x, Locale locale) {
        if (x.min() != null && x.max() != null) {
            return RosterException.text(locale, "tally.between", x.min(), x.max());
        }
        if (x.min() != null) {
            return RosterException.text(locale, "tally.atLeast", x.min());
        }
        if (x.max() != null) {
            return RosterException.text(locale, "tally.atMost", x.max());
        }
        return "";
    }

    /** One line: {@code 成员人数 24（要求 ≥ 20）✓}. */
    public static String line(TemplateDef t, Tally x, Locale locale) {
        String mark = x.ok() ? "✓" : "✗";
        if (x.count() == null) {
            return what(t, x, locale) + " " + mark;
        }
        return RosterException.text(locale, "tally.line", what(t, x, locale), x.count(), limit(x, locale), mark);
    }
}
