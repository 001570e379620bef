package cn.shenbao.forms.print.model;

/** Starts a new page. */
public record PageBreak() implements Block {
}
