package com.frontdesk.parcels;

import com.frontdesk.accounts.Session;
import com.frontdesk.directory.DirectoryEntry;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.directory.Occupant;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.SignaturePad;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Pickup: scan a tracking number or pick the recipient, and the recipient's parcels on the shelf
 * are listed, all ticked (Space unticks one). The collector is the recipient or a proxy (代领: name
 * and phone), signs on the pad, or types their name where there is no pad; a consent never asked
 * is asked here. Ctrl+Enter hands the ticked parcels over.
 */
final class ParcelPickupPane {
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final Runnable onHandedOver;
    private final ParcelService parcels;
    private final ZoneId zone;

    private final TextField scan = field("pickupScan");
    private final DirectoryPicker recipient;
    private final TableView<Parcel> list = new TableView<>();
    private final Set<String> ticked = new HashSet<>();
    private final CheckBox proxy = new CheckBox();
    private final TextField collector = field("pickupCollector");
    private final TextField collectorPhone = field("pickupCollectorPhone");
    private final ComboBox<ParcelConsent> consent = new ComboBox<>();
    private final Label consentLabel = new Label();
    private final SignaturePad pad;
    private final CheckBox typedName = new CheckBox();
    private final Label message = Forms.messageLabel();
    private final VBox root = new VBox(10);
    /** The name of the person the parcels are for, offered as the collector when not a proxy. */
    private String recipientName;

