package cn.shenbao.forms.print.model;

/**
 * The one renderer interface over the page model: a back end implements a method per block type, so a new block
 * type fails to compile in every back end until each prints it (no block is silently dropped by one of them).
 *
 * @param <R> what a visit returns (Void for renderers that write as they go)
 */
public interface BlockVisitor<R> {
    R paragraph(Paragraph p);

    R pageBreak(PageBreak b);

    R section(PageSection s);

    R spacer(Spacer s);

    R table(Table t);

    R signature(SignatureBlock s);

    R signatureSection(SignatureSection s);

    R cover(CoverPage c);
}
