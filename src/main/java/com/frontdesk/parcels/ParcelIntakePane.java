package com.frontdesk.parcels;

import com.frontdesk.accounts.Session;
import com.frontdesk.directory.DirectoryEntry;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.Refresh;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Intake, scanner first: the tracking field has the focus, the scanner types the number and
 * Enter, the carrier is suggested where the number says it surely, the recipient comes from the
 * directory, and Enter in any field takes the parcel in. Beside it the parcels on the shelf:
 * N records the notice, P opens the pickup, R returns one to the courier, S hands it to security.
 */
final class ParcelIntakePane {
    static final int PAGE = 50;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final Consumer<Parcel> openPickup;
    private final ParcelService parcels;
    private final ZoneId zone;

    private final TextField tracking = field("parcelTracking");
    private final ComboBox<Carrier> carrier = new ComboBox<>();
    private final DirectoryPicker recipient;
    private final Spinner<Integer> pieces = new Spinner<>(1, ParcelForm.MAX_PIECES, 1);
    private final ComboBox<ParcelSize> size = new ComboBox<>();
    private final ComboBox<String> shelf = new ComboBox<>();
    private final CheckBox courierPhoned = new CheckBox();
    private final TextField note = field("parcelNote");
    private final Label message = Forms.messageLabel();
    private final CheckBox notNotifiedOnly = new CheckBox();
    private final PagedTable<HeldParcel> held;
    private final HBox root = new HBox(24);
    /** The list filter, copied from its check box on the FX thread for the background fetch. */
    private volatile boolean onlyNotNotified;

