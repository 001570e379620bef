package cn.shenbao.forms.print.model;

import java.util.List;
import java.util.Objects;

/**
 * The intermediate page model: what is printed, independent of DOCX or PDF.
 *
 * @param title         document title (file properties)
 * @param blocks        content in reading order
 * @param watermarkText the text of the draft watermark (e.g. 草稿), used when the print options ask for it
 */
public record PrintDocument(String title, List<Block> blocks, String watermarkText) {
    public PrintDocument {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        watermarkText = watermarkText == null || watermarkText.isBlank() ? "草稿" : watermarkText;
    }

    public PrintDocument(String title, List<Block> blocks) {
        this(title, blocks, null);
    }

    /** All signature blocks in order, those of {@link SignatureSection}s included. */
    public List<SignatureBlock> signatureBlocks() {
        return blocks.stream().flatMap(b -> b instanceof SignatureSection s ? s.signatures().stream()
                : b instanceof SignatureBlock sb ? java.util.stream.Stream.of(sb) : java.util.stream.Stream.empty())
                .toList();
    }
}
