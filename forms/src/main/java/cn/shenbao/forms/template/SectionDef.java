package cn.shenbao.forms.template;

import java.util.List;

/**
 * A part of a form: the cover, a numbered section such as 一、项目申报单位基本情况, or an annex.
 *
 * @param id      identifier used by the client and layouts
 * @param heading the heading exactly as on the form (null for the cover)
 * @param title   a short name for navigation lists
 * @param hint    guidance text printed under the heading, or null
 * @param fields  the fields, in form order
 * @param when    when the section applies ({@link Condition}), or null for always: the fields of a section whose
 *                condition is false are hidden as if each had that condition
 */
public record SectionDef(String id, String heading, String title, String hint, List<FieldDef> fields,
        Condition when) {
    public SectionDef {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The navigation name: {@code title}, else the heading. */
    public String displayName() {
        return title != null ? title : heading;
    }
}
