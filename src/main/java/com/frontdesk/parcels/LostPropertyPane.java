package com.frontdesk.parcels;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.UiContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Lost and found (失物招领), the content of a tab of the parcels screen. On the left the form for a
 * found item (Enter saves; the time found is now unless the desk types one). On the right the items
 * held, found longest ago first (Enter: the owner claims it with an ID check and a signature;
 * Delete: dispose of it, before the keep period only a shift lead with a reason), the items due for
 * disposal (Enter: dispose), and the history with its search. F5 reloads the lists.
 */
public final class LostPropertyPane {
    static final int PAGE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> onStatus;
    private final LostPropertyService lost;
    private final ZoneId zone;

    private final TextField description = field("lostDescription");
    private final ComboBox<LostItemCategory> category = new ComboBox<>();
    private final TextField foundWhere = field("lostFoundWhere");
    private final TextField foundAt = field("lostFoundAt");
    private final TextField foundBy = field("lostFoundBy");
    private final TextField keptWhere = field("lostKeptWhere");
    private final TextField note = field("lostNote");
    private final Label message = Forms.messageLabel();
    private final Label status = new Label();
    private final Label dueTitle = new Label();
    private final PagedTable<LostItem> held;
    private final PagedTable<LostItem> due;
    private final PagedTable<LostItem> history;
    private final TextField search = field("lostSearch");
    private final ComboBox<LostItemStatus> historyStatus = new ComboBox<>();
    private final ComboBox<LostItemCategory> historyCategory = new ComboBox<>();
    private final HBox root = new HBox(24);
    private volatile LostItemFilter filter = LostItemFilter.ALL;
    /** The site's keep period, read off the FX thread with the lists; 0 until it came. */
    private int keepDays;

    public LostPropertyPane(UiContext ctx, Session session, Consumer<String> onStatus) {
        this.ctx = ctx;
        this.session = session;
        this.onStatus = onStatus;
        this.lost = ctx.workstation().lostProperty();
        this.zone = ctx.workstation().sites().zone();
        this.held = new PagedTable<>(ctx, lost::held, PAGE);
        this.due = new PagedTable<>(ctx, lost::dueForDisposal, PAGE);
        this.history = new PagedTable<>(ctx, (after, n) -> lost.history(filter, after, n), PAGE);

        ScrollPane formScroll = new ScrollPane(form());
        formScroll.setFitToWidth(true);
        formScroll.setMinWidth(380);
        ScrollPane listsScroll = new ScrollPane(lists());
        listsScroll.setFitToWidth(true);
        listsScroll.setFitToHeight(true);
        HBox.setHgrow(listsScroll, Priority.ALWAYS);
        root.setId("lostPropertyPane");
        root.setPadding(new Insets(16));
        root.getChildren().addAll(formScroll, listsScroll);
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
        ctx.run(lost::keepDays, days -> {
            keepDays = days;
            dueTitle.setText(ctx.text("lostProperty.dueTitle", days));
            held.table().refresh();
        });
        held.reload();
        due.reload();
        history.reload();
    }

