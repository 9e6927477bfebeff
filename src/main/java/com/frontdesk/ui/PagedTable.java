package com.frontdesk.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;

/**
 * A table filled a page at a time from SQL (keyset paging): "Load more" asks for the rows after
 * the last one shown. One request at a time, so quick clicks never add a page twice.
 *
 * @param <T> the row record
 */
public final class PagedTable<T> {
    private final UiContext ctx;
    private final BiFunction<T, Integer, List<T>> fetchAfter;
    private final int pageSize;
    private final TableView<T> table = new TableView<>();
    private final Button more = new Button();
    private boolean loading;
    private boolean complete;
    private int generation;

    /** @param fetchAfter the rows after the given one (null: from the start), at most the given count; runs off the FX thread */
    public PagedTable(UiContext ctx, BiFunction<T, Integer, List<T>> fetchAfter, int pageSize) {
        this.ctx = ctx;
        this.fetchAfter = fetchAfter;
        this.pageSize = pageSize;
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        more.setText(ctx.text("list.more"));
        more.setOnAction(e -> loadMore());
        more.setDisable(true);
    }

    public TableView<T> table() {
        return table;
    }

    public Button moreButton() {
        return more;
    }

    /** The list takes the focus with a row selected, so the arrow keys and a record's keys work at once. */
    public void focus() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    public void addColumn(String title, Function<T, String> value) {
        table.getColumns().add(Tables.column(title, value));
    }

    /** Starts again from the first page; an answer still coming for the old list is dropped. */
    public void reload() {
        generation++;
        table.getItems().clear();
        loading = false;
        complete = false;
        loadMore();
    }

    private void loadMore() {
        if (loading || complete) {
            return;
        }
        loading = true;
        more.setDisable(true);
        int asked = generation;
        T last = table.getItems().isEmpty() ? null : table.getItems().get(table.getItems().size() - 1);
        ctx.run(() -> fetchAfter.apply(last, pageSize), page -> {
            if (asked != generation) {
                return;
            }
            table.getItems().addAll(page);
            loading = false;
            complete = page.size() < pageSize;
            more.setDisable(complete);
        }, failure -> {
            if (asked != generation) {
                return;
            }
            loading = false;
            more.setDisable(false);
            ctx.errors().report(failure);
        });
    }
}
