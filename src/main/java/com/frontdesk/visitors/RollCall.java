package com.frontdesk.visitors;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.Site;
import com.frontdesk.core.Messages;
import com.frontdesk.print.PrintPage;
import com.frontdesk.print.PrintPage.Column;
import com.frontdesk.ui.Fonts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The evacuation roll call: every visitor inside now (on site or waiting in the lounge), as A4
 * pages for the fire marshal to tick off at the assembly point, printed or saved as a PDF with no
 * network. Names are printed in full, unlike on the visitor slip: in an evacuation the marshal must
 * identify each person and report anyone missing by name, and the sheet stays with the marshal.
 *
 * <pre>{@code
 * ctx.run(() -> RollCall.load(ctx.workstation()), data -> {
 *     List<VBox> pages = RollCall.pages(ctx.messages(), data);   // JavaFX thread
 *     ...Printing.print(window, title, pages) or PdfPages.render(pages) + write in the background
 * });
 * }</pre>
 */
public final class RollCall {
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** Who is inside, read at one instant, with what the page header needs. */
    public record Data(String siteName, ZoneId zone, Instant printedAt, List<Visit> inside) {
        public Data {
            inside = List.copyOf(inside);
        }

        /** The people to account for: a visit of a group counts every member. */
        public int totalPersons() {
            return inside.stream().mapToInt(Visit::headCount).sum();
        }

        public int waiting() {
            return (int) inside.stream().filter(v -> v.status() == VisitStatus.WAITING).count();
        }
    }

    /** A line of the sheet: its number and the visit. */
    private record Row(int no, Visit visit) {
    }

    private RollCall() {
    }

    /** Reads the site and everyone inside. Database work: run it through the task executor. */
    public static Data load(Workstation ws) {
        String siteName = ws.sites().site().map(Site::name).orElse("");
        return new Data(siteName, ws.sites().zone(), ws.clock().instant(), ws.visitors().everyoneInside());
    }

    /** The pages, {@link PrintPage#ROWS_PER_PAGE} visits each, the total on every page. JavaFX thread. */
    public static List<VBox> pages(Messages messages, Data data) {
        return pages(messages, data, PrintPage.ROWS_PER_PAGE);
    }

    static List<VBox> pages(Messages messages, Data data, int rowsPerPage) {
        PrintPage frame = new PrintPage(messages, data.siteName(), messages.get("print.rollCall.title"),
                data.printedAt().atZone(data.zone()), Fonts.rootStyle());
        List<Row> rows = IntStream.range(0, data.inside().size())
                .mapToObj(i -> new Row(i + 1, data.inside().get(i))).toList();
        List<Column<Row>> columns = List.of(
                Column.text(messages.get("print.rollCall.col.no"), 36, r -> String.valueOf(r.no())),
                Column.text(messages.get("field.visitorName"), 104, r -> r.visit().visitorName()),
                Column.text(messages.get("print.rollCall.col.persons"), 56, r -> String.valueOf(r.visit().headCount())),
                Column.text(messages.get("field.company"), 100, r -> nz(r.visit().company())),
                Column.text(messages.get("field.host"), 118, r -> nz(r.visit().hostText())),
                Column.text(messages.get("print.rollCall.col.pass"), 54, r -> nz(r.visit().passNo())),
                Column.text(messages.get("print.rollCall.col.since"), 84, r -> r.visit().checkedInAt() == null
                        ? "" : SINCE.format(r.visit().checkedInAt().atZone(data.zone()))),
                Column.text(messages.get("print.rollCall.col.status"), 96, r -> messages.get(statusKey(r.visit()))),
                Column.tickBox(messages.get("print.rollCall.col.seen"), 50));
        return frame.table(columns, rows, rowsPerPage, () -> summary(messages, data), () -> signature(messages));
    }

    private static Node summary(Messages messages, Data data) {
        Label total = PrintPage.label(data.inside().isEmpty()
                ? messages.get("print.rollCall.nobody")
                : messages.get("print.rollCall.total", data.totalPersons(), data.inside().size(), data.waiting()),
                15, true);
        total.setId("rollCallTotal");
        total.setWrapText(true);
        total.setMaxWidth(PrintPage.CONTENT_WIDTH);
        return total;
    }

    private static Node signature(Messages messages) {
        HBox line = new HBox(PrintPage.label(messages.get("print.rollCall.signature"), 13, false));
        line.setPadding(new Insets(16, 0, 0, 0));
        return line;
    }

    private static String statusKey(Visit v) {
        return v.status() == VisitStatus.WAITING ? "print.rollCall.waiting" : "print.rollCall.onSite";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
