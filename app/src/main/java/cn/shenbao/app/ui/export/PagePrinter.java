package cn.shenbao.app.ui.export;

import java.util.List;
import javafx.print.JobSettings;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.PrintSides;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints page images through the system printer dialog, A4 portrait, with the number of copies the
 * notice asks for as the default and double-sided printing when the document has mirrored margins.
 */
public final class PagePrinter {
    /** What happened. */
    public enum Outcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    private PagePrinter() {}

    /** The job settings before the dialog opens: copies and sides. */
    public static void prepare(JobSettings settings, int copies, boolean duplex) {
        settings.setCopies(Math.max(1, copies));
        settings.setPrintSides(duplex ? PrintSides.DUPLEX : PrintSides.ONE_SIDED);
        settings.setJobName("Shenbao");
    }

    public static Outcome print(Window owner, List<Image> pages, int copies, boolean duplex) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return Outcome.NO_PRINTER;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        prepare(job.getJobSettings(), copies, duplex);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Outcome.CANCELLED;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        job.getJobSettings().setPageLayout(layout);
        for (Image page : pages) {
            ImageView iv = new ImageView(page);
            iv.setPreserveRatio(true);
            iv.setSmooth(true);
            iv.setFitWidth(layout.getPrintableWidth());
            iv.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, iv)) {
                job.cancelJob();
                return Outcome.FAILED;
            }
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }
}
