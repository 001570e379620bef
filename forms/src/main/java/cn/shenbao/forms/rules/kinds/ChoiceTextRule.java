package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.util.List;

/**
 * {@code choiceText} {choice, option, text}: a ticked option that takes its own text (□1.科学问题：____):
 * when {@code option} is chosen in {@code choice}, {@code text} must be filled in ({@code rule.choiceText},
 * on the text); a text filled in while the option is not ticked would print beside an empty box
 * ({@code rule.choiceText.unticked}, on the choice). Arguments: {0} label of the text, {1} the option,
 * {2} label of the choice.
 */
public final class ChoiceTextRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.choiceText";
    public static final String KEY_UNTICKED = "rule.choiceText.unticked";

    public ChoiceTextRule() {
        super("choiceText", KEY, KEY_UNTICKED);
        declare(Param.of("choice", Param.Kind.PATH), Param.of("option", Param.Kind.TEXT),
                Param.of("text", Param.Kind.PATH));
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String choice = ctx.param("choice");
        String option = ctx.param("option");
        String text = ctx.param("text");
        boolean ticked = ctx.draft().choices(choice).contains(option);
        boolean filled = !Texts.trimmed(ctx.text(text)).isEmpty();
        if (ticked && !filled) {
            return List.of(ctx.finding(text, KEY, ctx.label(text), option, ctx.label(choice)));
        }
        if (!ticked && filled) {
            return List.of(ctx.finding(choice, KEY_UNTICKED, ctx.label(text), option, ctx.label(choice)));
        }
        return List.of();
    }
}