    ParcelPickupPane(UiContext ctx, Session session, Consumer<String> say, Runnable onHandedOver) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.onHandedOver = onHandedOver;
        this.parcels = ctx.workstation().parcels();
        this.zone = ctx.workstation().sites().zone();
        this.recipient = new DirectoryPicker(ctx, "pickupRecipient");
        this.pad = new SignaturePad(ctx, "pickupPad");
        root.setPadding(new Insets(16));
        root.getChildren().addAll(finder(), parcelList(), collectorForm());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                handOver();
            }
        });
    }

    Parent root() {
        return root;
    }

    void focus() {
        scan.requestFocus();
    }

    /** Opened from the held list: this parcel's recipient and their other parcels. */
    void show(Parcel p) {
        clear();
        loadFor(p.recipientRoomId(), p.recipientOccupantId(), p.recipientText());
    }

    private Node finder() {
        scan.setPromptText(ctx.text("parcels.pickupScanPrompt"));
        scan.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                findByTracking();
            }
        });
        recipient.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                loadFor(now.roomId(), now.occupantId(), null);
            }
        });
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("parcels.pickupScan"), scan);
        Forms.row(grid, ctx.text("parcels.pickupRecipient"), recipient.field());
        Label title = new Label(ctx.text("parcels.pickupTitle"));
        title.getStyleClass().add("section-title");
        grid.setMaxWidth(640);
        return new VBox(6, title, grid);
    }

    private Node parcelList() {
        list.setId("pickupParcels");
        list.setEditable(true);
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(ctx.text("parcels.pickupNothing")));
        TableColumn<Parcel, Boolean> take = new TableColumn<>(ctx.text("parcels.col.take"));
        take.setCellValueFactory(c -> {
            SimpleBooleanProperty on = new SimpleBooleanProperty(ticked.contains(c.getValue().id()));
            on.addListener((obs, was, now) -> {
                if (now) {
                    ticked.add(c.getValue().id());
                } else {
                    ticked.remove(c.getValue().id());
                }
            });
            return on;
        });
        take.setCellFactory(CheckBoxTableCell.forTableColumn(take));
        take.setEditable(true);
        list.getColumns().add(take);
        list.getColumns().add(com.frontdesk.ui.Tables.column(ctx.text("parcels.col.number"), Parcel::number));
        list.getColumns().add(com.frontdesk.ui.Tables.column(ctx.text("field.trackingNo"), Parcel::trackingNo));
        list.getColumns().add(com.frontdesk.ui.Tables.column(ctx.text("field.recipient"), Parcel::recipientText));
        list.getColumns().add(com.frontdesk.ui.Tables.column(ctx.text("field.shelf"),
                p -> p.shelfCode() == null ? "" : p.shelfCode()));
        list.getColumns().add(com.frontdesk.ui.Tables.column(ctx.text("field.pieces"),
                p -> Integer.toString(p.pieces())));
        list.getColumns().add(com.frontdesk.ui.Tables.column(ctx.text("parcels.col.received"),
                p -> SINCE.format(p.receivedAt().atZone(zone))));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Space ticks or unticks the selected parcel.
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Parcel p = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && p != null) {
                e.consume();
                if (!ticked.remove(p.id())) {
                    ticked.add(p.id());
                }
                list.refresh();
            }
        });
        return list;
    }

    private Node collectorForm() {
        proxy.setId("pickupProxy");
        proxy.setText(ctx.text("parcels.proxy"));
        proxy.selectedProperty().addListener((obs, was, now) -> {
            collectorPhone.setDisable(!now);
            collector.setText(now || recipientName == null ? "" : recipientName);
            collector.requestFocus();
        });
        collectorPhone.setDisable(true);
        consent.setId("pickupConsent");
        consent.getItems().setAll(ParcelConsent.YES, ParcelConsent.NO);
        consent.setConverter(Converters.showing(c -> ctx.text(c.messageKey()), ""));
        consentLabel.setText(ctx.text("parcels.consentQuestion"));
        showConsent(false);
        typedName.setId("pickupTypedName");
        typedName.setText(ctx.text("parcels.typedName"));
        typedName.disableProperty().bind(pad.emptyProperty().not());

        GridPane grid = Forms.grid();
        Forms.row(grid, "", proxy);
        Forms.row(grid, ctx.text("field.collectorName"), collector);
        Forms.row(grid, ctx.text("field.collectorPhone"), collectorPhone);
        grid.addRow(grid.getRowCount(), consentLabel, consent);
        grid.setMaxWidth(520);
        message.setId("pickupMessage");
        VBox signature = new VBox(6, new Label(ctx.text("field.signature")), pad.node(), typedName);
        HBox.setHgrow(signature, Priority.ALWAYS);
        HBox row = new HBox(24, grid, signature);
        Label keys = new Label(ctx.text("parcels.pickupKeys"));
        keys.setWrapText(true);
        HBox buttons = new HBox(8, Forms.button(ctx.text("parcels.handOver"), "pickupHandOver", this::handOver),
                Forms.button(ctx.text("action.cancel"), "pickupClear", this::clear));
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, row, message, buttons, keys);
    }

    private void findByTracking() {
        String code = scan.getText();
        ctx.run(() -> parcels.heldByTracking(code), found -> {
            if (found.isEmpty()) {
                message.setText(ctx.text("parcels.trackingNotHeld", code));
                scan.selectAll();
                return;
            }
            Parcel p = found.get(0);
            loadFor(p.recipientRoomId(), p.recipientOccupantId(), p.recipientText());
        });
    }

    /** The recipient's parcels on the shelf, all ticked; the consent question only when still unknown. */
    private void loadFor(String roomId, String occupantId, String text) {
        message.setText("");
        ctx.run(() -> new Recipient(parcels.heldFor(roomId, occupantId, roomId == null ? text : null),
                occupantId == null ? null : ctx.workstation().directory().occupants(roomId).stream()
                        .filter(o -> o.id().equals(occupantId)).findFirst().orElse(null)), found -> {
            resetCollector();
            list.getItems().setAll(found.parcels());
            ticked.clear();
            // A room can hold parcels for several people: tick the first recipient's only, since
            // one collector signs for one recipient.
            found.parcels().stream().filter(p -> p.recipientKey().equals(found.parcels().get(0).recipientKey()))
                    .forEach(p -> ticked.add(p.id()));
            list.refresh();
            recipientName = found.person() == null ? null : found.person().name();
            collector.setText(recipientName == null ? "" : recipientName);
            showConsent(found.person() != null && found.person().parcelConsent() == ParcelConsent.UNKNOWN);
            if (found.parcels().isEmpty()) {
                message.setText(ctx.text("parcels.pickupNothing"));
            }
            collector.requestFocus();
        });
    }

    private record Recipient(List<Parcel> parcels, Occupant person) {
    }

    private void handOver() {
        List<String> ids = new ArrayList<>();
        list.getItems().stream().filter(p -> ticked.contains(p.id())).forEach(p -> ids.add(p.id()));
        String name = collector.getText();
        SignatureInput signature;
        if (!pad.isEmpty()) {
            signature = new SignatureInput(name, pad.toPng());
        } else if (typedName.isSelected()) {
            signature = SignatureInput.typed(name);
        } else {
            signature = null;
        }
        PickupForm form = new PickupForm(name, collectorPhone.isDisabled() ? null : collectorPhone.getText(),
                proxy.isSelected(), signature, consent.isVisible() ? consent.getValue() : null);
        ctx.run(() -> parcels.pickUp(session, ids, form), done -> {
            say.accept(ctx.text(form.proxy() ? "parcels.handedOverProxy" : "parcels.handedOver", done.size(),
                    done.get(0).recipientText(), form.collectorName()));
            clear();
            onHandedOver.run();
        }, failure -> message.setText(ctx.errors().describe(failure)));
    }

    private void clear() {
        scan.clear();
        recipient.clear();
        list.getItems().clear();
        ticked.clear();
        resetCollector();
        showConsent(false);
        message.setText("");
        recipientName = null;
        scan.requestFocus();
    }

    /** Who collected last time must never carry over to the next recipient: name, phone, signature. */
    private void resetCollector() {
        proxy.setSelected(false);
        collector.clear();
        collectorPhone.clear();
        consent.setValue(null);
        pad.clear();
        typedName.setSelected(false);
    }

    private void showConsent(boolean ask) {
        for (Node n : List.of(consent, consentLabel)) {
            n.setVisible(ask);
            n.setManaged(ask);
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
