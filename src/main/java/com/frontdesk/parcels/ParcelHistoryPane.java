package com.frontdesk.parcels;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AtomicFiles;
import com.frontdesk.core.Masking;
import com.frontdesk.directory.DirectoryEntry;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.UiContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Every parcel, newest first, a page at a time from SQL: filters by days, status, carrier and
 * recipient room, a search box (parcel number, tracking number, start of the recipient), CSV export
 * with the collector's phone masked. Enter on a row opens {@link ParcelCorrectionDialog}: on a held
 * parcel for the desk, on one that has left for shift leads (with a reason).
 *
 * <pre>{@code
 * ParcelHistoryPane history = new ParcelHistoryPane(ctx, session, status);
 * tab.setContent(history.root());  history.focus();
 * }</pre>
 */
public final class ParcelHistoryPane {
    private static final int PAGE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> onStatus;
    private final ParcelService parcels;
    private final ZoneId zone;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<ParcelStatus> state = new ComboBox<>();
    private final ComboBox<Carrier> carrier = new ComboBox<>();
    private final DirectoryPicker room;
    private final TextField search = new TextField();
    private final Label status = new Label();
    private final PagedTable<Parcel> list;
    private final VBox root = new VBox(8);
    private volatile ParcelFilter filter = ParcelFilter.ALL;

