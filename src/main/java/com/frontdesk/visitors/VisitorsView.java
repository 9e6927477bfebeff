package com.frontdesk.visitors;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.Masking;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.Refresh;
import com.frontdesk.ui.TabKeys;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The visitor register. The desk tab: the check-in form on the left; on the right a field where
 * the desk types or scans a visit number, pass or slip code to check out, who is inside (Enter
 * checks the selected visitor out, Ctrl+P prints their slip) and the lounge (Enter: the host
 * confirmed; Delete: turned away). The history tab lists every visit. F4 goes to the check-out
 * field from anywhere in the view.
 */
public final class VisitorsView {
    static final int PAGE = 50;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> onStatus;
    private final VisitorService visitors;
    private final ZoneId zone;
    private final CheckInForm form;
    private final TextField checkOut = new TextField();
    private final Label status = new Label();
    /** The temporary passes not yet back at the desk, and who holds them. */
    private final Label passesOut = new Label();
    private final PagedTable<OnSiteVisit> onSite;
    private final PagedTable<Visit> waiting;
    private final VisitorPrinting printing;
    private final TabPane root = new TabPane();
    /** The history tab's page while it is shown: the global search puts a number in its box. */
    private VisitHistoryPane shownHistory;

    public VisitorsView(UiContext ctx, Session session, Consumer<String> onStatus) {
        this.ctx = ctx;
        this.session = session;
        this.onStatus = onStatus;
        this.visitors = ctx.workstation().visitors();
        this.zone = ctx.workstation().sites().zone();
        this.form = new CheckInForm(ctx, session, this::checkedIn);
        this.onSite = new PagedTable<>(ctx, (after, n) -> visitors.onSite(after == null ? null : after.visit(), n), PAGE);
        this.waiting = new PagedTable<>(ctx, visitors::waiting, PAGE);
        this.printing = new VisitorPrinting(ctx, this::say);

        HBox desk = new HBox(24);
        desk.setPadding(new Insets(16));
        ScrollPane formScroll = new ScrollPane(form.root());
        formScroll.setFitToWidth(true);
        formScroll.setMinWidth(400);
        Node lists = lists();
        HBox.setHgrow(lists, Priority.ALWAYS);
        desk.getChildren().addAll(formScroll, lists);

        Tab deskTab = new Tab(ctx.text("visitors.tab.desk"), desk);
        deskTab.setId("visitorsDeskTab");
        Tab historyTab = new Tab(ctx.text("visitors.tab.history"));
        historyTab.setId("visitorsHistoryTab");
        root.setId("visitorsView");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getTabs().addAll(deskTab, historyTab);
        // The history is built when opened, so it shows the visits made since.
        root.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == historyTab) {
                VisitHistoryPane history = new VisitHistoryPane(ctx, session, onStatus);
                shownHistory = history;
                historyTab.setContent(history.root());
                Platform.runLater(history::focus);
            } else {
                reload();
                Platform.runLater(form::focus);
            }
        });
        TabKeys.install(root);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        reload();
        Refresh.every(root, Duration.minutes(1), () -> onSite.table().isFocused() || waiting.table().isFocused(),
                this::reload);
        form.focusWhenShown();
    }

    public Parent root() {
        return root;
    }

    /** The desk tab with the list of who is inside focused (the dashboard's tiles lead here). */
    public void showOnSite() {
        root.getSelectionModel().select(0);
        Platform.runLater(onSite::focus);
    }

    /** Opens the history on one visit, by its number (the global search's Enter). */
    public void showVisit(String number) {
        root.getTabs().stream().filter(t -> "visitorsHistoryTab".equals(t.getId())).findFirst()
                .ifPresent(t -> root.getSelectionModel().select(t));
        if (shownHistory != null) {
            shownHistory.find(number);
        }
    }

    private void onKey(KeyEvent e) {
        if (root.getSelectionModel().getSelectedIndex() != 0) {
            return;
        }
        if (e.getCode() == KeyCode.F4) {
            checkOut.requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.F5) {
            reload();
            e.consume();
        } else if (form.handleKey(e)) {
            e.consume();
        }
    }

    private Node lists() {
        onSite.table().setId("visitorOnSite");
        onSite.table().setPlaceholder(new Label(ctx.text("visitors.nobodyOnSite")));
        onSite.addColumn(ctx.text("visitors.col.number"), o -> o.visit().number());
        onSite.addColumn(ctx.text("field.visitorName"), o -> o.visit().visitorName());
        onSite.addColumn(ctx.text("field.host"), o -> o.visit().hostText());
        onSite.addColumn(ctx.text("field.passNo"), o -> o.visit().passNo() == null ? "" : o.visit().passNo());
        onSite.addColumn(ctx.text("visitors.col.since"), o -> since(o.visit()));
        onSite.addColumn(ctx.text("visitors.col.phone"), o -> Masking.phone(o.visit().phone()));
        onSite.addColumn(ctx.text("visitors.col.overstay"), o -> o.overstay() ? ctx.text("visitors.overstay") : "");
        onSite.table().setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(OnSiteVisit item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overstay");
                if (!empty && item != null && item.overstay()) {
                    getStyleClass().add("overstay");
                }
            }
        });
        onSite.table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            OnSiteVisit selected = onSite.table().getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                checkOut(selected.visit().id());
            } else if (e.getCode() == KeyCode.P && e.isShortcutDown()) {
                e.consume();
                printing.printSlip(selected.visit(), root.getScene().getWindow());
            }
        });
        VBox.setVgrow(onSite.table(), Priority.ALWAYS);
        // A visit number (FK-20261122-0001) is read whole at the desk.
        onSite.table().getColumns().get(0).setMinWidth(140);

        waiting.table().setId("visitorWaiting");
        waiting.table().setPlaceholder(new Label(ctx.text("visitors.nobodyWaiting")));
        waiting.table().setPrefHeight(150);
        waiting.addColumn(ctx.text("visitors.col.number"), Visit::number);
        waiting.addColumn(ctx.text("field.visitorName"), Visit::visitorName);
        waiting.addColumn(ctx.text("field.host"), Visit::hostText);
        waiting.addColumn(ctx.text("visitors.col.since"), this::since);
        waiting.addColumn(ctx.text("field.passNo"), v -> v.passNo() == null ? "" : v.passNo());
        waiting.table().getColumns().get(0).setMinWidth(140);
        waiting.table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Visit selected = waiting.table().getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                confirm(selected);
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                turnAway(selected);
            }
        });

        checkOut.setId("visitorCheckOut");
        checkOut.setPromptText(ctx.text("visitors.checkOutPrompt"));
        checkOut.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                checkOut(checkOut.getText());
            }
        });
        Label checkOutLabel = new Label(ctx.text("field.visitCode"));
        checkOutLabel.setLabelFor(checkOut);
        HBox.setHgrow(checkOut, Priority.ALWAYS);
        HBox checkOutRow = new HBox(8, checkOutLabel, checkOut,
                Forms.button(ctx.text("visitors.checkOut"), "visitorCheckOutButton", () -> checkOut(checkOut.getText())));
        checkOutRow.setAlignment(Pos.CENTER_LEFT);
        status.setId("visitorStatus");
        status.setWrapText(true);

        HBox actions = new HBox(8,
                Forms.button(ctx.text("print.slip.print"), "visitorPrintSlip", this::printSelectedSlip),
                Forms.button(ctx.text("print.rollCall.print"), "visitorRollCall",
                        () -> printing.rollCall(root.getScene().getWindow())),
                Forms.button(ctx.text("print.rollCall.savePdf"), "visitorRollCallPdf",
                        () -> printing.rollCallPdf(root.getScene().getWindow())));
        Label onSiteTitle = new Label(ctx.text("visitors.onSiteTitle"));
        onSiteTitle.getStyleClass().add("section-title");
        Label waitingTitle = new Label(ctx.text("visitors.waitingTitle"));
        waitingTitle.getStyleClass().add("section-title");
        Label keys = new Label(ctx.text("visitors.listKeys"));
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        passesOut.setId("visitorPassesOut");
        passesOut.setWrapText(true);
        passesOut.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(8, checkOutRow, status, onSiteTitle, passesOut, onSite.table(), onSite.moreButton(), actions,
                waitingTitle, waiting.table(), keys);
    }

    private void checkedIn(Visit visit) {
        String key = switch (visit.status()) {
            case ON_SITE -> "visitors.checkedIn";
            case WAITING -> "visitors.waiting";
            default -> "visitors.refusedStored";
        };
        say(ctx.text(key, visit.visitorName(), visit.number()));
        reload();
    }

    private void checkOut(String code) {
        ctx.run(() -> visitors.checkOut(session, code), visit -> {
            checkOut.clear();
            say(visit.passNo() == null
                    ? ctx.text("visitors.checkedOut", visit.visitorName(), visit.number())
                    : ctx.text("visitors.checkedOutPass", visit.visitorName(), visit.number(), visit.passNo()));
            reload();
        }, failure -> {
            checkOut.selectAll();
            say(ctx.errors().describe(failure));
        });
    }

    /** The host called back: the visitor goes in, with a pass if the desk types one. */
    private void confirm(Visit visit) {
        TextInputDialog ask = new TextInputDialog(visit.passNo() == null ? "" : visit.passNo());
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(ctx.text("visitors.confirmTitle"));
        ask.setHeaderText(ctx.text("visitors.confirmHeader", visit.visitorName(), visit.hostText()));
        ask.setContentText(ctx.text("field.passNo"));
        ask.getEditor().setId("confirmPass");
        ask.showAndWait().ifPresent(pass -> ctx.run(() -> visitors.confirm(session, visit.id(), pass), v -> {
            say(ctx.text("visitors.checkedIn", v.visitorName(), v.number()));
            reload();
        }, failure -> say(ctx.errors().describe(failure))));
    }

    private void turnAway(Visit visit) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, ctx.text("visitors.turnAwayQuestion", visit.visitorName()),
                ButtonType.YES, ButtonType.NO);
        ask.initOwner(root.getScene().getWindow());
        ask.setHeaderText(null);
        ask.showAndWait().filter(b -> b == ButtonType.YES).ifPresent(b ->
                ctx.run(() -> visitors.turnAway(session, visit.id()), v -> {
                    say(ctx.text("visitors.turnedAway", v.visitorName(), v.number()));
                    reload();
                }, failure -> say(ctx.errors().describe(failure))));
    }

    private void printSelectedSlip() {
        OnSiteVisit selected = onSite.table().getSelectionModel().getSelectedItem();
        if (selected == null) {
            say(ctx.text("visitors.selectFirst"));
            return;
        }
        printing.printSlip(selected.visit(), root.getScene().getWindow());
    }

    private void reload() {
        onSite.reload();
        waiting.reload();
        ctx.run(visitors::passesOut, out -> passesOut.setText(out.isEmpty() ? ctx.text("visitors.noPassesOut")
                : ctx.text("visitors.passesOut", out.size(), String.join(", ", out.stream()
                        .map(v -> v.passNo() + " " + v.visitorName()).toList()))));
    }

    private String since(Visit v) {
        return v.checkedInAt() == null ? "" : SINCE.format(v.checkedInAt().atZone(zone));
    }

    private void say(String text) {
        status.setText(text);
        onStatus.accept(text);
    }
}
