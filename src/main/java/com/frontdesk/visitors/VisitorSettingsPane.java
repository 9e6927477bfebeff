package com.frontdesk.visitors;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.StaffMember;
import com.frontdesk.core.Masking;
import com.frontdesk.settings.SettingsService;
import com.frontdesk.settings.WorkstationSettings;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Settings → Visitors, in three parts:
 * <ul>
 *   <li>the rules (sales refused, overstay hours, whole ID numbers kept), which administrators
 *       change and everyone else who opens the tab only reads;</li>
 *   <li>the pool of temporary passes: add one pass or a range ({@link PassRange}), switch a lost
 *       one off and a found one on again;</li>
 *   <li>the watchlist, for shift leads and administrators only: add by phone and/or ID number
 *       with a reason, remove after a confirmation.</li>
 * </ul>
 * Enter submits the part the focus is in. Database work runs through {@link UiContext#run}.
 */
public final class VisitorSettingsPane {
    private static final DateTimeFormatter ADDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int STAFF_PAGE = 200;
    private static final int LISTED_SKIPPED = 10;

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> status;
    private final VisitorService visitors;
    private final SettingsService settings;
    private final boolean editRules;
    private final boolean manage;
    private final VBox root = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(root);

    private final CheckBox salesRefused = new CheckBox();
    private final Spinner<Integer> overstayHours;
    private final CheckBox storeFullIds = new CheckBox();
    private final Label rulesMessage = Forms.wrapping(Forms.messageLabel());

    private final TableView<PassState> passes = new TableView<>();
    private final TextField passInput = new TextField();
    private final Button passToggle = new Button();
    private final Label passMessage = Forms.wrapping(Forms.messageLabel());

    private final TableView<WatchlistEntry> watch = new TableView<>();
    private final TextField watchName = new TextField();
    private final TextField watchPhone = new TextField();
    private final TextField watchIdNumber = new TextField();
    private final TextField watchReason = new TextField();
    private final Label watchMessage = Forms.wrapping(Forms.messageLabel());
    private Map<String, String> staffNames = Map.of();
    private ZoneId zone = ZoneId.systemDefault();

    /** What one "add passes" did: the passes added and those already in the pool (left as they were). */
    private record Added(List<String> added, List<String> skipped) {
    }

    /** The watchlist with what its columns need. */
    private record WatchData(List<WatchlistEntry> entries, Map<String, String> staffNames, ZoneId zone) {
    }

    public VisitorSettingsPane(UiContext ctx, Session session, Consumer<String> status) {
        this.ctx = ctx;
        this.session = session;
        this.status = status;
        this.visitors = ctx.workstation().visitors();
        this.settings = ctx.workstation().settings();
        this.editRules = session.may(Permission.EDIT_SETTINGS);
        this.manage = session.may(Permission.MANAGE_VISITOR_SAFETY);
        WorkstationSettings.Range hours = WorkstationSettings.VISITOR_OVERSTAY_HOURS;
        this.overstayHours = new Spinner<>(hours.min(), hours.max(), WorkstationSettings.DEFAULTS.visitorOverstayHours());

        HBox lists = new HBox(24, passesSection());
        if (manage) {
            Node watchlist = watchlistSection();
            HBox.setHgrow(watchlist, Priority.ALWAYS);
            lists.getChildren().add(watchlist);
        }
        VBox.setVgrow(lists, Priority.ALWAYS);
        root.getChildren().addAll(rulesSection(), lists);
        root.setPadding(new Insets(16));
        root.setId("visitorSettings");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> firstField().requestFocus());
            }
        });
        loadRules();
        loadPasses(null);
        if (manage) {
            loadWatchlist(null);
        }
    }

    public Parent root() {
        return scroll;
    }

    private Node firstField() {
        if (editRules) {
            return salesRefused;
        }
        return manage ? passInput : passes;
    }

    // --- rules ------------------------------------------------------------------------------

    private Node rulesSection() {
        salesRefused.setText(ctx.text("field.visitorSalesRefused"));
        salesRefused.setId("visitorRulesSales");
        overstayHours.setId("visitorRulesOverstay");
        overstayHours.setEditable(true);
        overstayHours.setPrefWidth(110);
        Label hoursLabel = new Label(ctx.text("field.visitorOverstayHours"));
        hoursLabel.setLabelFor(overstayHours);
        HBox hoursRow = new HBox(8, hoursLabel, overstayHours);
        hoursRow.setAlignment(Pos.CENTER_LEFT);
        storeFullIds.setText(ctx.text("field.visitorStoreFullIdNumbers"));
        storeFullIds.setId("visitorRulesFullId");
        Label warning = Forms.wrapping(new Label(ctx.text("visitorSettings.fullIdNotice")));
        warning.setId("visitorRulesFullIdWarning");
        warning.setStyle("-fx-text-fill: #8a5300;");
        warning.setPadding(new Insets(0, 0, 0, 26));
        rulesMessage.setId("visitorRulesMessage");

        VBox box = new VBox(8, Forms.sectionTitle(ctx.text("visitorSettings.rulesTitle")), salesRefused, hoursRow, storeFullIds, warning);
        for (Node n : List.of(salesRefused, overstayHours, storeFullIds)) {
            n.setDisable(!editRules);
        }
        if (editRules) {
            Button save = Forms.button(ctx.text("visitorSettings.saveRules"), "visitorRulesSave", this::saveRules);
            box.getChildren().addAll(rulesMessage, save);
            // A filter, so Enter in the spinner's editor saves too (the editor handles Enter itself).
            box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                    e.consume();
                    saveRules();
                }
            });
        } else {
            Label readOnly = Forms.wrapping(new Label(ctx.text("visitorSettings.readOnly")));
            readOnly.setId("visitorRulesReadOnly");
            readOnly.getStyleClass().add("muted");
            box.getChildren().add(readOnly);
        }
        box.setMaxWidth(720);
        return box;
    }

    private void loadRules() {
        ctx.run(settings::current, this::showRules);
    }

    private void showRules(WorkstationSettings s) {
        salesRefused.setSelected(s.visitorSalesRefused());
        overstayHours.getValueFactory().setValue(s.visitorOverstayHours());
        storeFullIds.setSelected(s.visitorStoreFullIdNumbers());
    }

    private void saveRules() {
        rulesMessage.setText("");
        try {
            overstayHours.commitValue(); // what was typed, even if the editor still has the focus
        } catch (RuntimeException notANumber) {
            overstayHours.cancelEdit();
            WorkstationSettings.Range r = WorkstationSettings.VISITOR_OVERSTAY_HOURS;
            rulesMessage.setText(ctx.text("validation.fieldProblem", ctx.text("field.visitorOverstayHours"),
                    ctx.text("validation.range", r.min(), r.max())));
            return;
        }
        boolean sales = salesRefused.isSelected();
        int hours = overstayHours.getValue();
        boolean full = storeFullIds.isSelected();
        // Only this tab's fields change; the others are taken as stored now.
        ctx.run(() -> settings.update(session, settings.current().withVisitorRules(sales, hours, full)),
                saved -> {
                    showRules(saved);
                    status.accept(ctx.text("visitorSettings.rulesSaved"));
                },
                failure -> rulesMessage.setText(ctx.errors().describe(failure)));
    }

    // --- pass pool --------------------------------------------------------------------------

    private Node passesSection() {
        passes.setId("visitorPassTable");
        passes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        passes.setPlaceholder(new Label(ctx.text("visitorSettings.noPasses")));
        passes.getColumns().add(Tables.column(ctx.text("field.passNo"), 90, PassState::passNo));
        passes.getColumns().add(Tables.column(ctx.text("visitorSettings.passState"), 90,
                p -> ctx.text(p.active() ? "visitorSettings.passActive" : "visitorSettings.passOff")));
        passes.getColumns().add(Tables.column(ctx.text("visitorSettings.heldBy"), 150,
                p -> p.heldBy() == null ? "" : p.heldBy()));
        passes.setMinHeight(180);
        VBox.setVgrow(passes, Priority.ALWAYS);
        passMessage.setId("visitorPassMessage");

        VBox box = new VBox(8, Forms.sectionTitle(ctx.text("visitorSettings.passesTitle")));
        if (manage) {
            passInput.setId("visitorPassInput");
            passInput.setPromptText(ctx.text("visitorSettings.addPassesPrompt"));
            passInput.setOnAction(e -> addPasses());
            Label inputLabel = new Label(ctx.text("visitorSettings.addPassesLabel"));
            inputLabel.setLabelFor(passInput);
            HBox.setHgrow(passInput, Priority.ALWAYS);
            HBox addRow = new HBox(8, inputLabel, passInput,
                    Forms.button(ctx.text("visitorSettings.addPasses"), "visitorPassAdd", this::addPasses));
            addRow.setAlignment(Pos.CENTER_LEFT);
            passToggle.setId("visitorPassToggle");
            passToggle.setOnAction(e -> withSelectedPass(p -> switchPass(p, !p.active())));
            passToggle.setDisable(true);
            passes.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> showToggle(p));
            showToggle(null);
            // Delete switches the selected pass off (lost), Insert on again, Enter the other way round.
            passes.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                PassState p = passes.getSelectionModel().getSelectedItem();
                if (p == null) {
                    return;
                }
                if (e.getCode() == KeyCode.DELETE) {
                    e.consume();
                    switchPass(p, false);
                } else if (e.getCode() == KeyCode.INSERT) {
                    e.consume();
                    switchPass(p, true);
                } else if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    switchPass(p, !p.active());
                }
            });
            Label hint = Forms.wrapping(new Label(ctx.text("visitorSettings.passesHint")));
            hint.getStyleClass().add("muted");
            // The add row first: Tab goes from the field that takes the passes to the list.
            box.getChildren().addAll(addRow, passMessage, passes, passToggle, hint);
        } else {
            box.getChildren().add(passes);
        }
        box.setPrefWidth(400);
        box.setMinWidth(340);
        return box;
    }

    private void showToggle(PassState p) {
        passToggle.setDisable(p == null);
        passToggle.setText(ctx.text(p == null || p.active() ? "visitorSettings.switchOff" : "visitorSettings.switchOn"));
    }

    private void loadPasses(String select) {
        ctx.run(visitors::passPool, pool -> {
            passes.getItems().setAll(pool);
            if (select != null) {
                pool.stream().filter(p -> p.passNo().equals(select)).findFirst().ifPresent(p -> {
                    passes.getSelectionModel().select(p);
                    passes.scrollTo(p);
                });
            }
        });
    }

    private void addPasses() {
        passMessage.setText("");
        String typed = passInput.getText();
        ctx.run(() -> {
            List<String> wanted = PassRange.expand(typed);
            List<String> added = visitors.addPasses(session, wanted);
            List<String> skipped = wanted.stream().filter(p -> !added.contains(p)).toList();
            return new Added(added, skipped);
        }, result -> {
            passInput.clear();
            status.accept(addedText(result));
            loadPasses(result.added().isEmpty() ? null : result.added().get(0));
        }, failure -> {
            passMessage.setText(ctx.errors().describe(failure));
        });
    }

    private String addedText(Added result) {
        String added = span(result.added());
        if (result.skipped().isEmpty()) {
            return ctx.text("visitorSettings.passesAdded", result.added().size(), added);
        }
        List<String> skipped = result.skipped();
        String listed = String.join(", ", skipped.subList(0, Math.min(LISTED_SKIPPED, skipped.size())))
                + (skipped.size() > LISTED_SKIPPED ? ", …" : "");
        return ctx.text("visitorSettings.passesAddedSkipped", result.added().size(), added.isEmpty() ? "-" : added,
                listed);
    }

    /** P21 for one pass, P21–P23 for several. */
    private static String span(List<String> passes) {
        if (passes.isEmpty()) {
            return "";
        }
        return passes.size() == 1 ? passes.get(0) : passes.get(0) + "–" + passes.get(passes.size() - 1);
    }

    private void switchPass(PassState p, boolean on) {
        passMessage.setText("");
        if (p.active() == on) {
            status.accept(ctx.text(on ? "visitorSettings.passAlreadyOn" : "visitorSettings.passAlreadyOff", p.passNo()));
            return;
        }
        ctx.run(() -> {
            visitors.definePass(session, p.passNo(), on);
            return p;
        }, done -> {
            if (on) {
                status.accept(ctx.text("visitorSettings.passSwitchedOn", p.passNo()));
            } else if (p.heldBy() != null) {
                status.accept(ctx.text("visitorSettings.passSwitchedOffHeld", p.passNo(), p.heldBy()));
            } else {
                status.accept(ctx.text("visitorSettings.passSwitchedOff", p.passNo()));
            }
            loadPasses(p.passNo());
        }, failure -> passMessage.setText(ctx.errors().describe(failure)));
    }

    private void withSelectedPass(Consumer<PassState> action) {
        PassState selected = passes.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected);
        } else {
            status.accept(ctx.text("list.selectFirst"));
        }
    }

    // --- watchlist --------------------------------------------------------------------------

    private Node watchlistSection() {
        watch.setId("visitorWatchTable");
        watch.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        watch.setPlaceholder(new Label(ctx.text("visitorSettings.noWatch")));
        watch.getColumns().add(Tables.column(ctx.text("field.name"), 90, e -> e.name() == null ? "" : e.name()));
        watch.getColumns().add(Tables.column(ctx.text("field.phone"), 110, e -> Masking.phone(e.phone())));
        watch.getColumns().add(Tables.column(ctx.text("visitorSettings.hasIdNumber"), 70,
                e -> ctx.text(e.hasIdNumber() ? "common.yes" : "common.no")));
        watch.getColumns().add(Tables.column(ctx.text("field.reason"), 160, WatchlistEntry::reason));
        watch.getColumns().add(Tables.column(ctx.text("visitorSettings.addedBy"), 110,
                e -> staffNames.getOrDefault(e.addedBy(), e.addedBy())));
        watch.getColumns().add(Tables.column(ctx.text("visitorSettings.addedAt"), 120,
                e -> e.createdAt() == null ? "" : ADDED_AT.format(e.createdAt().atZone(zone))));
        watch.setMinHeight(140);
        VBox.setVgrow(watch, Priority.ALWAYS);
        watch.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && watch.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                removeSelected();
            }
        });

        watchName.setId("visitorWatchName");
        watchPhone.setId("visitorWatchPhone");
        watchIdNumber.setId("visitorWatchIdNumber");
        watchReason.setId("visitorWatchReason");
        GridPane form = Forms.grid();
        Forms.row(form, ctx.text("field.name"), watchName);
        Forms.row(form, ctx.text("field.phone"), watchPhone);
        Forms.row(form, ctx.text("field.idNumber"), watchIdNumber);
        Forms.row(form, ctx.text("field.reason"), watchReason);
        Forms.submitOnEnter(form, this::addToWatchlist);
        watchMessage.setId("visitorWatchMessage");
        HBox actions = new HBox(8,
                Forms.button(ctx.text("visitorSettings.watchAdd"), "visitorWatchAdd", this::addToWatchlist),
                Forms.button(ctx.text("visitorSettings.watchRemove"), "visitorWatchRemove", this::removeSelected));
        Label hint = Forms.wrapping(new Label(ctx.text("visitorSettings.watchHint")));
        hint.getStyleClass().add("muted");
        VBox box = new VBox(8, Forms.sectionTitle(ctx.text("visitorSettings.watchTitle")), hint, form, watchMessage, actions, watch);
        box.setMinWidth(420);
        return box;
    }

    private void loadWatchlist(String select) {
        ctx.run(() -> new WatchData(visitors.watchlist(session), staffNames(), ctx.workstation().sites().zone()), d -> {
            staffNames = d.staffNames();
            zone = d.zone();
            watch.getItems().setAll(d.entries());
            if (select != null) {
                d.entries().stream().filter(e -> e.id().equals(select)).findFirst().ifPresent(e -> {
                    watch.getSelectionModel().select(e);
                    watch.scrollTo(e);
                });
            }
        });
    }

    /** Staff id → "name (employee no.)" for the "added by" column; empty for a role that may not list staff. */
    private Map<String, String> staffNames() {
        Map<String, String> names = new HashMap<>();
        if (!session.may(Permission.VIEW_STAFF)) {
            return names;
        }
        StaffMember after = null;
        while (true) {
            List<StaffMember> page = ctx.workstation().accounts().staffPage(session, after, STAFF_PAGE);
            page.forEach(s -> names.put(s.id(), s.actor().name()));
            if (page.size() < STAFF_PAGE) {
                return names;
            }
            after = page.get(page.size() - 1);
        }
    }

    private void addToWatchlist() {
        watchMessage.setText("");
        String name = watchName.getText();
        String phone = watchPhone.getText();
        String idNumber = watchIdNumber.getText();
        String reason = watchReason.getText();
        ctx.run(() -> visitors.addToWatchlist(session, name, phone, idNumber, reason), added -> {
            for (TextField f : List.of(watchName, watchPhone, watchIdNumber, watchReason)) {
                f.clear();
            }
            status.accept(ctx.text("visitorSettings.watchAdded", who(added)));
            loadWatchlist(added.id());
            watchName.requestFocus();
        }, failure -> watchMessage.setText(ctx.errors().describe(failure)));
    }

    private void removeSelected() {
        WatchlistEntry entry = watch.getSelectionModel().getSelectedItem();
        if (entry == null) {
            status.accept(ctx.text("list.selectFirst"));
            return;
        }
        ButtonType yes = new ButtonType(ctx.text("visitorSettings.watchRemove"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(ctx.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                ctx.text("visitorSettings.watchRemoveConfirm", who(entry)), yes, no);
        confirm.initOwner(window());
        confirm.setTitle(ctx.text("visitorSettings.watchRemove"));
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(yes::equals).ifPresent(ok -> ctx.run(() -> {
            visitors.removeFromWatchlist(session, entry.id());
            return entry;
        }, removed -> {
            status.accept(ctx.text("visitorSettings.watchRemoved", who(removed)));
            loadWatchlist(null);
        }, failure -> watchMessage.setText(ctx.errors().describe(failure))));
    }

    /** The entry as a message names it: its name, else its masked phone, else "ID number …". */
    private String who(WatchlistEntry e) {
        if (e.name() != null) {
            return e.name();
        }
        if (e.phone() != null) {
            return Masking.phone(e.phone());
        }
        return ctx.text("visitorSettings.byIdNumber");
    }

    // --- helpers ----------------------------------------------------------------------------

    private Window window() {
        return root.getScene().getWindow();
    }
}
