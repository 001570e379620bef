package cn.shenbao.app.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of a PDF as images, rendered with Apache PDFBox: what the preview shows and the printer gets. */
public final class PdfPages {
    private PdfPages() {}

    /** Renders every page at a resolution (dots per inch). */
    public static List<Image> render(Path pdf, float dpi) throws IOException {
        List<Image> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage img = r.renderImageWithDPI(i, dpi, ImageType.RGB);
                out.add(SwingFXUtils.toFXImage(img, null));
            }
        }
        return out;
    }
}
