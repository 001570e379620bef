package cn.shenbao.forms.print.model;

/** One top-level element of a {@link PrintDocument}, laid out in reading order; renderers visit it. */
public sealed interface Block permits Paragraph, PageBreak, PageSection, Table, SignatureBlock, SignatureSection,
        CoverPage, Spacer {
    /** Calls the visitor's method for this block type. */
    <R> R accept(BlockVisitor<R> v);
}
