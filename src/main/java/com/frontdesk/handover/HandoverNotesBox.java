package com.frontdesk.handover;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.ShortTime;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The notes for the next shift (事项): those written in this handover and those carried from earlier
 * ones of the desk while not done. While the handover is a draft a note is added with Enter in the
 * field (Ctrl+N goes there) and the selected one marked done with D or the button; once the outgoing
 * side has signed, the notes shown are those it signed and nothing changes them here.
 */
final class HandoverNotesBox {
    private static final double ROW_HEIGHT = 26;
    private static final int ROWS = 6;

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final Runnable changed;
    private final TextField text = new TextField();
    private final ComboBox<NotePriority> priority = new ComboBox<>();
    private final Button add;
    private final Button done;
    private final HBox form;
    private final TableView<HandoverNote> table = new TableView<>();
    private final VBox root;
    private String handoverId;

    /** The notes a signed handover showed, in the history: nothing to add or mark. */
    static HandoverNotesBox readOnly(UiContext ctx) {
        HandoverNotesBox box = new HandoverNotesBox(ctx, null, s -> { }, () -> { });
        box.root.getChildren().remove(box.form);
        box.table.setId("handoverRecordNotes");
        return box;
    }

    /** @param changed reads the handover again after a note was added or marked done */
    HandoverNotesBox(UiContext ctx, Session session, Consumer<String> say, Runnable changed) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.changed = changed;
        ShortTime time = new ShortTime(ctx);
        text.setId("handoverNoteText");
        text.setPromptText(ctx.text("handoverView.notePrompt"));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setOnAction(e -> add());
        priority.setId("handoverNotePriority");
        priority.getItems().setAll(NotePriority.values());
        priority.setConverter(Converters.showing(p -> ctx.text(p.messageKey()), ""));
        priority.setValue(NotePriority.NORMAL);
        add = Forms.button(ctx.text("handoverView.addNote"), "handoverAddNote", this::add);
        done = Forms.button(ctx.text("handoverView.noteDone"), "handoverNoteDone", this::markDone);
        form = new HBox(8, text, priority, add, done);
        form.setAlignment(Pos.CENTER_LEFT);
        table.setId("handoverNotes");
        table.setPlaceholder(new Label(ctx.text("handoverView.noNotes")));
        table.setFixedCellSize(ROW_HEIGHT);
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.getColumns().addAll(List.of(
                Tables.fitted(Tables.column(ctx.text("handoverView.col.priority"), n -> ctx.text(n.priority().messageKey())),
                        Stream.of("普通", "Normal")),
                Tables.column(ctx.text("handoverView.col.noteText"), 320, HandoverNote::text),
                Tables.column(ctx.text("handoverView.col.writtenBy"), 140,
                        n -> n.createdByName() + " " + time.format(n.createdAt())),
                Tables.column(ctx.text("handoverView.col.noteState"), 160, n -> n.open()
                        ? (n.handoverId().equals(handoverId) ? ctx.text("handoverView.noteNew") : ctx.text("handoverView.noteCarried"))
                        : ctx.text("handoverView.noteDoneBy", n.doneByName(), time.format(n.doneAt())))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.D && !e.isShortcutDown() && !form.isDisabled()) {
                e.consume();
                markDone();
            }
        });
        root = new VBox(8, Forms.sectionTitle(ctx.text("handoverView.notesTitle")), form, table);
    }

    Node node() {
        return root;
    }

    void focus() {
        text.requestFocus();
    }

    /** @param id the draft notes are added to; null when none may be added (signed, or no draft) */
    void show(String id, List<HandoverNote> notes) {
        this.handoverId = id;
        form.setDisable(id == null);
        table.getItems().setAll(notes);
        table.setPrefHeight(ROW_HEIGHT * (Math.min(Math.max(notes.size(), 1), ROWS) + 1) + 6);
    }

    private void add() {
        String id = handoverId;
        if (id == null || text.getText().isBlank()) {
            return;
        }
        String t = text.getText();
        NotePriority p = priority.getValue();
        ctx.run(() -> ctx.workstation().handovers().addNote(session, id, t, p), note -> {
            text.clear();
            priority.setValue(NotePriority.NORMAL);
            say.accept(ctx.text("handoverView.noteAdded"));
            changed.run();
            text.requestFocus();
        }, failure -> say.accept(ctx.errors().describe(failure)));
    }

    private void markDone() {
        HandoverNote n = table.getSelectionModel().getSelectedItem();
        if (n == null) {
            say.accept(ctx.text("list.selectFirst"));
            return;
        }
        ctx.run(() -> ctx.workstation().handovers().noteDone(session, n.id()), after -> {
            say.accept(ctx.text("handoverView.noteMarkedDone"));
            changed.run();
        }, failure -> say.accept(ctx.errors().describe(failure)));
    }
}
