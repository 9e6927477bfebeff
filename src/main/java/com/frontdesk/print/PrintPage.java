package com.frontdesk.print;

import com.frontdesk.core.Messages;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The frame of a printed A4 page: white paper, black text, and a header with the site's name, the
 * title, when it was printed (in the site's zone) and "page x of n". A long list becomes several
 * pages with a fixed number of rows each, the column titles repeated on every page. Sizes are
 * pixels at 96 per inch, so a page is 794 x 1123 (A4 portrait); {@link PdfPages} and
 * {@link Printing} turn it into paper.
 *
 * <pre>{@code
 * PrintPage frame = new PrintPage(messages, siteName, title, printedAt, Fonts.rootStyle());
 * List<VBox> pages = frame.table(columns, rows, PrintPage.ROWS_PER_PAGE, () -> summary, null);
 * }</pre>
 */
public final class PrintPage {
    public static final double WIDTH = 794;
    public static final double HEIGHT = 1123;
    /** 12.7 mm on every side: inside what every office printer can reach. */
    public static final double MARGIN = 48;
    public static final double CONTENT_WIDTH = WIDTH - 2 * MARGIN;
    public static final double ROW_HEIGHT = 30;
    /** Rows that fit under the header with a line above and a line below the table. */
    public static final int ROWS_PER_PAGE = 25;

    private static final DateTimeFormatter PRINTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String PAPER = "-fx-background-color: white; -fx-background: white;"
            + " -fx-text-background-color: black;";

    private final Messages messages;
    private final String siteName;
    private final String title;
    private final ZonedDateTime printedAt;
    private final String fontStyle;

    /**
     * @param printedAt the time to print in the header, already in the site's zone
     * @param fontStyle CSS for the page root that names a font with Chinese glyphs (ui.Fonts.rootStyle()); may be empty
     */
    public PrintPage(Messages messages, String siteName, String title, ZonedDateTime printedAt, String fontStyle) {
        this.messages = Objects.requireNonNull(messages);
        this.siteName = siteName == null ? "" : siteName;
        this.title = Objects.requireNonNull(title);
        this.printedAt = Objects.requireNonNull(printedAt);
        this.fontStyle = fontStyle == null ? "" : fontStyle;
    }

    /** One column of a table: its title, its width in pixels and how a row fills its cell. */
    public record Column<T>(String title, double width, Function<T, Node> cell) {
        public static <T> Column<T> text(String title, double width, Function<T, String> text) {
            return new Column<>(title, width, row -> cellLabel(text.apply(row)));
        }

        /** An empty square to tick by hand (the fire marshal's "seen"). */
        public static <T> Column<T> tickBox(String title, double width) {
            return new Column<>(title, width, row -> PrintPage.tickBox());
        }
    }

    /** Page {@code number} of {@code count}: the header, then the content from the top. */
    public VBox page(int number, int count, Node... content) {
        VBox page = new VBox(8);
        page.setStyle(PAPER + fontStyle);
        page.setPadding(new Insets(MARGIN));
        page.setMinSize(WIDTH, HEIGHT);
        page.setPrefSize(WIDTH, HEIGHT);
        page.setMaxSize(WIDTH, HEIGHT);
        page.getChildren().add(header(number, count));
        page.getChildren().addAll(content);
        return page;
    }

    /**
     * The rows as pages of {@code rowsPerPage} rows (at least one page, even for no rows). Each
     * page gets a fresh node from {@code above} (e.g. a total) and {@code below} (e.g. a line to
     * sign), if given.
     */
    public <T> List<VBox> table(List<Column<T>> columns, List<T> rows, int rowsPerPage,
                                Supplier<? extends Node> above, Supplier<? extends Node> below) {
        List<List<T>> chunks = split(rows, rowsPerPage);
        List<VBox> pages = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            List<Node> content = new ArrayList<>();
            if (above != null) {
                content.add(above.get());
            }
            VBox table = new VBox();
            table.getChildren().add(headerRow(columns));
            for (T row : chunks.get(i)) {
                table.getChildren().add(row(columns, row));
            }
            content.add(table);
            if (below != null) {
                content.add(below.get());
            }
            pages.add(page(i + 1, chunks.size(), content.toArray(Node[]::new)));
        }
        return pages;
    }

    /** Consecutive slices of at most {@code perPage} rows; one empty slice for no rows. */
    public static <T> List<List<T>> split(List<T> rows, int perPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage must be at least 1");
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += perPage) {
            chunks.add(List.copyOf(rows.subList(from, Math.min(rows.size(), from + perPage))));
        }
        if (chunks.isEmpty()) {
            chunks.add(List.of());
        }
        return chunks;
    }

    /** Black text of the given size in pixels, optionally bold, for page content. */
    public static Label label(String text, double size, boolean bold) {
        Label label = new Label(text == null ? "" : text);
        label.setStyle("-fx-text-fill: black; -fx-font-size: " + size + "px;"
                + (bold ? " -fx-font-weight: bold;" : ""));
        return label;
    }

    private Node header(int number, int count) {
        Label site = label(siteName, 14, true);
        site.setId("printSite");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label pageNo = label(messages.get("print.pageOf", number, count), 12, false);
        pageNo.setId("printPageNo");
        HBox top = new HBox(site, gap, pageNo);
        top.setAlignment(Pos.BASELINE_LEFT);

        Label heading = label(title, 22, true);
        heading.setId("printTitle");
        Label printed = label(messages.get("print.printedAt", PRINTED_AT.format(printedAt),
                printedAt.getZone().getId()), 12, false);
        printed.setId("printPrintedAt");

        VBox header = new VBox(4, top, heading, printed);
        header.setPadding(new Insets(0, 0, 6, 0));
        header.setStyle("-fx-border-color: black; -fx-border-width: 0 0 1.5 0;");
        return header;
    }

    private static <T> HBox headerRow(List<Column<T>> columns) {
        HBox row = new HBox();
        for (Column<T> c : columns) {
            Label title = label(c.title(), 12, true);
            row.getChildren().add(cell(c.width(), title));
        }
        fixHeight(row);
        row.setStyle("-fx-border-color: black; -fx-border-width: 0 0 1.5 0;");
        return row;
    }

    private static <T> HBox row(List<Column<T>> columns, T item) {
        HBox row = new HBox();
        row.getStyleClass().add("print-row");
        for (Column<T> c : columns) {
            row.getChildren().add(cell(c.width(), c.cell().apply(item)));
        }
        fixHeight(row);
        row.setStyle("-fx-border-color: #808080; -fx-border-width: 0 0 0.75 0;");
        return row;
    }

    private static void fixHeight(HBox row) {
        row.setMinHeight(ROW_HEIGHT);
        row.setPrefHeight(ROW_HEIGHT);
        row.setMaxHeight(ROW_HEIGHT);
        row.setAlignment(Pos.CENTER_LEFT);
    }

    private static StackPane cell(double width, Node content) {
        StackPane cell = new StackPane(content);
        cell.setAlignment(Pos.CENTER_LEFT);
        cell.setPadding(new Insets(0, 4, 0, 4));
        cell.setMinWidth(width);
        cell.setPrefWidth(width);
        cell.setMaxWidth(width);
        if (content instanceof Label l) {
            l.setMaxWidth(width - 8);
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
        }
        return cell;
    }

    private static Label cellLabel(String text) {
        return label(text, 13, false);
    }

    private static Node tickBox() {
        Region box = new Region();
        box.setMinSize(16, 16);
        box.setPrefSize(16, 16);
        box.setMaxSize(16, 16);
        box.setStyle("-fx-border-color: black; -fx-border-width: 1.5; -fx-background-color: white;");
        return box;
    }
}
