package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.Rule;
import cn.shenbao.forms.rules.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mentions} {field, keywords:["a|b", …]}: a non-empty text should mention every keyword group;
 * a group is mentioned when any of its alternatives (separated by |) occurs in the text (white space
 * ignored). One finding lists the groups not mentioned. Arguments: {0} label, {1} the missing groups
 * joined with 、 (alternatives of a group shown as a/b), {2} how many are missing.
 */
public final class MentionsRule extends RuleKindBase implements Rule {
    public static final String KEY = "rule.mentions";

    public MentionsRule() {
        super("mentions", KEY);
        declare(Param.of("field", Param.Kind.PATH), Param.of("keywords", Param.Kind.TEXT).many());
    }

    @Override
    public List<Finding> check(RuleContext ctx) {
        String path = ctx.param("field");
        String text = Texts.noSpace(ctx.text(path));
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (String group : ctx.params("keywords")) {
            boolean found = false;
            for (String alt : group.split("\\|")) {
                String a = Texts.noSpace(alt);
                if (!a.isEmpty() && text.contains(a)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                missing.add(display(group));
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(ctx.finding(path, KEY, ctx.label(path), String.join("、", missing), missing.size()));
    }

    /** A keyword group for messages: 服务站|科创中心 → 服务站/科创中心. */
    static String display(String group) {
        return String.join("/", List.of(group.split("\\|")));
    }
}
