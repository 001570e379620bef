package cn.shenbao.forms.print.model;

/** Vertical alignment of a table cell's content. */
public enum VAlign {
    TOP,
    CENTER,
    BOTTOM
}
