package com.frontdesk.print;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints page nodes on a printer the user picks in the system's print dialog. Pages are laid out
 * at 96 pixels per inch and printed at their real size (a slip stays 80 mm wide), shrunk only when
 * the paper is smaller. Printing draws on the JavaFX thread, as JavaFX requires for live nodes.
 */
public final class Printing {
    private static final Logger LOG = LoggerFactory.getLogger(Printing.class);
    /** Printer points (1/72 inch) per page pixel (1/96 inch). */
    private static final double POINTS_PER_PIXEL = 72.0 / 96.0;

    /** What became of a print request; {@link #messageKey()} says it to the user. */
    public enum Outcome {
        PRINTED, CANCELLED, NO_PRINTER, FAILED;

        public String messageKey() {
            return switch (this) {
                case PRINTED -> "print.printed";
                case CANCELLED -> "print.cancelled";
                case NO_PRINTER -> "print.noPrinter";
                case FAILED -> "print.failed";
            };
        }
    }

    private Printing() {
    }

    /**
     * Shows the print dialog owned by {@code owner} and prints the pages. With no printer on this
     * computer it shows nothing and returns {@link Outcome#NO_PRINTER}, so the caller can offer
     * the PDF instead. Call on the JavaFX thread.
     */
    public static Outcome print(Window owner, String jobName, List<? extends Node> pages) {
        Layout.requireFxThread();
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages");
        }
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return Outcome.NO_PRINTER;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        try {
            job.getJobSettings().setJobName(jobName);
            if (!job.showPrintDialog(owner)) {
                job.cancelJob();
                return Outcome.CANCELLED;
            }
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (Node page : pages) {
                if (!printPage(job, layout, page)) {
                    LOG.warn("printer refused a page of {}: {}", jobName, job.getJobStatus());
                    job.cancelJob();
                    return Outcome.FAILED;
                }
            }
            return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
        } catch (RuntimeException e) {
            LOG.warn("printing {} failed", jobName, e);
            job.cancelJob();
            return Outcome.FAILED;
        }
    }

    private static boolean printPage(PrinterJob job, PageLayout layout, Node page) {
        Layout.prepare(page);
        Bounds b = page.getLayoutBounds();
        double scale = Math.min(POINTS_PER_PIXEL, Math.min(
                layout.getPrintableWidth() / b.getWidth(), layout.getPrintableHeight() / b.getHeight()));
        Scale transform = new Scale(scale, scale, 0, 0);
        page.getTransforms().add(transform);
        try {
            return job.printPage(layout, page);
        } finally {
            page.getTransforms().remove(transform);
        }
    }
}
