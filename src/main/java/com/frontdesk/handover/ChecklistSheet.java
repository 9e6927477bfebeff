package com.frontdesk.handover;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The checklist as a sheet of fields rather than an editable table: the receptionist types the
 * count, Tab to the condition, Tab to the note, Tab to the next line, as on the paper book, and a
 * table's cell editors lose what was typed when the focus leaves them. A line is stored when the
 * focus leaves it (or on Enter, which goes on to the next line). Lines the program counts show the
 * count and the list behind it and take no focus. A line with a difference and no note is marked
 * until it has one, as the outgoing signature needs it.
 */
final class ChecklistSheet {
    static final String DIFFERENCE = "handover-difference";
    private static final int DETAIL_LINES = 3;

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> error;
    private final GridPane grid = new GridPane();
    private final List<Line> lines = new ArrayList<>();
    private String handoverId;

    /** @param error shows a count the service refused (blank clears it) */
    ChecklistSheet(UiContext ctx, Session session, Consumer<String> error) {
        this.ctx = ctx;
        this.session = session;
        this.error = error;
        grid.setId("handoverSheet");
        grid.getStyleClass().add("handover-sheet");
        grid.setHgap(10);
        grid.setVgap(4);
    }

    Node node() {
        return grid;
    }

    /** Shows the handover's lines; editable only while it is a draft. */
    void show(HandoverDetail detail) {
        grid.getChildren().clear();
        lines.clear();
        handoverId = detail == null ? null : detail.handover().id();
        if (detail == null) {
            return;
        }
        String[] titles = {"handoverView.col.item", "handoverView.col.expected", "handoverView.col.counted",
                "handoverView.col.condition", "handoverView.col.note"};
        for (int c = 0; c < titles.length; c++) {
            grid.add(Forms.sectionTitle(ctx.text(titles[c])), c, 0);
        }
        boolean editable = detail.handover().draft();
        for (HandoverItem item : detail.items()) {
            lines.add(item.automatic() ? autoLine(item) : new Line(item, editable));
        }
    }

    /** The first line still to count, or the first line; false if there is none to type in. */
    boolean focusFirst() {
        Line first = lines.stream().filter(l -> l.counted != null && !l.counted.isDisabled())
                .filter(l -> l.counted.getText().isBlank()).findFirst()
                .orElse(lines.stream().filter(l -> l.counted != null && !l.counted.isDisabled()).findFirst()
                        .orElse(null));
        if (first == null) {
            return false;
        }
        first.counted.requestFocus();
        return true;
    }

    /** Stores every line typed and not stored yet, before the outgoing signature reads them. */
    void commitAll() {
        lines.stream().filter(l -> l.counted != null).forEach(Line::commit);
    }

