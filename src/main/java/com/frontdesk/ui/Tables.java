package com.frontdesk.ui;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Read-only text columns for tables of records. */
public final class Tables {
    private Tables() {
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** The same, starting at a width that fits what it shows. */
    public static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = column(title, value);
        c.setPrefWidth(width);
        return c;
    }

    /**
     * Makes a column as wide as its title and the widest of the texts it shows, and never narrower:
     * a short value cut short reads as nothing.
     */
    public static <T> TableColumn<T, String> fitted(TableColumn<T, String> c, Stream<String> texts) {
        c.setPrefWidth(fit(Stream.concat(Stream.of(c.getText()), texts).toArray(String[]::new)));
        c.setMinWidth(c.getPrefWidth());
        return c;
    }

    /**
     * A column of figures: right-aligned, so units line up under units, and never narrower than
     * its title or a four-digit figure.
     */
    public static <T> TableColumn<T, String> figures(String title, Function<T, String> value) {
        TableColumn<T, String> c = column(title, fit(title, "1000"), value);
        c.setMinWidth(c.getPrefWidth());
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** A column of whole numbers, as {@link #figures}. */
    public static <T> TableColumn<T, String> counts(String title, ToIntFunction<T> value) {
        return figures(title, row -> Integer.toString(value.applyAsInt(row)));
    }

    /** Shows the rows that {@code bold} picks (the totals of a table of figures) in bold. */
    public static <T> void boldRows(TableView<T> table, Predicate<T> bold) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && bold.test(item) ? "-fx-font-weight: bold;" : "");
            }
        });
    }

    /**
     * Puts a long column title on two lines, so a wide table of figures still fits the window
     * where the titles are long (English): broken at the space, or before the bracket, that halves
     * it best ("1st resp. h" over "(median)"), when neither line is shorter than three characters
     * and the column gets narrower by a good part. The column is as wide as the longer line;
     * headers are bold, a little wider than {@link #fit} counts.
     */
    public static <T, V> TableColumn<T, V> twoLineTitle(TableColumn<T, V> c) {
        String title = c.getText();
        String[] lines = {title};
        for (int i = 1; i < title.length() - 1; i++) {
            char ch = title.charAt(i);
            String[] split = ch == ' ' ? new String[] {title.substring(0, i), title.substring(i + 1)}
                    : ch == '(' || ch == '（' ? new String[] {title.substring(0, i), title.substring(i)} : null;
            if (split != null && split[0].strip().length() > 2 && split[1].strip().length() > 2
                    && fit(split) < fit(lines)) {
                lines = split;
            }
        }
        if (fit(lines) > 0.85 * fit(title)) {
            lines = new String[] {title};
        }
        c.setText(String.join("\n", lines));
        double width = Math.ceil(Math.max(fit(lines) * 1.1, fit("1000")));
        c.setMinWidth(width);
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A column width that fits the longest text at the stylesheet's 14px: Chinese characters are
     * square, digits and Latin letters about half as wide; the rest is the cell's padding.
     */
    public static double fit(String... texts) {
        double widest = 0;
        for (String t : texts) {
            widest = Math.max(widest, t.codePoints().mapToDouble(ch -> ch >= 0x2E80 ? 14.5 : 7.8).sum());
        }
        return Math.ceil(widest) + 18;
    }
}
