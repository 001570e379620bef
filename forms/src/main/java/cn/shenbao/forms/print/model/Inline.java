package cn.shenbao.forms.print.model;

/** A piece of a paragraph: text, a check box or a forced line break. */
public sealed interface Inline permits TextRun, CheckBox, LineBreak {
}
