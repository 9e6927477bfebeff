package com.frontdesk.parcels;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Site;
import com.frontdesk.core.Messages;
import com.frontdesk.print.PdfPages;
import com.frontdesk.print.PrintPage;
import com.frontdesk.print.PrintPage.Column;
import com.frontdesk.print.Printing;
import com.frontdesk.ui.Fonts;
import com.frontdesk.ui.UiContext;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The stale list: every parcel held beyond the site's days for its size, oldest first, as A4
 * pages for the shift lead to walk the shelves with, tick what is really there, and phone the
 * recipients. Printed or saved as a PDF with no network.
 *
 * <pre>{@code
 * ctx.run(() -> StaleList.load(ctx.workstation()), data -> {
 *     List<VBox> pages = StaleList.pages(ctx.messages(), data);   // JavaFX thread
 *     ...Printing.print(window, title, pages) or PdfPages.render(pages) + write in the background
 * });
 * }</pre>
 * or simply {@link #print(UiContext, Window, Consumer)} and {@link #savePdf(UiContext, Path, Consumer)}.
 */
public final class StaleList {
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** The overdue parcels, read at one instant, with what the page header and the summary need. */
    public record Data(String siteName, ZoneId zone, Instant printedAt, ParcelSettings settings, List<Parcel> overdue) {
        public Data {
            overdue = List.copyOf(overdue);
        }

        /** Whole days the parcel has waited when the list was printed. */
        public long daysHeld(Parcel p) {
            return Duration.between(p.receivedAt(), printedAt).toDays();
        }
    }

    private record Row(int no, Parcel parcel) {
    }

    private StaleList() {
    }

    /**
     * Reads the site and every overdue parcel, a page of held parcels at a time until none are
     * left. Database work: run it through the task executor.
     */
    public static Data load(Workstation ws) {
        return load(ws, ParcelService.MAX_PAGE);
    }

    static Data load(Workstation ws, int pageSize) {
        String siteName = ws.sites().site().map(Site::name).orElse("");
        Instant now = ws.clock().instant();
        ParcelSettings settings = ws.settings().current(ParcelSettings.DOCUMENT);
        List<Parcel> overdue = new ArrayList<>();
        Parcel after = null;
        while (true) {
            List<HeldParcel> page = ws.parcels().held(false, after, pageSize);
            page.stream().filter(HeldParcel::overdue).map(HeldParcel::parcel).forEach(overdue::add);
            if (page.size() < pageSize) {
                break;
            }
            after = page.get(page.size() - 1).parcel();
        }
        return new Data(siteName, ws.sites().zone(), now, settings, overdue);
    }

    /** The pages, {@link PrintPage#ROWS_PER_PAGE} parcels each, the total on every page. JavaFX thread. */
    public static List<VBox> pages(Messages messages, Data data) {
        return pages(messages, data, PrintPage.ROWS_PER_PAGE);
    }

    static List<VBox> pages(Messages messages, Data data, int rowsPerPage) {
        PrintPage frame = new PrintPage(messages, data.siteName(), messages.get("print.staleList.title"),
                data.printedAt().atZone(data.zone()), Fonts.rootStyle());
        List<Row> rows = IntStream.range(0, data.overdue().size())
                .mapToObj(i -> new Row(i + 1, data.overdue().get(i))).toList();
        List<Column<Row>> columns = List.of(
                Column.text(messages.get("print.staleList.col.no"), 32, r -> String.valueOf(r.no())),
                Column.text(messages.get("print.staleList.col.number"), 130, r -> r.parcel().number()),
                Column.text(messages.get("field.trackingNo"), 128, r -> r.parcel().trackingNo()),
                Column.text(messages.get("field.carrier"), 62, r -> messages.get(r.parcel().carrier().messageKey())),
                Column.text(messages.get("field.recipient"), 120, r -> nz(r.parcel().recipientText())),
                Column.text(messages.get("field.shelf"), 44, r -> nz(r.parcel().shelfCode())),
                Column.text(messages.get("print.staleList.col.received"), 78, r -> RECEIVED.format(
                        r.parcel().receivedAt().atZone(data.zone()))),
                Column.text(messages.get("print.staleList.col.days"), 50,
                        r -> String.valueOf(data.daysHeld(r.parcel()))),
                Column.tickBox(messages.get("print.staleList.col.found"), 48));
        return frame.table(columns, rows, rowsPerPage, () -> summary(messages, data), () -> signature(messages));
    }

    /** Reads, lays out and prints; the outcome is said through {@code say}. */
    public static void print(UiContext ctx, Window owner, Consumer<String> say) {
        ctx.run(() -> load(ctx.workstation()), data -> {
            Printing.Outcome outcome = Printing.print(owner, ctx.text("print.staleList.title"),
                    pages(ctx.messages(), data));
            say.accept(ctx.text(outcome.messageKey()));
        });
    }

    /** Saves the list as a PDF at {@code target} (written beside it, then moved into place). */
    public static void savePdf(UiContext ctx, Path target, Consumer<String> say) {
        ctx.run(() -> load(ctx.workstation()), data -> {
            List<BufferedImage> images = PdfPages.render(pages(ctx.messages(), data));
            ctx.run(() -> {
                PdfPages.write(images, target, ctx.text("print.staleList.title"));
                return target;
            }, saved -> say.accept(ctx.text("print.pdfSaved", saved.toString())),
                    failure -> say.accept(ctx.errors().describe(failure)));
        });
    }

    private static Node summary(Messages messages, Data data) {
        Label total = PrintPage.label(data.overdue().isEmpty()
                ? messages.get("print.staleList.none")
                : messages.get("print.staleList.total", data.overdue().size(), data.settings().overdueDays(),
                        data.settings().perishableOverdueDays()),
                15, true);
        total.setId("staleListTotal");
        total.setWrapText(true);
        total.setMaxWidth(PrintPage.CONTENT_WIDTH);
        return total;
    }

    private static Node signature(Messages messages) {
        HBox line = new HBox(PrintPage.label(messages.get("print.staleList.signature"), 13, false));
        line.setPadding(new Insets(16, 0, 0, 0));
        return line;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
