package com.frontdesk.complaints;

import com.frontdesk.settings.SettingsEditor;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A list in Settings → Complaints that an administrator adds to by typing (a department; a day or a
 * range of days) and removes from with Delete on the selected rows; others only read it. What is
 * typed is checked by the settings' own validation when saved, so the list never says less than it.
 */
final class EntryListSection<T> {
    /**
     * Message keys: {@code invalid} and {@code added} get the typed text ({@code added} also the
     * number of entries), {@code removed} the names and their number.
     */
    record Keys(String title, String label, String prompt, String empty, String hint, String invalid, String added,
                String removed) {
    }

    /**
     * @param parse what the typed text adds; empty when it cannot be read
     * @param name  how the status line names an entry
     */
    record Model<T>(Function<ComplaintSettings, List<T>> list,
                    BiFunction<ComplaintSettings, List<T>, ComplaintSettings> with, Function<String, List<T>> parse,
                    Function<T, String> name, List<TableColumn<T, String>> columns) {
    }

    private final UiContext ctx;
    private final SettingsEditor<ComplaintSettings> editor;
    private final Consumer<String> status;
    private final Keys keys;
    private final Model<T> model;
    private final TableView<T> table = new TableView<>();
    private final TextField input = new TextField();
    private final Label message = Forms.wrapping(Forms.messageLabel());
    private final VBox box;

    /** @param id the start of the controls' ids: "complaintHolidays" gives complaintHolidaysTable, ...Input, ... */
    EntryListSection(UiContext ctx, SettingsEditor<ComplaintSettings> editor, Consumer<String> status, String id,
                     Keys keys, Model<T> model) {
        this.ctx = ctx;
        this.editor = editor;
        this.status = status;
        this.keys = keys;
        this.model = model;
        table.setId(id + "Table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.text(keys.empty())));
        table.getColumns().addAll(model.columns());
        table.setPrefHeight(200);
        box = new VBox(8, Forms.sectionTitle(ctx.text(keys.title())));
        if (editor.mayEdit()) {
            addEditing(id);
        } else {
            box.getChildren().add(table);
        }
    }

    Region node() {
        return box;
    }

    void show(ComplaintSettings settings, List<T> select) {
        table.getItems().setAll(model.list().apply(settings));
        table.getSelectionModel().clearSelection();
        select.stream().filter(table.getItems()::contains).findFirst().ifPresent(first -> {
            select.forEach(table.getSelectionModel()::select);
            table.scrollTo(first);
        });
    }

    private void addEditing(String id) {
        input.setId(id + "Input");
        input.setPromptText(ctx.text(keys.prompt()));
        HBox.setHgrow(input, Priority.ALWAYS);
        Label label = new Label(ctx.text(keys.label()));
        label.setLabelFor(input);
        HBox form = new HBox(8, label, input, Forms.button(ctx.text("complaintSettings.add"), id + "Add", this::add));
        form.setAlignment(Pos.CENTER_LEFT);
        Forms.submitOnEnter(form, this::add);
        message.setId(id + "Message");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                removeSelected();
            }
        });
        Label hint = Forms.wrapping(new Label(ctx.text(keys.hint())));
        hint.getStyleClass().add("muted");
        box.getChildren().addAll(form, message, table,
                Forms.button(ctx.text("complaintSettings.remove"), id + "Remove", this::removeSelected), hint);
    }

    private void add() {
        String typed = input.getText() == null ? "" : input.getText().strip();
        List<T> added = model.parse().apply(typed);
        if (added.isEmpty()) {
            message.setText(ctx.text(keys.invalid(), typed));
            input.requestFocus();
            return;
        }
        editor.change(s -> {
            List<T> list = new ArrayList<>(model.list().apply(s));
            list.addAll(added);
            return model.with().apply(s, list);
        }, saved -> {
            input.clear();
            status.accept(ctx.text(keys.added(), typed, added.size()));
            show(saved, added);
            input.requestFocus();
        }, message);
    }

    private void removeSelected() {
        List<T> removed = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (removed.isEmpty()) {
            status.accept(ctx.text("list.selectFirst"));
            return;
        }
        String names = removed.stream().map(model.name())
                .collect(Collectors.joining(ctx.text("complaintSettings.separator")));
        editor.change(s -> model.with().apply(s,
                        model.list().apply(s).stream().filter(x -> !removed.contains(x)).toList()),
                saved -> {
                    status.accept(ctx.text(keys.removed(), names, removed.size()));
                    show(saved, List.of());
                    table.requestFocus();
                }, message);
    }
}