    public ParcelHistoryPane(UiContext ctx, Session session, Consumer<String> onStatus) {
        this.ctx = ctx;
        this.session = session;
        this.onStatus = onStatus;
        this.parcels = ctx.workstation().parcels();
        this.zone = ctx.workstation().sites().zone();
        this.room = new DirectoryPicker(ctx, "parcelHistoryRoom");
        list = new PagedTable<>(ctx, (after, n) -> parcels.history(filter, after, n), PAGE);

        search.setId("parcelHistorySearch");
        search.setPromptText(ctx.text("parcelHistory.searchPrompt"));
        from.setId("parcelHistoryFrom");
        to.setId("parcelHistoryTo");
        state.setId("parcelHistoryStatus");
        Forms.anyOr(state, ctx.text("parcelHistory.any"), s -> ctx.text(s.messageKey()), ParcelStatus.values());
        carrier.setId("parcelHistoryCarrier");
        Forms.anyOr(carrier, ctx.text("parcelHistory.any"), c -> ctx.text(c.messageKey()), Carrier.values());
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        room.field().setPrefWidth(200);
        search.setPrefWidth(220);

        FlowPane filters = new FlowPane(8, 8,
                labelled("parcelHistory.search", search), labelled("audit.from", from), labelled("audit.until", to),
                labelled("parcelHistory.col.status", state), labelled("field.carrier", carrier),
                labelled("parcelHistory.room", room.field()),
                Forms.button(ctx.text("audit.apply"), "parcelHistoryApply", this::apply),
                Forms.button(ctx.text("audit.clear"), "parcelHistoryClear", this::clear),
                Forms.button(ctx.text("parcelHistory.exportCsv"), "parcelHistoryExport", this::export));
        filters.setAlignment(Pos.CENTER_LEFT);
        Forms.submitOnEnter(filters, this::apply);

        list.table().setId("parcelHistoryTable");
        list.table().setPlaceholder(new Label(ctx.text("parcelHistory.none")));
        list.addColumn(ctx.text("parcelHistory.col.number"), Parcel::number);
        list.addColumn(ctx.text("field.trackingNo"), Parcel::trackingNo);
        list.addColumn(ctx.text("field.carrier"), p -> ctx.text(p.carrier().messageKey()));
        list.addColumn(ctx.text("field.recipient"), p -> nz(p.recipientText()));
        list.addColumn(ctx.text("field.pieces"), p -> String.valueOf(p.pieces()));
        list.addColumn(ctx.text("field.shelf"), p -> nz(p.shelfCode()));
        list.addColumn(ctx.text("parcelHistory.col.status"), p -> ctx.text(p.status().messageKey()));
        list.addColumn(ctx.text("parcelHistory.col.received"), p -> time(p.receivedAt()));
        list.addColumn(ctx.text("parcelHistory.col.left"), p -> time(p.closedAt()));
        list.addColumn(ctx.text("field.collectorName"), p -> collector(p));
        list.moreButton().setId("parcelHistoryMore");
        list.table().getColumns().get(0).setMinWidth(140);
        list.table().getColumns().get(1).setMinWidth(140);
        list.table().getColumns().get(7).setMinWidth(125);
        list.table().getColumns().get(8).setMinWidth(125);
        list.table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                correctSelected();
            }
        });
        list.table().setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                correctSelected();
            }
        });
        VBox.setVgrow(list.table(), Priority.ALWAYS);
        status.setId("parcelHistoryMessage");
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        Label keys = new Label(ctx.text(session.may(Permission.CORRECT_PARCELS) ? "parcelHistory.keysLead"
                : "parcelHistory.keys"));
        keys.getStyleClass().add("muted");
        root.setPadding(new Insets(16));
        root.setId("parcelHistory");
        root.getChildren().addAll(filters, status, list.table(), list.moreButton(), keys);
        list.reload();
    }

    public Parent root() {
        return root;
    }

    /** Shows one parcel, found by its number (the global search opens a parcel so). */
    void find(String number) {
        clear();
        search.setText(number);
        apply();
    }

    /** Puts the cursor in the search box, for a scanned tracking number. */
    public void focus() {
        search.requestFocus();
    }

    /** Reads the list again with the current filters, e.g. after a pickup on another tab. */
    public void refresh() {
        list.reload();
    }

    private VBox labelled(String key, Node field) {
        return Forms.stacked(ctx.text(key), field);
    }

    private void apply() {
        if (room.isShowingSuggestions()) {
            return;
        }
        DirectoryEntry picked = room.selected();
        filter = new ParcelFilter(from.getValue(), to.getValue(), state.getValue(), carrier.getValue(),
                picked == null ? null : picked.roomId(), search.getText());
        status.setText(picked == null && !room.freeText().isEmpty() ? ctx.text("parcelHistory.pickRoomFirst") : "");
        list.reload();
    }

    private void clear() {
        from.setValue(null);
        to.setValue(null);
        state.setValue(null);
        carrier.setValue(null);
        room.clear();
        search.clear();
        apply();
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("parcelHistory.exportCsv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("parcels-" + LocalDate.now(ctx.workstation().clock().withZone(zone)) + ".csv");
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Written to a temporary file beside the target and moved into place, so a failure leaves no half file. */
    void exportTo(Path target) {
        ParcelFilter f = filter;
        ctx.run(() -> AtomicFiles.write(target,
                        out -> ctx.workstation().parcelExports().exportHistoryCsv(session, f, out, ctx.messages())),
                n -> say(ctx.text("parcelHistory.exported", n, target.toString())),
                failure -> say(ctx.errors().describe(failure)));
    }

    private void correctSelected() {
        Parcel p = list.table().getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        if (p.held() ? !session.may(Permission.HANDLE_PARCELS) : !session.may(Permission.CORRECT_PARCELS)) {
            say(ctx.text(p.held() ? "parcelHistory.editDeskOnly" : "parcelHistory.correctLeadsOnly"));
            return;
        }
        new ParcelCorrectionDialog(ctx, session, root.getScene().getWindow(), p, changed -> {
            say(ctx.text(p.held() ? "parcelHistory.edited" : "parcelHistory.corrected", changed.number()));
            List<Parcel> items = new ArrayList<>(list.table().getItems());
            items.replaceAll(old -> old.id().equals(changed.id()) ? changed : old);
            list.table().getItems().setAll(items);
            list.table().getSelectionModel().select(changed);
            list.table().requestFocus();
        }).show();
    }

    /** The collector as the list shows them: name, and the phone masked when a proxy left one. */
    private static String collector(Parcel p) {
        if (p.collectorName() == null) {
            return "";
        }
        return p.collectorPhone() == null ? p.collectorName()
                : p.collectorName() + " · " + Masking.phone(p.collectorPhone());
    }

    private String time(Instant i) {
        return i == null ? "" : TIME.format(i.atZone(zone));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void say(String text) {
        status.setText(text);
        onStatus.accept(text);
    }
}
