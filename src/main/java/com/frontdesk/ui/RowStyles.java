package com.frontdesk.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Rows flagged by the stylesheet: an overdue record red ({@value #OVERDUE}), one waiting for the
 * shift lead amber ({@value #ESCALATED}). A row cell shows one record after another as the list
 * scrolls, so the flag of the record shown before is always taken off first.
 */
public final class RowStyles {
    public static final String OVERDUE = "overstay";
    public static final String ESCALATED = "escalated";
    private static final List<String> ALL = List.of(OVERDUE, ESCALATED);

    private RowStyles() {
    }

    /** @param style the record's flag ({@link #OVERDUE}, {@link #ESCALATED}) or null for none */
    public static <T> void install(TableView<T> table, Function<T, String> style) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(ALL);
                String flag = empty || item == null ? null : style.apply(item);
                if (flag != null) {
                    getStyleClass().add(flag);
                }
            }
        });
    }
}