    private Line autoLine(HandoverItem item) {
        int row = lines.size() + 1;
        grid.add(new Label(item.name()), 0, row);
        grid.add(muted("—"), 1, row);
        Label count = new Label(item.counted() == null ? "" : Integer.toString(item.counted()));
        count.setId("handoverAuto-" + item.code());
        grid.add(count, 2, row);
        grid.add(muted(ctx.text("handoverView.autoCounted")), 3, row);
        String detail = item.autoDetail() == null ? "" : item.autoDetail().strip();
        List<String> shown = detail.lines().limit(DETAIL_LINES).toList();
        String more = detail.lines().count() > DETAIL_LINES ? "\n…" : "";
        Label list = Forms.wrapping(muted(String.join("\n", shown) + more));
        list.setId("handoverAutoDetail-" + item.code());
        if (!detail.isEmpty()) {
            list.setTooltip(new Tooltip(detail));
        }
        grid.add(list, 4, row);
        return new Line(item);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    /** What a line asks the service to store, so the same values are not sent twice while one write is on its way. */
    private record Count(Integer counted, ItemCondition condition, String note) {
    }

    /** One line of the sheet and what of it is stored. */
    private final class Line {
        private HandoverItem stored;
        private Count sent;
        private final TextField counted;
        private final ComboBox<ItemCondition> condition;
        private final TextField note;
        private final Region mark;

        /** An automatic line: nothing to type. */
        private Line(HandoverItem item) {
            this.stored = item;
            this.counted = null;
            this.condition = null;
            this.note = null;
            this.mark = null;
        }

        private Line(HandoverItem item, boolean editable) {
            this.stored = item;
            this.sent = new Count(item.counted(), item.condition(), item.note());
            int row = lines.size() + 1;
            mark = new Region();
            mark.getStyleClass().add("handover-line");
            grid.add(mark, 0, row, 5, 1);
            grid.add(new Label(item.name()), 0, row);
            Label expected = new Label(Integer.toString(item.expected()));
            grid.add(expected, 1, row);
            GridPane.setHalignment(expected, HPos.RIGHT);
            counted = new TextField(item.counted() == null ? "" : Integer.toString(item.counted()));
            counted.setId("handoverCount-" + item.code());
            counted.setPrefColumnCount(4);
            counted.setAlignment(Pos.CENTER_RIGHT);
            condition = new ComboBox<>();
            condition.setId("handoverCondition-" + item.code());
            condition.getItems().setAll(ItemCondition.values());
            condition.setConverter(Converters.showing(c -> ctx.text(c.messageKey()), ""));
            condition.setValue(item.condition() == null ? ItemCondition.GOOD : item.condition());
            note = new TextField(item.note() == null ? "" : item.note());
            note.setId("handoverNote-" + item.code());
            note.setPrefColumnCount(22);
            grid.add(counted, 2, row);
            grid.add(condition, 3, row);
            grid.add(note, 4, row);
            for (Control c : List.of(counted, condition, note)) {
                c.setDisable(!editable);
                c.focusedProperty().addListener((obs, was, now) -> {
                    if (was && !now) {
                        // The focus may only be moving along the line: store once it has left it.
                        Platform.runLater(() -> {
                            if (!counted.isFocused() && !condition.isFocused() && !note.isFocused()) {
                                commit();
                            }
                        });
                    }
                });
            }
            counted.textProperty().addListener((obs, old, now) -> marked());
            condition.valueProperty().addListener((obs, old, now) -> marked());
            note.textProperty().addListener((obs, old, now) -> marked());
            for (TextField f : List.of(counted, note)) {
                f.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                        e.consume();
                        commit();
                        next();
                    }
                });
            }
            marked();
        }

        /** A difference from the expected count, or not good, and no note: the signature would be refused. */
        private void marked() {
            Integer n = number();
            boolean differs = n != null && (n != stored.expected() || condition.getValue() != ItemCondition.GOOD);
            boolean flagged = differs && note.getText().isBlank();
            mark.getStyleClass().remove(DIFFERENCE);
            if (flagged) {
                mark.getStyleClass().add(DIFFERENCE);
            }
        }

        private Integer number() {
            try {
                return Integer.valueOf(counted.getText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private void commit() {
            if (handoverId == null || counted.isDisabled() || counted.getText().isBlank()) {
                return;
            }
            Integer n = number();
            if (n == null) {
                error.accept(ctx.text("handoverView.countNotNumber", stored.name()));
                return;
            }
            ItemCondition c = condition.getValue();
            String text = note.getText().isBlank() ? null : note.getText().strip();
            Count count = new Count(n, c, text);
            if (count.equals(sent)) {
                return;
            }
            sent = count;
            String id = handoverId;
            String code = stored.code();
            ctx.run(() -> ctx.workstation().handovers().count(session, id, code, n, c, text), saved -> {
                if (id.equals(handoverId)) {
                    stored = saved;
                    error.accept("");
                }
            }, failure -> {
                // Refused: the same values typed again are sent again.
                sent = new Count(stored.counted(), stored.condition(), stored.note());
                error.accept(ctx.errors().describe(failure));
            });
        }

        private void next() {
            int i = lines.indexOf(this);
            lines.stream().skip(i + 1L).filter(l -> l.counted != null).findFirst()
                    .ifPresent(l -> l.counted.requestFocus());
        }
    }
}
