package cn.shenbao.forms.print.model;

/** A forced line break inside a paragraph. */
public record LineBreak() implements Inline {
}
