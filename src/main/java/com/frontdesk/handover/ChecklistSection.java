package com.frontdesk.handover;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.Validation;
import com.frontdesk.core.ValidationException;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The checklist of one desk and shift as Settings → Handover shows it. An administrator changes a
 * working copy (Enter or F2 on a line fills the form, Enter puts it back, Delete removes it,
 * Alt+↑/↓ moves it) and saves it as one new version (Ctrl+S); the version handovers already used
 * stays as it was. Others read the current version.
 */
final class ChecklistSection {
    /** A desk's shift as the choice lists it. */
    record Choice(Desk desk, ShiftDef shift) {
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{0,3}");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> status;
    private final boolean edit;
    private final ComboBox<Choice> choice = new ComboBox<>();
    private final Label version = new Label();
    private final Label unsaved = new Label();
    private final TableView<ChecklistItem> table = new TableView<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField expected = new TextField();
    private final ComboBox<AutoCount> auto = new ComboBox<>();
    private final Label message = Forms.wrapping(Forms.messageLabel());
    private final VBox box;
    private ChecklistTemplate shown;

    ChecklistSection(UiContext ctx, Session session, Consumer<String> status, boolean edit) {
        this.ctx = ctx;
        this.session = session;
        this.status = status;
        this.edit = edit;
        choice.setId("handoverChecklistShift");
        choice.setConverter(Converters.showing(c -> ctx.text("handoverSettings.deskShift", c.desk().name(),
                c.shift().name()), ""));
        choice.valueProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !now.equals(old))) {
                load(now);
            }
        });
        version.setId("handoverChecklistVersion");
        version.getStyleClass().add("muted");
        unsaved.setId("handoverChecklistUnsaved");
        unsaved.setText(ctx.text("handoverSettings.unsaved"));
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        unsaved.setVisible(false);
        table.setId("handoverChecklistTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.text("handoverSettings.noItems")));
        table.getColumns().add(Tables.column(ctx.text("handover.item.codeTitle"), 160, ChecklistItem::code));
        table.getColumns().add(Tables.column(ctx.text("handover.item.nameTitle"), 160, ChecklistItem::name));
        table.getColumns().add(Tables.column(ctx.text("handover.item.expectedTitle"), 80,
                i -> i.auto() == null ? String.valueOf(i.expected()) : ""));
        table.getColumns().add(Tables.column(ctx.text("handover.item.autoTitle"), 160,
                i -> i.auto() == null ? ctx.text("handover.item.byHand") : ctx.text(i.auto().messageKey())));
        table.setPrefHeight(360);
        HBox top = new HBox(8, labelFor("handoverSettings.checklistFor", choice), choice, version, unsaved);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(8, Forms.sectionTitle(ctx.text("handoverSettings.checklistTitle")), top);
        if (edit) {
            addEditing();
        } else {
            box.getChildren().add(table);
        }
        box.setMaxWidth(820);
    }

    Node node() {
        return box;
    }

    TableView<ChecklistItem> table() {
        return table;
    }

    /** Lists the settings' desks and shifts and keeps the one chosen, or chooses {@code preferred}. */
    void show(HandoverSettings settings, Choice preferred) {
        Choice before = choice.getValue();
        List<Choice> all = new ArrayList<>();
        settings.desks().forEach(d -> d.shifts().forEach(s -> all.add(new Choice(d, s))));
        choice.setItems(FXCollections.observableArrayList(all));
        Choice keep = same(all, before).orElse(same(all, preferred).orElse(all.isEmpty() ? null : all.get(0)));
        choice.setValue(keep);
    }

    private static java.util.Optional<Choice> same(List<Choice> all, Choice c) {
        return c == null ? java.util.Optional.empty() : all.stream()
                .filter(x -> x.desk().code().equals(c.desk().code()) && x.shift().code().equals(c.shift().code()))
                .findFirst();
    }

    private void load(Choice c) {
        ctx.run(() -> templates().current(c.desk().code(), c.shift().code()).orElseThrow(), this::showTemplate,
                failure -> message.setText(ctx.errors().describe(failure)));
    }

    private void showTemplate(ChecklistTemplate t) {
        shown = t;
        table.getItems().setAll(t.items());
        version.setText(ctx.text("handoverSettings.version", t.version(), t.createdBy(),
                WHEN.format(t.createdAt().atZone(ctx.workstation().sites().zone()))));
        changed();
    }

    private void addEditing() {
        code.setId("handoverItemCode");
        code.setPromptText(ctx.text("handover.item.codePrompt"));
        code.setPrefColumnCount(10);
        name.setId("handoverItemName");
        name.setPromptText(ctx.text("handover.item.namePrompt"));
        name.setPrefColumnCount(10);
        expected.setId("handoverItemExpected");
        expected.setPrefColumnCount(4);
        expected.setTextFormatter(new TextFormatter<>(c -> DIGITS.matcher(c.getControlNewText()).matches() ? c : null));
        auto.setId("handoverItemAuto");
        List<AutoCount> autos = new ArrayList<>(Arrays.asList(AutoCount.values()));
        autos.add(0, null);
        auto.setItems(FXCollections.observableArrayList(autos));
        auto.setConverter(Converters.showing(a -> ctx.text(a.messageKey()), ctx.text("handover.item.byHand")));
        auto.valueProperty().addListener((obs, old, now) -> expected.setDisable(now != null));
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox first = new HBox(8, labelFor("handover.item.codeTitle", code), code,
                labelFor("handover.item.nameTitle", name), name);
        HBox second = new HBox(8, labelFor("handover.item.expectedTitle", expected), expected,
                labelFor("handover.item.autoTitle", auto), auto,
                Forms.button(ctx.text("handoverSettings.applyItem"), "handoverItemApply", this::apply));
        first.setAlignment(Pos.CENTER_LEFT);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(8, first, second);
        Forms.submitOnEnter(form, this::apply);
        message.setId("handoverChecklistMessage");
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::tableKey);
        Button remove = Forms.button(ctx.text("handoverSettings.removeItem"), "handoverItemRemove", () -> {
            ChecklistItem selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                remove(selected);
            }
        });
        Button save = Forms.button(ctx.text("handoverSettings.saveVersion"), "handoverChecklistSave", this::save);
        save.getStyleClass().add("accent");
        Button discard = Forms.button(ctx.text("handoverSettings.discard"), "handoverChecklistDiscard",
                () -> load(choice.getValue()));
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.S && e.isShortcutDown()) {
                e.consume();
                save();
            }
        });
        Label hint = Forms.wrapping(new Label(ctx.text("handoverSettings.checklistHint")));
        hint.getStyleClass().add("muted");
        box.getChildren().addAll(table, form, message, new HBox(8, remove, save, discard), hint);
    }

    private void tableKey(KeyEvent e) {
        ChecklistItem item = table.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (e.getCode() == KeyCode.DELETE) {
            e.consume();
            remove(item);
        } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
            e.consume();
            fill(item);
        } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            e.consume();
            move(item, e.getCode() == KeyCode.UP ? -1 : 1);
        }
    }

    /** Fills the form with the line; the count is what changes most, so it takes the focus. */
    private void fill(ChecklistItem item) {
        message.setText("");
        code.setText(item.code());
        name.setText(item.name());
        expected.setText(String.valueOf(item.expected()));
        auto.setValue(item.auto());
        TextField focus = item.auto() == null ? expected : name;
        focus.requestFocus();
        focus.selectAll();
    }

    /** A code already in the list changes that line in place; a new one is added at the end. */
    private void apply() {
        String typed = code.getText() == null ? "" : code.getText().strip().toUpperCase(Locale.ROOT);
        String count = expected.getText() == null ? "" : expected.getText().strip();
        ChecklistItem item = new ChecklistItem(typed, name.getText() == null ? "" : name.getText().strip(),
                auto.getValue() != null || count.isEmpty() ? 0 : Integer.parseInt(count), auto.getValue());
        List<ChecklistItem> list = new ArrayList<>(table.getItems());
        int at = indexOf(list, typed);
        if (at >= 0) {
            list.set(at, item);
        } else {
            list.add(item);
        }
        Validation v = new Validation();
        ChecklistTemplateService.validate(v, ChecklistTemplateService.normalise(list));
        if (!v.problems().isEmpty()) {
            message.setText(ctx.errors().describe(new ValidationException(v.problems())));
            return;
        }
        message.setText("");
        table.getItems().setAll(list);
        table.getSelectionModel().select(at >= 0 ? at : list.size() - 1);
        table.scrollTo(at >= 0 ? at : list.size() - 1);
        code.clear();
        name.clear();
        expected.clear();
        auto.setValue(null);
        changed();
        table.requestFocus();
    }

    private void remove(ChecklistItem item) {
        int at = table.getItems().indexOf(item);
        table.getItems().remove(item);
        table.getSelectionModel().select(Math.min(at, table.getItems().size() - 1));
        status.accept(ctx.text("handoverSettings.itemRemoved", item.name()));
        changed();
    }

    private void move(ChecklistItem item, int by) {
        int at = table.getItems().indexOf(item);
        int to = at + by;
        if (to < 0 || to >= table.getItems().size()) {
            return;
        }
        table.getItems().remove(at);
        table.getItems().add(to, item);
        table.getSelectionModel().select(to);
        changed();
    }

    private void save() {
        Choice c = choice.getValue();
        if (c == null || shown == null) {
            return;
        }
        List<ChecklistItem> items = List.copyOf(table.getItems());
        message.setText("");
        ctx.run(() -> templates().save(session, c.desk().code(), c.shift().code(), items), saved -> {
            showTemplate(saved);
            status.accept(ctx.text("handoverSettings.versionSaved", c.desk().name(), c.shift().name(),
                    saved.version()));
            table.requestFocus();
        }, failure -> message.setText(ctx.errors().describe(failure)));
    }

    private void changed() {
        unsaved.setVisible(shown != null
                && !ChecklistTemplateService.normalise(table.getItems()).equals(shown.items()));
    }

    private static int indexOf(List<ChecklistItem> list, String code) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private ChecklistTemplateService templates() {
        return ctx.workstation().checklistTemplates();
    }

    private Label labelFor(String key, Node field) {
        Label label = new Label(ctx.text(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
