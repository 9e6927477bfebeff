package com.frontdesk.parcels;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.Masking;
import com.frontdesk.directory.DirectoryEntry;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.UiContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Deposited items (物品寄存), the content of a tab of the parcels screen. On the left the form for an
 * item left at the desk (Enter saves); on the right the items held, oldest first (Enter: hand out
 * against a signature; Delete: give back to the depositor), and the history with its search.
 * F5 reloads the lists.
 */
public final class DepositsPane {
    static final int PAGE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> onStatus;
    private final DepositService deposits;
    private final ZoneId zone;

    private final TextField description = field("depositDescription");
    private final TextField depositorName = field("depositDepositorName");
    private final TextField depositorPhone = field("depositDepositorPhone");
    private final DirectoryPicker recipient;
    private final TextField shelf = field("depositShelf");
    private final TextField note = field("depositNote");
    private final Label message = Forms.messageLabel();
    private final Label status = new Label();
    private final PagedTable<Deposit> held;
    private final PagedTable<Deposit> history;
    private final TextField search = field("depositSearch");
    private final ComboBox<DepositStatus> historyStatus = new ComboBox<>();
    private final HBox root = new HBox(24);
    private volatile DepositFilter filter = DepositFilter.ALL;

    public DepositsPane(UiContext ctx, Session session, Consumer<String> onStatus) {
        this.ctx = ctx;
        this.session = session;
        this.onStatus = onStatus;
        this.deposits = ctx.workstation().deposits();
        this.zone = ctx.workstation().sites().zone();
        this.recipient = new DirectoryPicker(ctx, "depositRecipient");
        this.held = new PagedTable<>(ctx, deposits::held, PAGE);
        this.history = new PagedTable<>(ctx, (after, n) -> deposits.history(filter, after, n), PAGE);

        ScrollPane formScroll = new ScrollPane(form());
        formScroll.setFitToWidth(true);
        formScroll.setMinWidth(380);
        Node lists = lists();
        HBox.setHgrow(lists, Priority.ALWAYS);
        root.setId("depositsPane");
        root.setPadding(new Insets(16));
        root.getChildren().addAll(formScroll, lists);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                reload();
                e.consume();
            }
        });
        reload();
        focusWhenShown();
    }

    public Parent root() {
        return root;
    }

    /** The first field of the form, for the tab that shows this pane. */
    public void focus() {
        description.requestFocus();
    }

    public void reload() {
        held.reload();
        history.reload();
    }

    private Node form() {
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.description"), description);
        Forms.row(grid, ctx.text("field.depositorName"), depositorName);
        Forms.row(grid, ctx.text("field.depositorPhone"), depositorPhone);
        Forms.row(grid, ctx.text("field.recipient"), recipient.field());
        Forms.row(grid, ctx.text("field.shelf"), shelf);
        Forms.row(grid, ctx.text("field.note"), note);
        description.setPromptText(ctx.text("deposit.descriptionPrompt"));
        shelf.setPromptText(ctx.text("deposit.shelfPrompt"));
        Forms.submitOnEnter(grid, this::save);
        message.setId("depositMessage");
        Label title = new Label(ctx.text("deposit.formTitle"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(ctx.text("deposit.formHint"));
        hint.setWrapText(true);
        VBox box = new VBox(8, title, grid, message, Forms.button(ctx.text("deposit.save"), "depositSave", this::save),
                hint);
        box.setPrefWidth(420);
        box.setMinWidth(360);
        return box;
    }

    private Node lists() {
        held.table().setId("depositHeld");
        held.table().setPlaceholder(new Label(ctx.text("deposit.noneHeld")));
        held.addColumn(ctx.text("deposit.col.number"), Deposit::number);
        held.addColumn(ctx.text("field.description"), Deposit::description);
        held.addColumn(ctx.text("field.recipient"), Deposit::recipientText);
        held.addColumn(ctx.text("field.depositorName"), Deposit::depositorName);
        held.addColumn(ctx.text("deposit.col.phone"), d -> Masking.phone(d.depositorPhone()));
        held.addColumn(ctx.text("field.shelf"), d -> text(d.shelfCode()));
        held.addColumn(ctx.text("deposit.col.since"), d -> time(d.receivedAt()));
        held.table().getColumns().get(0).setMinWidth(140);
        held.moreButton().setId("depositHeldMore");
        held.table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                handOutSelected();
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                returnSelected();
            }
        });
        held.table().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                handOutSelected();
            }
        });
        held.table().setMinHeight(140);
        VBox.setVgrow(held.table(), Priority.ALWAYS);

        search.setPromptText(ctx.text("deposit.searchPrompt"));
        search.setPrefWidth(220);
        historyStatus.setId("depositHistoryStatus");
        Forms.anyOr(historyStatus, ctx.text("deposit.anyStatus"), s -> ctx.text(s.messageKey()),
                DepositStatus.values());
        historyStatus.valueProperty().addListener((o, was, now) -> applyFilter());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                applyFilter();
            }
        });
        Label searchLabel = new Label(ctx.text("deposit.search"));
        searchLabel.setLabelFor(search);
        HBox filters = new HBox(8, searchLabel, search, historyStatus,
                Forms.button(ctx.text("audit.apply"), "depositSearchApply", this::applyFilter));
        filters.setAlignment(Pos.CENTER_LEFT);

        history.table().setId("depositHistory");
        history.table().setPlaceholder(new Label(ctx.text("deposit.noHistory")));
        history.addColumn(ctx.text("deposit.col.number"), Deposit::number);
        history.addColumn(ctx.text("field.description"), Deposit::description);
        history.addColumn(ctx.text("field.recipient"), Deposit::recipientText);
        history.addColumn(ctx.text("field.depositorName"), Deposit::depositorName);
        history.addColumn(ctx.text("deposit.col.status"), d -> ctx.text(d.status().messageKey()));
        history.addColumn(ctx.text("deposit.col.outcome"), this::outcome);
        history.addColumn(ctx.text("deposit.col.since"), d -> time(d.receivedAt()));
        history.addColumn(ctx.text("deposit.col.closed"), d -> time(d.closedAt()));
        history.table().getColumns().get(0).setMinWidth(140);
        history.table().setMinHeight(140);
        history.table().setPrefHeight(220);
        history.moreButton().setId("depositHistoryMore");

        status.setId("depositStatus");
        status.setWrapText(true);
        Label heldTitle = new Label(ctx.text("deposit.heldTitle"));
        heldTitle.getStyleClass().add("section-title");
        Label historyTitle = new Label(ctx.text("deposit.historyTitle"));
        historyTitle.getStyleClass().add("section-title");
        HBox actions = new HBox(8, Forms.button(ctx.text("deposit.handOut"), "depositHandOut", this::handOutSelected),
                Forms.button(ctx.text("deposit.giveBack"), "depositReturn", this::returnSelected), held.moreButton());
        Label keys = new Label(ctx.text("deposit.listKeys"));
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(8, status, heldTitle, held.table(), actions, keys, historyTitle, filters, history.table(),
                history.moreButton());
    }

    private void save() {
        if (recipient.isShowingSuggestions()) {
            return;
        }
        DirectoryEntry picked = recipient.selected();
        DepositForm form = new DepositForm(description.getText(), depositorName.getText(), depositorPhone.getText(),
                picked == null ? null : picked.roomId(), picked == null ? null : picked.occupantId(),
                picked == null ? recipient.freeText() : null, shelf.getText(), note.getText());
        ctx.run(() -> deposits.receive(session, form), d -> {
            message.setText("");
            description.clear();
            depositorName.clear();
            depositorPhone.clear();
            recipient.clear();
            shelf.clear();
            note.clear();
            say(ctx.text("deposit.received", d.number(), d.description(), d.recipientText()));
            reload();
            description.requestFocus();
        }, failure -> message.setText(ctx.errors().describe(failure)));
    }

    private void handOutSelected() {
        Deposit selected = held.table().getSelectionModel().getSelectedItem();
        if (selected == null) {
            say(ctx.text("list.selectFirst"));
            return;
        }
        new DepositHandOutDialog(ctx, session, root.getScene().getWindow(), selected, d -> {
            say(ctx.text("deposit.handedOut", d.number(), d.collectorName()));
            reload();
            held.table().requestFocus();
        }).show();
    }

    private void returnSelected() {
        Deposit selected = held.table().getSelectionModel().getSelectedItem();
        if (selected == null) {
            say(ctx.text("list.selectFirst"));
            return;
        }
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(ctx.text("deposit.giveBackTitle"));
        ask.setHeaderText(ctx.text("deposit.giveBackHeader", selected.number(), selected.description(),
                selected.depositorName()));
        ask.setContentText(ctx.text("field.reason"));
        ask.getEditor().setId("depositReturnReason");
        ask.showAndWait().ifPresent(reason -> ctx.run(() -> deposits.returnToDepositor(session, selected.id(), reason),
                d -> {
                    say(ctx.text("deposit.givenBack", d.number(), d.depositorName()));
                    reload();
                }, failure -> say(ctx.errors().describe(failure))));
    }

    private void applyFilter() {
        filter = new DepositFilter(historyStatus.getValue(), search.getText());
        history.reload();
    }

    private String outcome(Deposit d) {
        return switch (d.status()) {
            case HELD -> "";
            case HANDED_OUT -> text(d.collectorName());
            case RETURNED -> text(d.returnReason());
        };
    }

    private void focusWhenShown() {
        description.sceneProperty().addListener((o, was, now) -> {
            if (now != null && was == null) {
                Platform.runLater(description::requestFocus);
            }
        });
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private void say(String text) {
        status.setText(text);
        onStatus.accept(text);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
