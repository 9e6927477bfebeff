package com.frontdesk.ui;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Selects a record once a list that loads in the background holds it: the record just taken at
 * intake, the one a step changed (it may have moved or left the list), or the one selected before
 * the list was read again. A record not on the list stays wanted until a reload brings it.
 *
 * @param <T> the row record
 */
public final class Reselect<T> {
    private final TableView<T> table;
    private final Function<T, String> id;
    private String wanted;

    /** @param id a row's record id */
    public Reselect(TableView<T> table, Function<T, String> id) {
        this.table = table;
        this.id = id;
        table.getItems().addListener((ListChangeListener<T>) c -> selectWanted());
    }

    /** Selects the record with this id when it is on the list; null wants none. */
    public void select(String recordId) {
        wanted = recordId;
    }

    /** Before a reload: the row selected now is selected again, unless another is wanted. */
    public void keepSelected() {
        T selected = table.getSelectionModel().getSelectedItem();
        if (wanted == null && selected != null) {
            wanted = id.apply(selected);
        }
    }

    private void selectWanted() {
        if (wanted == null) {
            return;
        }
        List<T> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (id.apply(items.get(i)).equals(wanted)) {
                wanted = null;
                int row = i;
                // The list is still being changed: select once it is done.
                Platform.runLater(() -> {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                });
                return;
            }
        }
    }
}
