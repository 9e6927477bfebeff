package com.frontdesk.repairs;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.Masking;
import com.frontdesk.settings.CategoriesSection;
import com.frontdesk.settings.SettingsEditor;
import com.frontdesk.settings.WorkstationSettings.Range;
import com.frontdesk.ui.FocusScrolling;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Settings → Repairs, in three parts:
 * <ul>
 *   <li>the deadlines per priority (hours to respond, hours to fix; a low priority may be "by
 *       agreement" with the owner, which clears both), saved with Enter or the button;</li>
 *   <li>the categories: an administrator adds one (code and name, Enter), renames it (F2 or Enter
 *       on the row fills the form) and removes it (Delete), unless the settings' validation refuses;</li>
 *   <li>the vendors a repair can be handed to: name, kind and service line (masked on screen);
 *       added with Enter, removed with Delete.</li>
 * </ul>
 * Shift leads read all three. Every change reads the stored settings afresh and changes only its
 * own part, so two parts saved one after the other do not undo each other.
 */
public final class RepairSettingsPane {
    private static final CategoriesSection.Keys CATEGORY_KEYS = new CategoriesSection.Keys(
            "repairSettings.categoriesTitle", "repairSettings.categoryCode", "repairSettings.categoryName",
            "repairSettings.codePrompt", "repairSettings.namePrompt", "repairSettings.saveCategory",
            "repairSettings.rename", "repairSettings.remove", "repairSettings.noCategories",
            "repairSettings.categoriesHint", "repairSettings.categoryAdded", "repairSettings.categoryRenamed",
            "repairSettings.categoryRemoved");
    private static final List<FixerKind> VENDOR_KINDS =
            List.of(FixerKind.MANUFACTURER, FixerKind.BUILDER, FixerKind.UTILITY, FixerKind.VENDOR);

    private final UiContext ctx;
    private final Consumer<String> status;
    private final SettingsEditor<RepairSettings> editor;
    private final boolean edit;
    private final VBox root = new VBox(16);
    private final ScrollPane scroll = FocusScrolling.around(root);

    private final Map<RepairPriority, Spinner<Integer>> respond = new EnumMap<>(RepairPriority.class);
    private final Map<RepairPriority, Spinner<Integer>> fix = new EnumMap<>(RepairPriority.class);
    private final CheckBox lowByAgreement = new CheckBox();
    private final Label deadlineMessage = Forms.wrapping(Forms.messageLabel());

    private final CategoriesSection<RepairSettings, RepairCategory> categories;

    private final TableView<RepairVendor> vendorTable = new TableView<>();
    private final TextField vendorName = new TextField();
    private final ComboBox<FixerKind> vendorKind = new ComboBox<>();
    private final TextField vendorPhone = new TextField();
    private final Label vendorMessage = Forms.wrapping(Forms.messageLabel());

    public RepairSettingsPane(UiContext ctx, Session session, Consumer<String> status) {
        this.ctx = ctx;
        this.status = status;
        this.editor = new SettingsEditor<>(ctx, session, RepairSettings.DOCUMENT);
        this.edit = editor.mayEdit();
        this.categories = new CategoriesSection<>(ctx, editor, status, "repair", CATEGORY_KEYS,
                new CategoriesSection.Model<>(RepairSettings::categories, RepairSettings::withCategories,
                        RepairCategory::code, RepairCategory::name, RepairCategory::new));

        root.getChildren().addAll(deadlinesSection(), categories.node(), vendorsSection());
        root.setPadding(new Insets(16));
        root.setId("repairSettings");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> (edit ? respond.get(RepairPriority.URGENT).getEditor() : categories.table())
                        .requestFocus());
            }
        });
        load();
    }

    public Parent root() {
        return scroll;
    }

    private void load() {
        editor.load(this::show);
    }

    private void show(RepairSettings s) {
        showDeadlines(s);
        categories.show(s, null);
        showVendors(s, null);
    }

    // --- deadlines --------------------------------------------------------------------------

    private Node deadlinesSection() {
        GridPane grid = Forms.grid();
        grid.add(header("repairSettings.respondHours"), 1, 0);
        grid.add(header("repairSettings.fixHours"), 2, 0);
        int row = 1;
        for (RepairPriority p : RepairPriority.values()) {
            String id = p.name().charAt(0) + p.name().substring(1).toLowerCase(Locale.ROOT);
            Spinner<Integer> r = spinner(RepairSettings.RESPOND_HOURS, "repairRespond" + id);
            Spinner<Integer> f = spinner(RepairSettings.FIX_HOURS, "repairFix" + id);
            respond.put(p, r);
            fix.put(p, f);
            Label label = new Label(ctx.text(p.messageKey()));
            label.setLabelFor(r);
            grid.add(label, 0, row);
            grid.add(r, 1, row);
            grid.add(f, 2, row);
            r.setDisable(!edit);
            f.setDisable(!edit);
            row++;
        }
        lowByAgreement.setText(ctx.text("repairSettings.byAgreement"));
        lowByAgreement.setId("repairLowByAgreement");
        lowByAgreement.setDisable(!edit);
        lowByAgreement.selectedProperty().addListener((obs, old, agreed) -> {
            for (Spinner<Integer> s : List.of(respond.get(RepairPriority.LOW), fix.get(RepairPriority.LOW))) {
                if (agreed) {
                    s.getEditor().clear();
                }
                s.setDisable(!edit || agreed);
            }
        });
        grid.add(lowByAgreement, 3, row - 1);
        deadlineMessage.setId("repairDeadlineMessage");

        VBox box = new VBox(8, Forms.sectionTitle(ctx.text("repairSettings.deadlinesTitle")), grid);
        if (edit) {
            Button save = Forms.button(ctx.text("repairSettings.saveDeadlines"), "repairDeadlinesSave",
                    this::saveDeadlines);
            box.getChildren().addAll(deadlineMessage, save);
            // A filter, so Enter in a spinner's editor (which handles Enter itself) or on the check box saves.
            box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                    e.consume();
                    saveDeadlines();
                }
            });
        } else {
            Label readOnly = Forms.wrapping(new Label(ctx.text("repairSettings.readOnly")));
            readOnly.setId("repairSettingsReadOnly");
            readOnly.getStyleClass().add("muted");
            box.getChildren().add(readOnly);
        }
        box.setMaxWidth(720);
        return box;
    }

    private void showDeadlines(RepairSettings s) {
        for (RepairPriority p : RepairPriority.values()) {
            RepairDeadline d = s.deadline(p);
            put(respond.get(p), d.respondHours());
            put(fix.get(p), d.fixHours());
        }
        RepairDeadline low = s.low();
        lowByAgreement.setSelected(low.respondHours() == null && low.fixHours() == null);
    }

    private static void put(Spinner<Integer> s, Integer value) {
        if (value != null) {
            s.getValueFactory().setValue(value);
        }
        // The factory clamps only what it is given; show the stored value even if the editor was typed in.
        s.getEditor().setText(value == null ? "" : String.valueOf(value));
    }

    /**
     * Reads what is typed in the editors, not the spinners' values: a spinner would quietly clamp
     * 3000 to 2160, while the settings' own validation says what the allowed range is. An empty
     * editor is "by agreement" for that number.
     */
    private void saveDeadlines() {
        deadlineMessage.setText("");
        Map<RepairPriority, RepairDeadline> typed = new EnumMap<>(RepairPriority.class);
        for (RepairPriority p : RepairPriority.values()) {
            if (p == RepairPriority.LOW && lowByAgreement.isSelected()) {
                typed.put(p, RepairDeadline.BY_AGREEMENT);
            } else {
                typed.put(p, new RepairDeadline(typed(respond.get(p)), typed(fix.get(p))));
            }
        }
        editor.change(s -> {
            RepairSettings changed = s;
            for (Map.Entry<RepairPriority, RepairDeadline> e : typed.entrySet()) {
                changed = changed.withDeadline(e.getKey(), e.getValue());
            }
            return changed;
        }, saved -> {
            showDeadlines(saved);
            status.accept(ctx.text("repairSettings.deadlinesSaved"));
        }, deadlineMessage);
    }

    private static Integer typed(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText() == null ? "" : spinner.getEditor().getText().strip();
        return text.isEmpty() ? null : Integer.valueOf(text);   // digits only: the formatter sees to it
    }

    // --- vendors ----------------------------------------------------------------------------

    private Node vendorsSection() {
        vendorTable.setId("repairVendorTable");
        vendorTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vendorTable.setPlaceholder(new Label(ctx.text("repairSettings.noVendors")));
        vendorTable.getColumns().add(Tables.column(ctx.text("repairSettings.vendorName"), 200, RepairVendor::name));
        vendorTable.getColumns().add(Tables.column(ctx.text("repairSettings.vendorKind"), 160,
                v -> v.kind() == null ? "" : ctx.text(v.kind().messageKey())));
        vendorTable.getColumns().add(Tables.column(ctx.text("repairSettings.vendorPhone"), 140,
                v -> Masking.phone(v.phone())));
        vendorTable.setPrefHeight(220);

        VBox box = new VBox(8, Forms.sectionTitle(ctx.text("repairSettings.vendorsTitle")));
        if (edit) {
            vendorName.setId("repairVendorName");
            vendorName.setPromptText(ctx.text("repairSettings.vendorNamePrompt"));
            HBox.setHgrow(vendorName, Priority.ALWAYS);
            vendorKind.setId("repairVendorKind");
            vendorKind.getItems().setAll(VENDOR_KINDS);
            vendorKind.setValue(FixerKind.VENDOR);
            vendorKind.setCellFactory(list -> kindCell());
            vendorKind.setButtonCell(kindCell());
            vendorPhone.setId("repairVendorPhone");
            vendorPhone.setPrefColumnCount(12);
            HBox form = new HBox(8, labelFor("repairSettings.vendorName", vendorName), vendorName,
                    labelFor("repairSettings.vendorKind", vendorKind), vendorKind,
                    labelFor("repairSettings.vendorPhone", vendorPhone), vendorPhone,
                    Forms.button(ctx.text("repairSettings.saveVendor"), "repairVendorSave", this::saveVendor));
            form.setAlignment(Pos.CENTER_LEFT);
            Forms.submitOnEnter(form, this::saveVendor);
            // The combo box takes Enter to close its list; submit from it as from the text fields.
            vendorKind.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !vendorKind.isShowing()) {
                    e.consume();
                    saveVendor();
                }
            });
            vendorMessage.setId("repairVendorMessage");
            Button remove = Forms.button(ctx.text("repairSettings.remove"), "repairVendorRemove",
                    () -> withSelected(vendorTable, this::removeVendor));
            vendorTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                RepairVendor v = vendorTable.getSelectionModel().getSelectedItem();
                if (v != null && e.getCode() == KeyCode.DELETE) {
                    e.consume();
                    removeVendor(v);
                }
            });
            Label hint = Forms.wrapping(new Label(ctx.text("repairSettings.vendorsHint")));
            hint.getStyleClass().add("muted");
            box.getChildren().addAll(form, vendorMessage, vendorTable, new HBox(8, remove), hint);
        } else {
            box.getChildren().add(vendorTable);
        }
        box.setMaxWidth(720);
        return box;
    }

    private ListCell<FixerKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(FixerKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ctx.text(item.messageKey()));
            }
        };
    }

    private void showVendors(RepairSettings s, String select) {
        vendorTable.getItems().setAll(s.vendors());
        if (select != null) {
            s.vendor(select).ifPresent(v -> {
                vendorTable.getSelectionModel().select(v);
                vendorTable.scrollTo(v);
            });
        }
    }

    /** A new name adds a vendor; a name already there changes its kind and phone. */
    private void saveVendor() {
        String name = vendorName.getText() == null ? "" : vendorName.getText().strip();
        String phone = vendorPhone.getText() == null || vendorPhone.getText().isBlank() ? null
                : vendorPhone.getText().strip();
        RepairVendor vendor = new RepairVendor(name, vendorKind.getValue(), phone);
        boolean known = vendorTable.getItems().stream().anyMatch(v -> v.name().equals(name));
        editor.change(s -> {
            List<RepairVendor> list = new ArrayList<>(s.vendors());
            int at = indexOf(list, RepairVendor::name, name);
            if (at >= 0) {
                list.set(at, vendor);
            } else {
                list.add(vendor);
            }
            return s.withVendors(list);
        }, saved -> {
            vendorName.clear();
            vendorPhone.clear();
            vendorKind.setValue(FixerKind.VENDOR);
            status.accept(ctx.text(known ? "repairSettings.vendorChanged" : "repairSettings.vendorAdded", name));
            showVendors(saved, name);
            vendorName.requestFocus();
        }, vendorMessage);
    }

    private void removeVendor(RepairVendor v) {
        editor.change(s -> s.withVendors(s.vendors().stream().filter(x -> !x.name().equals(v.name())).toList()),
                saved -> {
                    status.accept(ctx.text("repairSettings.vendorRemoved", v.name()));
                    showVendors(saved, null);
                }, vendorMessage);
    }

    // --- helpers ----------------------------------------------------------------------------

    private <T> void withSelected(TableView<T> table, Consumer<T> action) {
        T item = table.getSelectionModel().getSelectedItem();
        if (item != null) {
            action.accept(item);
        } else {
            status.accept(ctx.text("list.selectFirst"));
        }
    }

    private static <T> int indexOf(List<T> list, Function<T, String> key, String value) {
        for (int i = 0; i < list.size(); i++) {
            if (value.equals(key.apply(list.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static Spinner<Integer> spinner(Range range, String id) {
        Spinner<Integer> s = new Spinner<>(range.min(), range.max(), range.min());
        s.setEditable(true);
        s.setPrefWidth(110);
        // Digits only: a letter typed by mistake would make the spinner's own commit throw.
        s.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,4}") ? change : null));
        s.setId(id);
        return s;
    }

    private Label labelFor(String key, Node field) {
        Label label = new Label(ctx.text(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Label header(String key) {
        Label label = new Label(ctx.text(key));
        label.getStyleClass().add("muted");
        return label;
    }

}