    private Node form() {
        category.setId("lostCategory");
        category.getItems().setAll(LostItemCategory.values());
        category.setConverter(Converters.showing(c -> ctx.text(c.messageKey()), ""));
        category.setPromptText(ctx.text("lostProperty.categoryPrompt"));
        // A ComboBox loses its prompt once a value was chosen and cleared; this cell keeps it.
        category.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(LostItemCategory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? category.getPromptText() : ctx.text(item.messageKey()));
            }
        });
        category.setMaxWidth(Double.MAX_VALUE);
        foundAt.setPromptText(ctx.text("lostProperty.foundAtPrompt"));
        keptWhere.setPromptText(ctx.text("lostProperty.keptWherePrompt"));
        foundBy.setPromptText(ctx.text("lostProperty.foundByPrompt"));

        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.description"), description);
        Forms.row(grid, ctx.text("field.category"), category);
        Forms.row(grid, ctx.text("field.foundWhere"), foundWhere);
        Forms.row(grid, ctx.text("field.foundAt"), foundAt);
        Forms.row(grid, ctx.text("field.foundBy"), foundBy);
        Forms.row(grid, ctx.text("field.keptWhere"), keptWhere);
        Forms.row(grid, ctx.text("field.note"), note);
        Forms.submitOnEnter(grid, this::save);
        message.setId("lostMessage");
        Label title = new Label(ctx.text("lostProperty.formTitle"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(ctx.text("lostProperty.formHint"));
        hint.setWrapText(true);
        VBox box = new VBox(8, title, grid, message, Forms.button(ctx.text("lostProperty.save"), "lostSave", this::save),
                hint);
        box.setPrefWidth(420);
        box.setMinWidth(360);
        return box;
    }

    private Node lists() {
        held.table().setId("lostHeld");
        held.table().setPlaceholder(new Label(ctx.text("lostProperty.noneHeld")));
        held.addColumn(ctx.text("lostProperty.col.number"), LostItem::number);
        held.addColumn(ctx.text("field.description"), LostItem::description);
        held.addColumn(ctx.text("field.category"), i -> i.category() == null ? "" : ctx.text(i.category().messageKey()));
        held.addColumn(ctx.text("field.foundWhere"), LostItem::foundWhere);
        held.addColumn(ctx.text("field.foundAt"), i -> time(i.foundAt()));
        held.addColumn(ctx.text("field.keptWhere"), LostItem::keptWhere);
        held.addColumn(ctx.text("lostProperty.col.keptUntil"),
                i -> keepDays == 0 ? "" : DAY.format(keptUntil(i).atZone(zone)));
        held.table().getColumns().get(0).setMinWidth(140);
        held.table().setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LostItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overstay");
                if (!empty && item != null && keepDays > 0 && !now().isBefore(keptUntil(item))) {
                    getStyleClass().add("overstay");
                }
            }
        });
        held.table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                claimSelected();
            } else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                dispose(held.table().getSelectionModel().getSelectedItem());
            }
        });
        held.table().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                claimSelected();
            }
        });
        held.moreButton().setId("lostHeldMore");
        held.table().setMinHeight(140);
        held.table().setPrefHeight(220);
        VBox.setVgrow(held.table(), Priority.ALWAYS);

        due.table().setId("lostDue");
        due.table().setPlaceholder(new Label(ctx.text("lostProperty.noneDue")));
        due.addColumn(ctx.text("lostProperty.col.number"), LostItem::number);
        due.addColumn(ctx.text("field.description"), LostItem::description);
        due.addColumn(ctx.text("field.foundAt"), i -> time(i.foundAt()));
        due.addColumn(ctx.text("field.keptWhere"), LostItem::keptWhere);
        due.table().getColumns().get(0).setMinWidth(140);
        due.table().setMinHeight(110);
        due.table().setPrefHeight(140);
        due.table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DELETE) {
                e.consume();
                dispose(due.table().getSelectionModel().getSelectedItem());
            }
        });
        due.moreButton().setId("lostDueMore");

        search.setPromptText(ctx.text("lostProperty.searchPrompt"));
        search.setPrefWidth(200);
        historyStatus.setId("lostHistoryStatus");
        Forms.anyOr(historyStatus, ctx.text("deposit.anyStatus"), s -> ctx.text(s.messageKey()),
                LostItemStatus.values());
        historyStatus.valueProperty().addListener((o, was, now) -> applyFilter());
        historyCategory.setId("lostHistoryCategory");
        Forms.anyOr(historyCategory, ctx.text("lostProperty.anyCategory"), c -> ctx.text(c.messageKey()),
                LostItemCategory.values());
        historyCategory.valueProperty().addListener((o, was, now) -> applyFilter());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                applyFilter();
            }
        });
        Label searchLabel = new Label(ctx.text("deposit.search"));
        searchLabel.setLabelFor(search);
        HBox filters = new HBox(8, searchLabel, search, historyStatus, historyCategory,
                Forms.button(ctx.text("audit.apply"), "lostSearchApply", this::applyFilter));
        filters.setAlignment(Pos.CENTER_LEFT);

        history.table().setId("lostHistory");
        history.table().setPlaceholder(new Label(ctx.text("lostProperty.noHistory")));
        history.addColumn(ctx.text("lostProperty.col.number"), LostItem::number);
        history.addColumn(ctx.text("field.description"), LostItem::description);
        history.addColumn(ctx.text("field.foundWhere"), LostItem::foundWhere);
        history.addColumn(ctx.text("field.foundAt"), i -> time(i.foundAt()));
        history.addColumn(ctx.text("lostProperty.col.status"), i -> ctx.text(i.status().messageKey()));
        history.addColumn(ctx.text("lostProperty.col.outcome"), this::outcome);
        history.addColumn(ctx.text("lostProperty.col.closed"), i -> time(i.closedAt()));
        history.table().getColumns().get(0).setMinWidth(140);
        history.table().setMinHeight(140);
        history.table().setPrefHeight(200);
        history.moreButton().setId("lostHistoryMore");

        status.setId("lostStatus");
        status.setWrapText(true);
        Label heldTitle = new Label(ctx.text("lostProperty.heldTitle"));
        heldTitle.getStyleClass().add("section-title");
        dueTitle.setId("lostDueTitle");
        dueTitle.getStyleClass().add("section-title");
        Label historyTitle = new Label(ctx.text("lostProperty.historyTitle"));
        historyTitle.getStyleClass().add("section-title");
        HBox heldActions = new HBox(8,
                Forms.button(ctx.text("lostProperty.claim"), "lostClaim", this::claimSelected),
                Forms.button(ctx.text("lostProperty.dispose"), "lostDispose",
                        () -> dispose(held.table().getSelectionModel().getSelectedItem())),
                held.moreButton());
        HBox dueActions = new HBox(8,
                Forms.button(ctx.text("lostProperty.dispose"), "lostDisposeDue",
                        () -> dispose(due.table().getSelectionModel().getSelectedItem())),
                due.moreButton());
        Label keys = new Label(ctx.text("lostProperty.listKeys"));
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(8, status, heldTitle, held.table(), heldActions, keys, dueTitle, due.table(), dueActions,
                historyTitle, filters, history.table(), history.moreButton());
    }

    private void save() {
        Instant at;
        try {
            at = parseFoundAt(foundAt.getText());
        } catch (ValidationException e) {
            message.setText(ctx.errors().describe(e));
            return;
        }
        LostItemForm form = new LostItemForm(description.getText(), category.getValue(), foundWhere.getText(), at,
                foundBy.getText(), keptWhere.getText(), note.getText());
        ctx.run(() -> lost.record(session, form), item -> {
            message.setText("");
            description.clear();
            category.setValue(null);
            foundWhere.clear();
            foundAt.clear();
            foundBy.clear();
            keptWhere.clear();
            note.clear();
            say(ctx.text("lostProperty.recorded", item.number(), item.description(), item.keptWhere()));
            reload();
            description.requestFocus();
        }, failure -> message.setText(ctx.errors().describe(failure)));
    }

    /** Empty: now. "14:30": today at that time; "2026-11-22 14:30": that day; both in the site's zone. */
    private Instant parseFoundAt(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (t.length() <= 5) {
                LocalDate today = LocalDate.ofInstant(now(), zone);
                return LocalDateTime.of(today, LocalTime.parse(t.length() == 4 ? "0" + t : t)).atZone(zone).toInstant();
            }
            return LocalDateTime.parse(t, TYPED).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new Problem("foundAt", "lostProperty.foundAtFormat", List.of())));
        }
    }

    private void claimSelected() {
        LostItem selected = held.table().getSelectionModel().getSelectedItem();
        if (selected == null) {
            say(ctx.text("list.selectFirst"));
            return;
        }
        new LostItemClaimDialog(ctx, session, root.getScene().getWindow(), selected, item -> {
            say(ctx.text("lostProperty.claimed", item.number(), item.claimantName()));
            reload();
            held.table().requestFocus();
        }).show();
    }

    /** Before the keep period is over only a shift lead may, with a reason; a receptionist is told when. */
    private void dispose(LostItem item) {
        if (item == null) {
            say(ctx.text("list.selectFirst"));
            return;
        }
        if (keepDays == 0) {
            return;
        }
        Instant until = keptUntil(item);
        boolean early = now().isBefore(until);
        String day = DAY.format(until.atZone(zone));
        if (early && !session.may(Permission.CORRECT_PARCELS)) {
            say(ctx.text("lostProperty.notDueYet", item.number(), day));
            return;
        }
        new LostItemDisposeDialog(ctx, session, root.getScene().getWindow(), item, early, day, gone -> {
            say(ctx.text("lostProperty.disposed", gone.number(), ctx.text(gone.disposalMethod().messageKey())));
            reload();
        }).show();
    }

    private void applyFilter() {
        filter = new LostItemFilter(historyStatus.getValue(), historyCategory.getValue(), search.getText());
        history.reload();
    }

    private String outcome(LostItem i) {
        return switch (i.status()) {
            case HELD -> "";
            case CLAIMED -> i.claimantName();
            case DISPOSED -> ctx.text(i.disposalMethod().messageKey());
        };
    }

    private Instant keptUntil(LostItem item) {
        return item.foundAt().plus(Duration.ofDays(keepDays));
    }

    private Instant now() {
        return ctx.workstation().clock().instant();
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
