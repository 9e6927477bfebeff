package com.frontdesk.settings;

import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
 * A Settings tab's categories (repairs, complaints): a code the records keep and a name the desk
 * reads. An administrator adds one (code and name, Enter), renames it (F2 or Enter on the row fills
 * the form) and removes it (Delete), unless the settings' validation refuses; others read the table.
 *
 * @param <S> the module's settings record
 * @param <C> its category record
 */
public final class CategoriesSection<S, C> {
    /** The message keys of the section's texts: each module words its own. */
    public record Keys(String title, String code, String name, String codePrompt, String namePrompt, String save,
                       String rename, String remove, String empty, String hint, String added, String renamed,
                       String removed) {
    }

    /** How the section reads a module's categories and builds them. */
    public record Model<S, C>(Function<S, List<C>> list, BiFunction<S, List<C>, S> with, Function<C, String> code,
                              Function<C, String> name, BiFunction<String, String, C> create) {
    }

    private final UiContext ctx;
    private final SettingsEditor<S> editor;
    private final Consumer<String> status;
    private final Keys keys;
    private final Model<S, C> model;
    private final TableView<C> table = new TableView<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Label message = Forms.wrapping(Forms.messageLabel());
    private final VBox box;

    /** @param id the start of the controls' ids: "repair" gives repairCategoryTable, repairCategoryCode, ... */
    public CategoriesSection(UiContext ctx, SettingsEditor<S> editor, Consumer<String> status, String id, Keys keys,
                             Model<S, C> model) {
        this.ctx = ctx;
        this.editor = editor;
        this.status = status;
        this.keys = keys;
        this.model = model;
        table.setId(id + "CategoryTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.text(keys.empty())));
        table.getColumns().add(Tables.column(ctx.text(keys.code()), 160, model.code()));
        table.getColumns().add(Tables.column(ctx.text(keys.name()), 200, model.name()));
        table.setPrefHeight(260);
        box = new VBox(8, Forms.sectionTitle(ctx.text(keys.title())));
        if (editor.mayEdit()) {
            addEditing(id);
        } else {
            box.getChildren().add(table);
        }
        box.setMaxWidth(720);
    }

    public Node node() {
        return box;
    }

    public TableView<C> table() {
        return table;
    }

    /** Shows the settings' categories and selects the one with the code {@code select}, if any. */
    public void show(S settings, String select) {
        table.getItems().setAll(model.list().apply(settings));
        table.getItems().stream().filter(c -> model.code().apply(c).equals(select)).findFirst().ifPresent(c -> {
            table.getSelectionModel().select(c);
            table.scrollTo(c);
        });
    }

    private void addEditing(String id) {
        code.setId(id + "CategoryCode");
        code.setPromptText(ctx.text(keys.codePrompt()));
        code.setPrefColumnCount(12);
        name.setId(id + "CategoryName");
        name.setPromptText(ctx.text(keys.namePrompt()));
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox form = new HBox(8, labelFor(keys.code(), code), code, labelFor(keys.name(), name), name,
                Forms.button(ctx.text(keys.save()), id + "CategorySave", this::save));
        form.setAlignment(Pos.CENTER_LEFT);
        Forms.submitOnEnter(form, this::save);
        message.setId(id + "CategoryMessage");
        Button rename = Forms.button(ctx.text(keys.rename()), id + "CategoryRename",
                () -> withSelected(this::startRename));
        Button remove = Forms.button(ctx.text(keys.remove()), id + "CategoryRemove", () -> withSelected(this::remove));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            C c = table.getSelectionModel().getSelectedItem();
            if (c == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                remove(c);
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                e.consume();
                startRename(c);
            }
        });
        Label hint = Forms.wrapping(new Label(ctx.text(keys.hint())));
        hint.getStyleClass().add("muted");
        box.getChildren().addAll(form, message, table, new HBox(8, rename, remove), hint);
    }

    /** A new code adds a category; a code already there renames it. */
    private void save() {
        String typedCode = code.getText() == null ? "" : code.getText().strip().toUpperCase(Locale.ROOT);
        String typedName = name.getText() == null ? "" : name.getText().strip();
        boolean renamed = table.getItems().stream().anyMatch(c -> model.code().apply(c).equals(typedCode));
        C category = model.create().apply(typedCode, typedName);
        editor.change(s -> {
            List<C> list = new ArrayList<>(model.list().apply(s));
            list.replaceAll(c -> model.code().apply(c).equals(typedCode) ? category : c);
            if (!list.contains(category)) {
                list.add(category);
            }
            return model.with().apply(s, list);
        }, saved -> {
            code.clear();
            name.clear();
            status.accept(ctx.text(renamed ? keys.renamed() : keys.added(), typedCode, typedName));
            show(saved, typedCode);
            code.requestFocus();
        }, message);
    }

    /** Fills the form with the category so its name can be typed over; Enter saves. */
    private void startRename(C c) {
        message.setText("");
        code.setText(model.code().apply(c));
        name.setText(model.name().apply(c));
        name.requestFocus();
        name.selectAll();
    }

    /** Records keep the code, so their history still reads; the validation refuses removing the last one. */
    private void remove(C c) {
        String removed = model.code().apply(c);
        editor.change(s -> model.with().apply(s, model.list().apply(s).stream()
                        .filter(x -> !model.code().apply(x).equals(removed)).toList()),
                saved -> {
                    status.accept(ctx.text(keys.removed(), removed, model.name().apply(c)));
                    show(saved, null);
                }, message);
    }

    private void withSelected(Consumer<C> action) {
        C item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            action.accept(item);
        } else {
            status.accept(ctx.text("list.selectFirst"));
        }
    }

    private Label labelFor(String key, Node field) {
        Label label = new Label(ctx.text(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
