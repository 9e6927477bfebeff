package com.frontdesk.parcels;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.settings.SettingsService;
import com.frontdesk.settings.WorkstationSettings.Range;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import javafx.scene.layout.VBox;

/**
 * Settings → Parcels, in two parts:
 * <ul>
 *   <li>the numbers of the parcel room (days until a parcel, a perishable one, is overdue; days
 *       lost property is kept), which administrators change and shift leads only read;</li>
 *   <li>the shelves with what lies on each now: an administrator adds one (code and name, Enter),
 *       renames it (F2 or Enter on the row fills the form), takes it out of use (Delete) and back
 *       in use (Insert).</li>
 * </ul>
 * Database work runs through {@link UiContext#run}.
 */
public final class ParcelSettingsPane {
    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> status;
    private final SettingsService settings;
    private final ShelfService shelves;
    private final ParcelService parcels;
    private final boolean edit;
    private final VBox root = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(root);

    private final Spinner<Integer> overdueDays = spinner(ParcelSettings.OVERDUE_DAYS,
            ParcelSettings.DEFAULTS.overdueDays(), "parcelRulesOverdue");
    private final Spinner<Integer> perishableDays = spinner(ParcelSettings.PERISHABLE_OVERDUE_DAYS,
            ParcelSettings.DEFAULTS.perishableOverdueDays(), "parcelRulesPerishable");
    private final Spinner<Integer> lostKeepDays = spinner(ParcelSettings.LOST_PROPERTY_KEEP_DAYS,
            ParcelSettings.DEFAULTS.lostPropertyKeepDays(), "parcelRulesLostKeep");
    private final Label rulesMessage = Forms.wrapping(Forms.messageLabel());

    private final TableView<ShelfRow> table = new TableView<>();
    private final TextField shelfCode = new TextField();
    private final TextField shelfName = new TextField();
    private final Button toggle = new Button();
    private final Label shelfMessage = Forms.wrapping(Forms.messageLabel());

    /** A shelf and the parcels held on it now. */
    public record ShelfRow(Shelf shelf, int held) {
    }

    private record ShelfData(List<Shelf> shelves, Map<String, Integer> counts) {
    }

    /** What one save of the shelf form did: the shelf as stored, and whether it was there before. */
    private record Defined(Shelf shelf, boolean renamed) {
    }

