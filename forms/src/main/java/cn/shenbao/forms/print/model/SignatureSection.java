package cn.shenbao.forms.print.model;

import java.util.List;

/**
 * A section heading printed above its signature blocks, which must stay on one page with it (十一、申报单位审核意见
 * above the two signature and seal blocks). Renderers that cannot keep separate tables together (LibreOffice
 * opening a DOCX ignores keep-with-next across tables) print the heading and the blocks as one table.
 *
 * @param heading    the heading cell (one full-width bordered row), or null for signature blocks without a heading
 * @param signatures the signature blocks under it, in order (at least one)
 */
public record SignatureSection(Cell heading, List<SignatureBlock> signatures) implements Block {
    public SignatureSection {
        signatures = List.copyOf(signatures);
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("a signature section needs at least one signature block");
        }
    }

    @Override
    public <R> R accept(BlockVisitor<R> v) {
        return v.signatureSection(this);
    }
}
