package cn.shenbao.forms.print.model;

/**
 * A check box: printed □ when unchecked and ☑ when checked.
 *
 * @param checked whether the option is chosen
 * @param sizePt  font size in points (the box is as tall as the text beside it)
 * @param field   the option of the draft's choice this box prints (a check-box control in the DOCX), or null
 */
public record CheckBox(boolean checked, float sizePt, FieldRef field) implements Inline {
    public CheckBox(boolean checked, float sizePt) {
        this(checked, sizePt, null);
    }

    public static final String UNCHECKED = "\u25A1";
    public static final String CHECKED = "\u2611";

    public String glyph() {
        return checked ? CHECKED : UNCHECKED;
    }
}
