package com.frontdesk.handover;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Site;
import com.frontdesk.core.Messages;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.print.PdfPages;
import com.frontdesk.print.PrintPage;
import com.frontdesk.print.Printing;
import com.frontdesk.ui.Fonts;
import com.frontdesk.ui.UiContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The printed handover sheet (交接班记录表): the header with the site, desk, shift and number; the
 * items counted with each difference and its note; the lines the program counted with the lists
 * behind them; the notes for the next shift (written in this handover or carried over); and the
 * three signatures with their times. A4 pages in the user's language, as many as the sheet needs.
 *
 * <pre>{@code
 * ctx.run(() -> HandoverSheet.load(ctx.workstation(), id), data -> {
 *     List<VBox> pages = HandoverSheet.pages(ctx.messages(), data);     // JavaFX thread
 *     ...
 * });
 * }</pre>
 * or simply {@link #print(UiContext, Window, String, Consumer)} and
 * {@link #savePdf(UiContext, String, Path, Consumer)}.
 */
public final class HandoverSheet {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** What the page header takes above the content, with room to spare. */
    private static final double HEADER = 110;
    private static final double GAP = 8;
    private static final double[] WIDTHS = {150, 60, 60, 70, PrintPage.CONTENT_WIDTH - 340};

    /**
     * A handover as it is printed: the site, the desk's and shift's names (the codes when the
     * settings no longer have them), and the numbers of the handovers the carried notes were written in.
     */
    public record Data(String siteName, ZoneId zone, Instant printedAt, HandoverDetail detail, String deskName,
                       ShiftDef shift, Map<String, String> numbers) {
        public Data {
            numbers = Map.copyOf(numbers);
        }
    }

    private HandoverSheet() {
    }

    /** Reads the handover, its lines and notes, and the names to print. Database work: the task executor. */
    public static Data load(Workstation ws, String handoverId) {
        HandoverDetail detail = ws.handovers().detail(handoverId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        Handover h = detail.handover();
        HandoverSettings settings = ws.settings().current(HandoverSettings.DOCUMENT);
        String deskName = settings.desk(h.desk()).map(Desk::name).orElse(h.desk());
        ShiftDef shift = settings.shift(h.desk(), h.shift()).orElse(new ShiftDef(h.shift(), h.shift(), null, null));
        Map<String, String> numbers = new HashMap<>();
        numbers.put(h.id(), h.number());
        for (HandoverNote n : detail.notes()) {
            if (!numbers.containsKey(n.handoverId())) {
                numbers.put(n.handoverId(), ws.handovers().handover(n.handoverId()).map(Handover::number)
                        .orElse("?"));
            }
        }
        return new Data(ws.sites().site().map(Site::name).orElse(""), ws.sites().zone(), ws.clock().instant(),
                detail, deskName, shift, numbers);
    }

    /** The sheet's pages, the content flowing from page to page. JavaFX thread. */
    public static List<VBox> pages(Messages messages, Data data) {
        PrintPage frame = new PrintPage(messages, data.siteName(), messages.get("print.handoverSheet.title"),
                data.printedAt().atZone(data.zone()), Fonts.rootStyle());
        List<Node> blocks = new HandoverSheetBlocks(messages, data).blocks();
        List<List<Node>> pages = paginate(blocks);
        List<VBox> result = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            result.add(frame.page(i + 1, pages.size(), pages.get(i).toArray(Node[]::new)));
        }
        return result;
    }

    /**
     * Lays the pages out and writes them as a PDF at {@code target}, all on the JavaFX thread: for
     * a test or a tool. The screen uses {@link #savePdf(UiContext, String, Path, Consumer)}.
     */
    public static void writePdf(Messages messages, Data data, Path target) throws IOException {
        PdfPages.save(pages(messages, data), target, title(messages, data));
    }

    /** Reads, lays out and prints the handover; the outcome is said through {@code say}. */
    public static void print(UiContext ctx, Window owner, String handoverId, Consumer<String> say) {
        ctx.run(() -> load(ctx.workstation(), handoverId), data -> {
            Printing.Outcome outcome = Printing.print(owner, title(ctx.messages(), data), pages(ctx.messages(), data));
            say.accept(ctx.text(outcome.messageKey()));
        });
    }

    /** Saves the handover sheet as a PDF at {@code target} (written beside it, then moved into place). */
    public static void savePdf(UiContext ctx, String handoverId, Path target, Consumer<String> say) {
        ctx.run(() -> load(ctx.workstation(), handoverId), data -> {
            List<BufferedImage> images = PdfPages.render(pages(ctx.messages(), data));
            ctx.run(() -> {
                PdfPages.write(images, target, title(ctx.messages(), data));
                return target;
            }, saved -> say.accept(ctx.text("print.pdfSaved", saved.toString())),
                    failure -> say.accept(ctx.errors().describe(failure)));
        });
    }

    /** The file name the save dialog suggests, e.g. {@code 交接班-JJ-20261122-0001.pdf}. */
    public static String fileName(Messages messages, Handover h) {
        return messages.get("print.handoverSheet.fileName", h.number());
    }

    private static String title(Messages messages, Data data) {
        return messages.get("print.handoverSheet.title") + " " + data.detail().handover().number();
    }

    /**
     * The blocks in order, as many on a page as fit under the header; a block taller than a page
     * (a very long list) gets a page of its own and is shrunk there by the PDF and the printer.
     */
    static List<List<Node>> paginate(List<Node> blocks) {
        VBox measure = new VBox(GAP);
        measure.setStyle(Fonts.rootStyle());
        measure.setPrefWidth(PrintPage.CONTENT_WIDTH);
        measure.getChildren().setAll(blocks);
        new Scene(measure);
        measure.applyCss();
        measure.autosize();
        measure.layout();
        double[] heights = blocks.stream().mapToDouble(b -> b.prefHeight(PrintPage.CONTENT_WIDTH)).toArray();
        measure.getChildren().clear();
        double room = PrintPage.HEIGHT - 2 * PrintPage.MARGIN - HEADER;
        List<List<Node>> pages = new ArrayList<>();
        List<Node> page = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!page.isEmpty() && used + GAP + heights[i] > room) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            used += (page.isEmpty() ? 0 : GAP) + heights[i];
            page.add(blocks.get(i));
        }
        pages.add(page);
        return pages;
    }

    // --- shared by the blocks -------------------------------------------------------------------------

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    static String shortTime(Instant at, ZoneId zone) {
        return at == null ? "" : SHORT.format(at.atZone(zone));
    }

    static String clock(LocalTime t) {
        return t == null ? "" : CLOCK.format(t);
    }

    static double width(int column) {
        return WIDTHS[column];
    }

    /** Wrapping text across the content width. */
    static Label text(String s, double size, boolean bold) {
        Label l = PrintPage.label(s, size, bold);
        l.setWrapText(true);
        l.setMaxWidth(PrintPage.CONTENT_WIDTH);
        return l;
    }

    /** A table row of fixed columns; the note column wraps. */
    static HBox row(boolean header, String... cells) {
        HBox row = new HBox();
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinHeight(24);
        for (int i = 0; i < cells.length; i++) {
            Label l = PrintPage.label(cells[i], header ? 12 : 13, header);
            l.setWrapText(true);
            double w = WIDTHS[i];
            l.setMinWidth(w - 8);
            l.setPrefWidth(w - 8);
            l.setMaxWidth(w - 8);
            HBox cell = new HBox(l);
            cell.setPadding(new Insets(2, 4, 2, 4));
            cell.setMinWidth(w);
            cell.setPrefWidth(w);
            cell.setMaxWidth(w);
            row.getChildren().add(cell);
        }
        row.getStyleClass().add(header ? "print-header-row" : "print-row");
        row.setStyle(header ? "-fx-border-color: black; -fx-border-width: 0 0 1.5 0;"
                : "-fx-border-color: #808080; -fx-border-width: 0 0 0.75 0;");
        return row;
    }
}
