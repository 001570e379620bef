package cn.shenbao.forms.draft;

import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.SectionDef;
import cn.shenbao.forms.template.TemplateDef;

/**
 * New, blank drafts of a form: empty except for the values the official form prints already filled in,
 * given in the definition as a field's {@code attrs.default} (所属地区 龙泉市), and the preset rows of a
 * grouped table ({@code groups.preset}: T5's predefined indicators). The command line's
 * {@code new} and the client's 新建 both start here.
 */
public final class NewDrafts {
    private NewDrafts() {}

    /** A blank draft of the template, with its fields' defaults. */
    public static Draft of(TemplateDef template) {
        Draft d = new Draft(template.id(), template.version());
        for (SectionDef s : template.sections()) {
            for (FieldDef f : s.fields()) {
                defaults(f, f.id(), d);
            }
        }
        return d;
    }

    private static void defaults(FieldDef f, String path, Draft d) {
        String v = f.attrs().get("default");
        if (v != null && f.type().isLeaf() && !f.type().isList()) {
            d.set(path, v);
        }
        if (f.groups() != null) {
            f.groups().preset().forEach(row -> d.addRow(path, new java.util.LinkedHashMap<>(row)));
        }
        for (FieldDef c : f.fields()) {
            defaults(c, path + "." + c.id(), d);
        }
    }
}
