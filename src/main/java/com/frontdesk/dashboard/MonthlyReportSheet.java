package com.frontdesk.dashboard;

import com.frontdesk.core.Messages;
import com.frontdesk.print.PdfPages;
import com.frontdesk.print.PrintPage;
import com.frontdesk.ui.Fonts;
import com.frontdesk.ui.UiContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The monthly report on A4 paper and as a PDF: the repairs' table, then the complaints', each row a
 * category in a month, the month's total and the range's total in bold; a table running over a
 * page repeats its header. Drawn like every printed page of the program ({@link PrintPage},
 * {@link PdfPages}): the PDF holds the pages as images, so Chinese needs no embedded font.
 */
public final class MonthlyReportSheet {
    /** Table rows on a page under the header, with room for a section title and a wrapped header row. */
    static final int ROWS_PER_PAGE = 48;
    private static final double FONT = 10;
    private static final double MONTH_WIDTH = 100;
    private static final double CATEGORY_WIDTH = 80;

    private record Line(List<String> cells, boolean bold) {
    }

    private MonthlyReportSheet() {
    }

    /** The pages, JavaFX thread. */
    public static List<VBox> pages(Messages messages, String siteName, ZonedDateTime printedAt, MonthlyReport r) {
        PrintPage frame = new PrintPage(messages, siteName, title(messages, r), printedAt, Fonts.rootStyle());
        List<List<Node>> pages = new ArrayList<>();
        List<Node> page = new ArrayList<>();
        int rows = 0;
        for (Section s : sections(messages, r)) {
            if (rows + 3 > ROWS_PER_PAGE) {
                pages.add(page);
                page = new ArrayList<>();
                rows = 0;
            }
            VBox table = table(page, s.title(), s);
            rows += 2;
            for (Line l : s.lines()) {
                if (rows == ROWS_PER_PAGE) {
                    pages.add(page);
                    page = new ArrayList<>();
                    table = table(page, messages.get("report.continued", s.title()), s);
                    rows = 2;
                }
                table.getChildren().add(row(l.cells(), s.widths(), l.bold(), false));
                rows++;
            }
        }
        pages.add(page);
        List<VBox> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            out.add(frame.page(i + 1, pages.size(), pages.get(i).toArray(Node[]::new)));
        }
        return out;
    }

    /** Lays the pages out and writes the PDF, on the JavaFX thread: for a test or a tool. */
    public static void writePdf(Messages messages, String siteName, ZonedDateTime printedAt, MonthlyReport r,
                                Path target) throws IOException {
        PdfPages.save(pages(messages, siteName, printedAt, r), target, title(messages, r));
    }

    /** Draws the pages here (FX thread), compresses and saves them on the executor; the outcome through {@code say}. */
    public static void savePdf(UiContext ctx, MonthlyReport r, Path target, Consumer<String> say) {
        String site = ctx.workstation().sites().site().map(s -> s.name()).orElse("");
        ZonedDateTime now = ZonedDateTime.now(ctx.workstation().clock()).withZoneSameInstant(
                ctx.workstation().sites().zone());
        List<BufferedImage> images = PdfPages.render(pages(ctx.messages(), site, now, r));
        ctx.run(() -> {
            PdfPages.write(images, target, title(ctx.messages(), r));
            return target;
        }, saved -> say.accept(ctx.text("print.pdfSaved", saved.toString())),
                failure -> say.accept(ctx.errors().describe(failure)));
    }

    /** A section's title and its table, with the header row, added to the page; the rows go into the table. */
    private static VBox table(List<Node> page, String title, Section s) {
        VBox table = new VBox(row(s.titles(), s.widths(), true, true));
        page.add(PrintPage.label(title, 14, true));
        page.add(table);
        return table;
    }

    /** "月度报表 2026-01 – 2026-12". */
    static String title(Messages messages, MonthlyReport r) {
        return messages.get("report.title", r.from().toString(), r.to().toString());
    }

    private record Section(String title, List<String> titles, double[] widths, List<Line> lines) {
    }

    private static List<Section> sections(Messages m, MonthlyReport r) {
        List<Line> repairs = r.repairs().stream().map(l -> new Line(MonthlyReportCells.repair(l, r, m),
                l.total())).toList();
        List<Line> complaints = r.complaints().stream().map(l -> new Line(
                MonthlyReportCells.complaint(l, r, m), l.total())).toList();
        return List.of(
                new Section(m.get("report.repairsTitle"), titles(m, MonthlyReportCells.REPAIR_TITLES),
                        widths(MonthlyReportCells.REPAIR_TITLES.size()), repairs),
                new Section(m.get("report.complaintsTitle"), titles(m, MonthlyReportCells.COMPLAINT_TITLES),
                        widths(MonthlyReportCells.COMPLAINT_TITLES.size()), complaints));
    }

    private static List<String> titles(Messages m, List<String> keys) {
        return keys.stream().map(m::get).toList();
    }

    /** Month and category get room for their text; the figures share the rest of the width. */
    private static double[] widths(int columns) {
        double[] w = new double[columns];
        w[0] = MONTH_WIDTH;
        w[1] = CATEGORY_WIDTH;
        double figure = (PrintPage.CONTENT_WIDTH - MONTH_WIDTH - CATEGORY_WIDTH) / (columns - 2);
        for (int i = 2; i < columns; i++) {
            w[i] = figure;
        }
        return w;
    }

    private static HBox row(List<String> cells, double[] widths, boolean bold, boolean header) {
        HBox row = new HBox();
        row.getStyleClass().add(header ? "report-header" : "report-row");
        for (int i = 0; i < cells.size(); i++) {
            Label cell = PrintPage.label(cells.get(i), FONT, bold);
            cell.setWrapText(header);
            cell.setMinWidth(widths[i]);
            cell.setPrefWidth(widths[i]);
            cell.setMaxWidth(widths[i]);
            cell.setAlignment(i < 2 ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
            cell.setStyle(cell.getStyle() + " -fx-padding: 1 3 1 3;");
            row.getChildren().add(cell);
        }
        row.setAlignment(Pos.BOTTOM_LEFT);
        row.setStyle(header ? "-fx-border-color: black; -fx-border-width: 0 0 1 0;"
                : "-fx-border-color: #a0a0a0; -fx-border-width: 0 0 0.5 0;");
        return row;
    }
}