    ParcelIntakePane(UiContext ctx, Session session, Consumer<String> say, Consumer<Parcel> openPickup) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.openPickup = openPickup;
        this.parcels = ctx.workstation().parcels();
        this.zone = ctx.workstation().sites().zone();
        this.recipient = new DirectoryPicker(ctx, "parcelRecipient");
        this.held = new PagedTable<>(ctx, (after, n) -> parcels.held(onlyNotNotified,
                after == null ? null : after.parcel(), n), PAGE);
        root.setPadding(new Insets(16));
        Node form = form();
        Node list = list();
        HBox.setHgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(form, list);
        loadShelves();
        held.reload();
        Refresh.every(root, Duration.minutes(5), () -> held.table().isFocused(), held::reload);
    }

    Parent root() {
        return root;
    }

    void focus() {
        tracking.requestFocus();
    }

    /** The list of parcels held takes the focus, with its first (oldest) row selected. */
    void focusHeld() {
        held.focus();
    }

    void reload() {
        held.reload();
    }

    private Node form() {
        carrier.setId("parcelCarrier");
        carrier.getItems().setAll(Carrier.values());
        carrier.setConverter(Converters.showing(c -> ctx.text(c.messageKey()), ""));
        size.setId("parcelSize");
        size.getItems().setAll(ParcelSize.values());
        size.setConverter(Converters.showing(s -> ctx.text(s.messageKey()), ""));
        size.setValue(ParcelSize.SMALL);
        shelf.setId("parcelShelf");
        pieces.setId("parcelPieces");
        pieces.setEditable(true);
        courierPhoned.setId("parcelCourierPhoned");
        courierPhoned.setText(ctx.text("parcels.courierPhoned"));
        // Not ticked beforehand: the desk confirms, for each parcel, that the courier phoned.
        for (Region r : List.of(carrier, size, shelf, pieces)) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        tracking.setPromptText(ctx.text("parcels.scanPrompt"));
        // The scanner's Enter ends the number: go on to the carrier if the number did not name
        // it, else to the recipient. Once a recipient is chosen, Enter takes the parcel in.
        tracking.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && recipient.selected() == null && recipient.freeText().isEmpty()) {
                e.consume();
                (carrier.getValue() == null ? carrier : recipient.field()).requestFocus();
            }
        });
        // The carrier follows the number: a number that names none leaves the choice to the desk
        // rather than keeping the last parcel's carrier.
        tracking.textProperty().addListener((obs, old, now) -> carrier.setValue(Carrier.suggest(now).orElse(null)));

        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.trackingNo"), tracking);
        Forms.row(grid, ctx.text("field.carrier"), carrier);
        Forms.row(grid, ctx.text("field.recipient"), recipient.field());
        Forms.row(grid, ctx.text("field.pieces"), pieces);
        Forms.row(grid, ctx.text("field.size"), size);
        Forms.row(grid, ctx.text("field.shelf"), shelf);
        Forms.row(grid, "", courierPhoned);
        Forms.row(grid, ctx.text("field.note"), note);
        Forms.submitOnEnter(grid, this::receive);

        Label title = new Label(ctx.text("parcels.intakeTitle"));
        title.getStyleClass().add("section-title");
        message.setId("parcelMessage");
        Label hint = new Label(ctx.text("parcels.intakeHint"));
        hint.setWrapText(true);
        VBox box = new VBox(8, title, grid, message,
                Forms.button(ctx.text("parcels.receive"), "parcelReceive", this::receive), hint);
        box.setPrefWidth(440);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(400);
        return scroll;
    }

    private Node list() {
        held.table().setId("parcelHeld");
        held.table().setPlaceholder(new Label(ctx.text("parcels.nothingHeld")));
        held.addColumn(ctx.text("parcels.col.number"), h -> h.parcel().number());
        held.addColumn(ctx.text("field.recipient"), h -> h.parcel().recipientText());
        held.addColumn(ctx.text("field.trackingNo"), h -> h.parcel().trackingNo());
        held.addColumn(ctx.text("field.carrier"), h -> ctx.text(h.parcel().carrier().messageKey()));
        held.addColumn(ctx.text("field.shelf"), h -> h.parcel().shelfCode() == null ? "" : h.parcel().shelfCode());
        held.addColumn(ctx.text("parcels.col.received"), h -> SINCE.format(h.parcel().receivedAt().atZone(zone)));
        held.addColumn(ctx.text("parcels.col.notified"), h -> h.parcel().notifiedAt() == null ? ""
                : ctx.text(h.parcel().noticeMethod().messageKey()));
        held.addColumn(ctx.text("parcels.col.overdue"), h -> h.overdue() ? ctx.text("parcels.overdue") : "");
        held.table().getColumns().get(0).setMinWidth(140);
        held.table().getColumns().get(2).setMinWidth(150);
        held.table().getColumns().get(5).setMinWidth(90);
        held.table().setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HeldParcel item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overstay");
                if (!empty && item != null && item.overdue()) {
                    getStyleClass().add("overstay");
                }
            }
        });
        held.table().addEventHandler(KeyEvent.KEY_PRESSED, this::onListKey);
        VBox.setVgrow(held.table(), Priority.ALWAYS);
        notNotifiedOnly.setId("parcelNotNotifiedOnly");
        notNotifiedOnly.setText(ctx.text("parcels.notNotifiedOnly"));
        notNotifiedOnly.selectedProperty().addListener((obs, was, now) -> {
            onlyNotNotified = now;
            held.reload();
        });
        Label title = new Label(ctx.text("parcels.heldTitle"));
        title.getStyleClass().add("section-title");
        Label keys = new Label(ctx.text("parcels.heldKeys"));
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, notNotifiedOnly,
                Forms.button(ctx.text("parcels.printStale"), "parcelPrintStale", this::printStale));
        return new VBox(8, title, actions, held.table(), held.moreButton(), keys);
    }

    private void onListKey(KeyEvent e) {
        HeldParcel selected = held.table().getSelectionModel().getSelectedItem();
        if (selected == null || e.isShortcutDown()) {
            return;
        }
        Parcel p = selected.parcel();
        switch (e.getCode()) {
            case N -> notify(p);
            case P, ENTER -> openPickup.accept(p);
            case R -> end(p, true);
            case S -> end(p, false);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void receive() {
        if (recipient.isShowingSuggestions()) {
            return;
        }
        ParcelForm form = read();
        ctx.run(() -> parcels.receive(session, form), this::received, failure -> {
            if (failure instanceof DuplicateTrackingException duplicate) {
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, ctx.errors().describe(duplicate) + "\n\n"
                        + ctx.text("parcels.duplicateQuestion"), ButtonType.YES, ButtonType.NO);
                ask.initOwner(root.getScene().getWindow());
                ask.setHeaderText(null);
                ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(ButtonType.NO)).setDefaultButton(true);
                ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(ButtonType.YES)).setDefaultButton(false);
                if (ask.showAndWait().filter(b -> b == ButtonType.YES).isPresent()) {
                    ctx.run(() -> parcels.receive(session, form, true), this::received,
                            again -> message.setText(ctx.errors().describe(again)));
                } else {
                    message.setText(ctx.errors().describe(duplicate));
                }
            } else {
                message.setText(ctx.errors().describe(failure));
            }
        });
    }

    private ParcelForm read() {
        DirectoryEntry picked = recipient.selected();
        Integer n = pieces.getValue();
        return new ParcelForm(tracking.getText(), carrier.getValue(), picked == null ? null : picked.roomId(),
                picked == null ? null : picked.occupantId(), picked == null ? recipient.freeText() : null,
                n == null ? 1 : n, size.getValue(), shelf.getValue(), courierPhoned.isSelected(), note.getText());
    }

    private void received(Parcel p) {
        message.setText("");
        say.accept(p.shelfCode() == null ? ctx.text("parcels.receivedNoShelf", p.number(), p.recipientText())
                : ctx.text("parcels.received", p.number(), p.recipientText(), p.shelfCode()));
        // The next parcel usually goes on the same shelf: keep it.
        tracking.clear();
        recipient.clear();
        pieces.getValueFactory().setValue(1);
        size.setValue(ParcelSize.SMALL);
        courierPhoned.setSelected(false);
        note.clear();
        tracking.requestFocus();
        held.reload();
    }

    private void notify(Parcel p) {
        ChoiceDialog<NoticeMethod> ask = new ChoiceDialog<>(NoticeMethod.PHONE, NoticeMethod.values());
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(ctx.text("parcels.notifyTitle"));
        ask.setHeaderText(ctx.text("parcels.notifyHeader", p.recipientText(), p.number()));
        ask.setContentText(ctx.text("field.noticeMethod"));
        ComboBox<NoticeMethod> choice = findCombo(ask);
        if (choice != null) {
            choice.setConverter(Converters.showing(m -> ctx.text(m.messageKey()), ""));
        }
        ask.showAndWait().ifPresent(method -> ctx.run(() -> parcels.notified(session, List.of(p.id()), method),
                done -> {
                    say.accept(ctx.text("parcels.notifiedDone", p.number(), ctx.text(method.messageKey())));
                    held.reload();
                }, failure -> say.accept(ctx.errors().describe(failure))));
    }

    private void end(Parcel p, boolean toCourier) {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(root.getScene().getWindow());
        ask.setTitle(ctx.text(toCourier ? "parcels.returnTitle" : "parcels.takenUpTitle"));
        ask.setHeaderText(ctx.text("parcels.endHeader", p.number(), p.recipientText()));
        ask.setContentText(ctx.text("field.reason"));
        ask.getEditor().setId("parcelEndReason");
        ask.showAndWait().ifPresent(reason -> ctx.run(() -> toCourier
                ? parcels.returnToCourier(session, p.id(), reason)
                : parcels.takenUpBySecurity(session, p.id(), reason), done -> {
                    say.accept(ctx.text("parcels.ended", done.number(), ctx.text(done.status().messageKey())));
                    held.reload();
                }, failure -> say.accept(ctx.errors().describe(failure))));
    }

    private void printStale() {
        ctx.run(() -> StaleList.load(ctx.workstation()), data -> {
            var outcome = com.frontdesk.print.Printing.print(root.getScene().getWindow(),
                    ctx.text("parcels.printStale"), StaleList.pages(ctx.messages(), data));
            say.accept(ctx.text(outcome.messageKey()));
        });
    }

    private void loadShelves() {
        ctx.run(() -> ctx.workstation().shelves().shelves(), list -> {
            shelf.getItems().setAll(list.stream().filter(Shelf::active).map(Shelf::code).toList());
            shelf.getItems().add(0, null);
            shelf.setConverter(Converters.showing(c -> list.stream().filter(s -> s.code().equals(c)).findFirst()
                    .map(s -> s.name() == null ? s.code() : s.code() + " · " + s.name()).orElse(c),
                    ctx.text("parcels.noShelf")));
            Platform.runLater(tracking::requestFocus);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> findCombo(ChoiceDialog<T> dialog) {
        return (ComboBox<T>) dialog.getDialogPane().lookup(".combo-box");
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
