package com.frontdesk.ui;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * A record's timeline: when, which step, by whom, and the remark. It is as tall as its steps up
 * to {@value #ROWS}, so what the detail shows below it stays near. The detail beside a list is
 * narrow: the time column is as wide as what it shows; the step column too, but no wider than
 * {@value #STEP_WIDTH} px ("完工，业主签字" whole, a long English step cut), so who took the step keeps
 * room for a name of three characters; the remark takes the rest, on one line, whole in its tooltip,
 * so every row has one height and the table can be sized to them.
 *
 * @param <E> one line of the timeline
 */
public final class TimelineTable<E> {
    private static final int ROWS = 8;
    private static final double ROW_HEIGHT = 26;
    private static final double STEP_WIDTH = 150;
    private final TableView<E> table = new TableView<>();
    private final TableColumn<E, String> when;
    private final Function<E, Instant> at;
    private final ShortTime time;

    /** @param stepNames every name the step column can show, so it is wide enough from the start */
    public TimelineTable(UiContext ctx, String id, Function<E, Instant> at, Function<E, String> step,
                         Collection<String> stepNames, Function<E, String> by, Function<E, String> remark) {
        this.at = at;
        this.time = new ShortTime(ctx);
        table.setId(id);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        table.setFocusTraversable(false);
        table.setPlaceholder(new Label(""));
        when = Tables.fitted(Tables.column(ctx.text("timeline.when"), e -> time.format(at.apply(e))),
                Stream.of(ShortTime.SAMPLE));
        TableColumn<E, String> stepColumn = Tables.fitted(Tables.column(ctx.text("timeline.step"), step),
                stepNames.stream());
        stepColumn.setPrefWidth(Math.min(stepColumn.getPrefWidth(), STEP_WIDTH));
        stepColumn.setMinWidth(stepColumn.getPrefWidth());
        TableColumn<E, String> remarkColumn = Tables.column(ctx.text("timeline.remark"), 200, remark);
        remarkColumn.setCellFactory(c -> new RemarkCell<>());
        TableColumn<E, String> byColumn = Tables.fitted(Tables.column(ctx.text("timeline.by"), by),
                Stream.of("欧阳明月"));
        // A four-character name may be cut where the detail is narrow, a common one of three never.
        byColumn.setMinWidth(Tables.fit(byColumn.getText(), "王师傅"));
        table.getColumns().addAll(List.of(when, stepColumn, byColumn, remarkColumn));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        show(List.of());
    }

    public TableView<E> table() {
        return table;
    }

    public void show(List<E> events) {
        table.getItems().setAll(events);
        // A date of another year is longer: the time column widens to it.
        Tables.fitted(when, Stream.concat(Stream.of(ShortTime.SAMPLE),
                events.stream().map(e -> time.format(at.apply(e)))));
        table.setPrefHeight(ROW_HEIGHT * (Math.min(Math.max(events.size(), 1), ROWS) + 1) + 6);
    }

    private static final class RemarkCell<E> extends TableCell<E, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
        }
    }
}
