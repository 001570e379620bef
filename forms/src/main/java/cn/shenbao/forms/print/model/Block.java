package cn.shenbao.forms.print.model;

/** One top-level element of a {@link PrintDocument}, laid out in reading order. */
public sealed interface Block permits Paragraph, PageBreak, Table, SignatureBlock, SignatureSection, CoverPage, Spacer {
}
