package cn.shenbao.forms.print.model;

/**
 * A check box: printed □ when unchecked and ☑ when checked.
 *
 * @param checked whether the option is chosen
 * @param sizePt  font size in points (the box is as tall as the text beside it)
 */
public record CheckBox(boolean checked, float sizePt) implements Inline {
    public static final String UNCHECKED = "\u25A1";
    public static final String CHECKED = "\u2611";

    public String glyph() {
        return checked ? CHECKED : UNCHECKED;
    }
}