    public ParcelSettingsPane(UiContext ctx, Session session, Consumer<String> status) {
        this.ctx = ctx;
        this.session = session;
        this.status = status;
        this.settings = ctx.workstation().settings();
        this.shelves = ctx.workstation().shelves();
        this.parcels = ctx.workstation().parcels();
        this.edit = session.may(Permission.EDIT_SETTINGS);

        Node shelfSection = shelvesSection();
        VBox.setVgrow(shelfSection, Priority.ALWAYS);
        root.getChildren().addAll(rulesSection(), shelfSection);
        root.setPadding(new Insets(16));
        root.setId("parcelSettings");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> (edit ? overdueDays.getEditor() : table).requestFocus());
            }
        });
        loadRules();
        loadShelves(null);
    }

    public Parent root() {
        return scroll;
    }

    // --- the numbers ------------------------------------------------------------------------

    private Node rulesSection() {
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.overdueDays"), overdueDays);
        Forms.row(grid, ctx.text("field.perishableOverdueDays"), perishableDays);
        Forms.row(grid, ctx.text("field.lostPropertyKeepDays"), lostKeepDays);
        grid.setMaxWidth(420);
        rulesMessage.setId("parcelRulesMessage");
        VBox box = new VBox(8, Forms.sectionTitle(ctx.text("parcelSettings.rulesTitle")), grid);
        for (Spinner<Integer> s : List.of(overdueDays, perishableDays, lostKeepDays)) {
            s.setDisable(!edit);
        }
        if (edit) {
            Button save = Forms.button(ctx.text("parcelSettings.saveRules"), "parcelRulesSave", this::saveRules);
            box.getChildren().addAll(rulesMessage, save);
            // A filter, so Enter in a spinner's editor saves too (the editor handles Enter itself).
            box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                    e.consume();
                    saveRules();
                }
            });
        } else {
            Label readOnly = Forms.wrapping(new Label(ctx.text("parcelSettings.readOnly")));
            readOnly.setId("parcelRulesReadOnly");
            readOnly.getStyleClass().add("muted");
            box.getChildren().add(readOnly);
        }
        box.setMaxWidth(720);
        return box;
    }

    private void loadRules() {
        ctx.run(() -> settings.current(ParcelSettings.DOCUMENT), this::showRules);
    }

    private void showRules(ParcelSettings s) {
        overdueDays.getValueFactory().setValue(s.overdueDays());
        perishableDays.getValueFactory().setValue(s.perishableOverdueDays());
        lostKeepDays.getValueFactory().setValue(s.lostPropertyKeepDays());
        // The factory clamps only what it is given; show the stored value even if the editor was typed in.
        overdueDays.getEditor().setText(String.valueOf(s.overdueDays()));
        perishableDays.getEditor().setText(String.valueOf(s.perishableOverdueDays()));
        lostKeepDays.getEditor().setText(String.valueOf(s.lostPropertyKeepDays()));
    }

    /**
     * Reads what is typed in the editors, not the spinners' values: a spinner would quietly clamp
     * 45 to 30, while the settings' own validation says what the allowed range is.
     */
    private void saveRules() {
        rulesMessage.setText("");
        Integer overdue = typed(overdueDays, "field.overdueDays", ParcelSettings.OVERDUE_DAYS);
        Integer perishable = typed(perishableDays, "field.perishableOverdueDays", ParcelSettings.PERISHABLE_OVERDUE_DAYS);
        Integer keep = typed(lostKeepDays, "field.lostPropertyKeepDays", ParcelSettings.LOST_PROPERTY_KEEP_DAYS);
        if (overdue == null || perishable == null || keep == null) {
            return;
        }
        ParcelSettings changed = new ParcelSettings(overdue, perishable, keep);
        ctx.run(() -> settings.update(session, ParcelSettings.DOCUMENT, changed), saved -> {
            showRules(saved);
            status.accept(ctx.text("parcelSettings.rulesSaved"));
        }, failure -> rulesMessage.setText(ctx.errors().describe(failure)));
    }

    private Integer typed(Spinner<Integer> spinner, String fieldKey, Range range) {
        String text = spinner.getEditor().getText() == null ? "" : spinner.getEditor().getText().strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            if (rulesMessage.getText().isEmpty()) {
                rulesMessage.setText(ctx.text("validation.fieldProblem", ctx.text(fieldKey),
                        ctx.text("validation.range", range.min(), range.max())));
                spinner.getEditor().requestFocus();
            }
            return null;
        }
    }

    // --- shelves ----------------------------------------------------------------------------

    private Node shelvesSection() {
        table.setId("parcelShelfTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.text("parcelSettings.noShelves")));
        table.getColumns().add(Tables.column(ctx.text("field.shelf"), 80, r -> r.shelf().code()));
        table.getColumns().add(Tables.column(ctx.text("field.shelfName"), 180, r -> nz(r.shelf().name())));
        table.getColumns().add(Tables.column(ctx.text("parcelSettings.inUse"), 80,
                r -> ctx.text(r.shelf().active() ? "parcelSettings.shelfActive" : "parcelSettings.shelfOff")));
        table.getColumns().add(Tables.column(ctx.text("parcelSettings.heldNow"), 100, r -> String.valueOf(r.held())));
        table.setMinHeight(200);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox box = new VBox(8, Forms.sectionTitle(ctx.text("parcelSettings.shelvesTitle")));
        if (edit) {
            shelfCode.setId("parcelShelfCode");
            shelfCode.setPromptText(ctx.text("parcelSettings.codePrompt"));
            shelfCode.setPrefColumnCount(6);
            shelfName.setId("parcelShelfName");
            shelfName.setPromptText(ctx.text("parcelSettings.namePrompt"));
            HBox.setHgrow(shelfName, Priority.ALWAYS);
            Label codeLabel = new Label(ctx.text("field.shelf"));
            codeLabel.setLabelFor(shelfCode);
            Label nameLabel = new Label(ctx.text("field.shelfName"));
            nameLabel.setLabelFor(shelfName);
            HBox form = new HBox(8, codeLabel, shelfCode, nameLabel, shelfName,
                    Forms.button(ctx.text("parcelSettings.saveShelf"), "parcelShelfSave", this::saveShelf));
            form.setAlignment(Pos.CENTER_LEFT);
            form.setMaxWidth(720);
            Forms.submitOnEnter(form, this::saveShelf);
            shelfMessage.setId("parcelShelfMessage");

            toggle.setId("parcelShelfToggle");
            toggle.setOnAction(e -> withSelected(r -> setActive(r, !r.shelf().active())));
            Button rename = Forms.button(ctx.text("parcelSettings.rename"), "parcelShelfRename",
                    () -> withSelected(this::startRename));
            table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> showToggle(r));
            showToggle(null);
            table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                ShelfRow r = table.getSelectionModel().getSelectedItem();
                if (r == null) {
                    return;
                }
                if (e.getCode() == KeyCode.DELETE) {
                    e.consume();
                    setActive(r, false);
                } else if (e.getCode() == KeyCode.INSERT) {
                    e.consume();
                    setActive(r, true);
                } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    startRename(r);
                }
            });
            Label hint = Forms.wrapping(new Label(ctx.text("parcelSettings.shelvesHint")));
            hint.getStyleClass().add("muted");
            box.getChildren().addAll(form, shelfMessage, table, new HBox(8, toggle, rename), hint);
        } else {
            Label readOnly = Forms.wrapping(new Label(ctx.text("parcelSettings.shelvesReadOnly")));
            readOnly.getStyleClass().add("muted");
            box.getChildren().addAll(table, readOnly);
        }
        box.setMaxWidth(720);
        return box;
    }

    private void showToggle(ShelfRow r) {
        toggle.setDisable(r == null);
        toggle.setText(ctx.text(r == null || r.shelf().active() ? "parcelSettings.takeOut" : "parcelSettings.putBack"));
    }

    private void loadShelves(String select) {
        ctx.run(() -> new ShelfData(shelves.shelves(), parcels.countHeldByShelf()), data -> {
            List<ShelfRow> rows = data.shelves().stream()
                    .map(s -> new ShelfRow(s, data.counts().getOrDefault(s.code(), 0))).toList();
            table.getItems().setAll(rows);
            if (select != null) {
                rows.stream().filter(r -> r.shelf().code().equals(select)).findFirst().ifPresent(r -> {
                    table.getSelectionModel().select(r);
                    table.scrollTo(r);
                });
            }
        });
    }

    /** A new code adds a shelf in use; a code already there renames it and leaves it in or out of use. */
    private void saveShelf() {
        shelfMessage.setText("");
        String code = shelfCode.getText();
        String name = shelfName.getText();
        ctx.run(() -> {
            String c = ShelfService.normalise(code);
            Optional<Shelf> before = c == null ? Optional.empty()
                    : shelves.shelves().stream().filter(s -> s.code().equals(c)).findFirst();
            Shelf saved = shelves.define(session, code, name, before.map(Shelf::active).orElse(true));
            return new Defined(saved, before.isPresent());
        }, done -> {
            shelfCode.clear();
            shelfName.clear();
            Shelf s = done.shelf();
            status.accept(done.renamed()
                    ? ctx.text("parcelSettings.shelfRenamed", s.code(), s.name() == null ? "-" : s.name())
                    : ctx.text("parcelSettings.shelfAdded", s.code()));
            loadShelves(s.code());
            shelfCode.requestFocus();
        }, failure -> shelfMessage.setText(ctx.errors().describe(failure)));
    }

    /** Fills the form with the shelf so its name can be typed over; Enter saves. */
    private void startRename(ShelfRow r) {
        shelfMessage.setText("");
        shelfCode.setText(r.shelf().code());
        shelfName.setText(nz(r.shelf().name()));
        shelfName.requestFocus();
        shelfName.selectAll();
    }

    private void setActive(ShelfRow r, boolean active) {
        shelfMessage.setText("");
        Shelf s = r.shelf();
        if (s.active() == active) {
            status.accept(ctx.text(active ? "parcelSettings.alreadyInUse" : "parcelSettings.alreadyOut", s.code()));
            return;
        }
        ctx.run(() -> shelves.define(session, s.code(), s.name(), active), saved -> {
            if (active) {
                status.accept(ctx.text("parcelSettings.shelfPutBack", s.code()));
            } else if (r.held() > 0) {
                status.accept(ctx.text("parcelSettings.shelfTakenOutHeld", s.code(), r.held()));
            } else {
                status.accept(ctx.text("parcelSettings.shelfTakenOut", s.code()));
            }
            loadShelves(s.code());
        }, failure -> shelfMessage.setText(ctx.errors().describe(failure)));
    }

    private void withSelected(Consumer<ShelfRow> action) {
        ShelfRow r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            action.accept(r);
        } else {
            status.accept(ctx.text("list.selectFirst"));
        }
    }

    // --- helpers ----------------------------------------------------------------------------

    private static Spinner<Integer> spinner(Range range, int initial, String id) {
        Spinner<Integer> s = new Spinner<>(range.min(), range.max(), initial);
        s.setEditable(true);
        s.setPrefWidth(110);
        // Digits only: a letter typed by mistake would make the spinner's own commit throw.
        s.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0,3}") ? change : null));
        s.setId(id);
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
