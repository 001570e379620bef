package cn.shenbao.forms.print.model;

/** Horizontal alignment of a paragraph. */
public enum Align {
    LEFT,
    CENTER,
    RIGHT,
    JUSTIFY
}
