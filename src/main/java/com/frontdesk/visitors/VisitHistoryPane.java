package com.frontdesk.visitors;

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
 * Every visit, newest first, a page at a time from SQL: filters by days, host room, purpose and
 * outcome, a search box (number, phone or its last four digits, plate, start of a name), CSV export
 * with personal data masked. Enter on a closed visit opens a shift lead's correction.
 */
final class VisitHistoryPane {
    private static final int PAGE = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> onStatus;
    private final VisitorService visitors;
    private final ZoneId zone;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Purpose> purpose = new ComboBox<>();
    private final ComboBox<VisitStatus> outcome = new ComboBox<>();
    private final DirectoryPicker room;
    private final TextField search = new TextField();
    private final Label status = new Label();
    private final PagedTable<Visit> list;
    private final VBox root = new VBox(8);
    private volatile HistoryFilter filter = HistoryFilter.ALL;

    VisitHistoryPane(UiContext ctx, Session session, Consumer<String> onStatus) {
        this.ctx = ctx;
        this.session = session;
        this.onStatus = onStatus;
        this.visitors = ctx.workstation().visitors();
        this.zone = ctx.workstation().sites().zone();
        this.room = new DirectoryPicker(ctx, "historyRoom");
        list = new PagedTable<>(ctx, (after, n) -> visitors.history(filter, after, n), PAGE);

        search.setId("historySearch");
        search.setPromptText(ctx.text("visitors.historySearchPrompt"));
        from.setId("historyFrom");
        to.setId("historyTo");
        purpose.setId("historyPurpose");
        Forms.anyOr(purpose, ctx.text("visitors.any"), p -> ctx.text(p.messageKey()), Purpose.values());
        outcome.setId("historyOutcome");
        Forms.anyOr(outcome, ctx.text("visitors.any"), s -> ctx.text(s.messageKey()), VisitStatus.values());
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        room.field().setPrefWidth(200);
        search.setPrefWidth(220);

        FlowPane filters = new FlowPane(8, 8,
                labelled("visitors.historySearch", search), labelled("audit.from", from), labelled("audit.until", to),
                labelled("field.purpose", purpose), labelled("visitors.col.status", outcome),
                labelled("visitors.hostRoom", room.field()),
                Forms.button(ctx.text("audit.apply"), "historyApply", this::apply),
                Forms.button(ctx.text("audit.clear"), "historyClear", this::clear),
                Forms.button(ctx.text("visitors.exportCsv"), "historyExport", this::export));
        filters.setAlignment(Pos.CENTER_LEFT);
        Forms.submitOnEnter(filters, this::apply);

        list.table().setId("historyTable");
        list.table().setPlaceholder(new Label(ctx.text("visitors.noVisits")));
        list.addColumn(ctx.text("visitors.col.number"), Visit::number);
        list.addColumn(ctx.text("field.visitorName"), Visit::visitorName);
        list.addColumn(ctx.text("visitors.col.phone"), v -> Masking.phone(v.phone()));
        list.addColumn(ctx.text("field.company"), v -> v.company() == null ? "" : v.company());
        list.addColumn(ctx.text("field.purpose"), v -> ctx.text(v.purpose().messageKey()));
        list.addColumn(ctx.text("field.host"), v -> v.hostText() == null ? "" : v.hostText());
        list.addColumn(ctx.text("visitors.col.status"), v -> ctx.text(v.status().messageKey()));
        list.addColumn(ctx.text("field.passNo"), v -> v.passNo() == null ? "" : v.passNo());
        list.addColumn(ctx.text("visitors.col.in"), v -> time(v.checkedInAt()));
        list.addColumn(ctx.text("visitors.col.out"), v -> time(v.checkedOutAt()));
        list.moreButton().setId("historyMore");
        list.table().getColumns().get(0).setMinWidth(140);
        list.table().getColumns().get(8).setMinWidth(125);
        list.table().getColumns().get(9).setMinWidth(125);
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
        status.setId("historyStatus");
        Label keys = new Label(ctx.text(session.may(Permission.CORRECT_VISITS) ? "visitors.historyKeysLead"
                : "visitors.historyKeys"));
        root.setPadding(new Insets(16));
        root.getChildren().addAll(filters, status, list.table(), list.moreButton(), keys);
        list.reload();
    }

    Parent root() {
        return root;
    }

    /** Shows one visit, found by its number (the global search opens a visit so). */
    void find(String number) {
        clear();
        search.setText(number);
        apply();
    }

    void focus() {
        search.requestFocus();
    }

    private VBox labelled(String key, javafx.scene.Node field) {
        return Forms.stacked(ctx.text(key), field);
    }

    private void apply() {
        if (room.isShowingSuggestions()) {
            return;
        }
        DirectoryEntry picked = room.selected();
        filter = new HistoryFilter(from.getValue(), to.getValue(), purpose.getValue(), outcome.getValue(),
                picked == null ? null : picked.roomId(), search.getText());
        status.setText(picked == null && !room.freeText().isEmpty() ? ctx.text("visitors.pickRoomFirst") : "");
        list.reload();
    }

    private void clear() {
        from.setValue(null);
        to.setValue(null);
        purpose.setValue(null);
        outcome.setValue(null);
        room.clear();
        search.clear();
        apply();
    }

    /** Written to a temporary file beside the chosen one and moved into place, so a failure leaves no half file. */
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("visitors.exportCsv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("visits-" + LocalDate.now(ctx.workstation().clock().withZone(zone)) + ".csv");
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    void exportTo(Path target) {
        HistoryFilter f = filter;
        ctx.run(() -> AtomicFiles.write(target, out -> visitors.exportHistoryCsv(session, f, out, ctx.messages())),
                n -> say(ctx.text("visitors.exported", n, target.toString())),
                failure -> say(ctx.errors().describe(failure)));
    }

    private void correctSelected() {
        Visit v = list.table().getSelectionModel().getSelectedItem();
        if (v == null) {
            return;
        }
        if (!session.may(Permission.CORRECT_VISITS)) {
            say(ctx.text("visitors.correctLeadsOnly"));
            return;
        }
        if (v.open()) {
            say(ctx.text("visitor.stillOpen", v.number()));
            return;
        }
        new VisitCorrectionDialog(ctx, session, root.getScene().getWindow(), v, corrected -> {
            say(ctx.text("visitors.corrected", corrected.number()));
            List<Visit> items = new ArrayList<>(list.table().getItems());
            items.replaceAll(old -> old.id().equals(corrected.id()) ? corrected : old);
            list.table().getItems().setAll(items);
        }).show();
    }

    private String time(Instant i) {
        return i == null ? "" : TIME.format(i.atZone(zone));
    }

    private void say(String text) {
        status.setText(text);
        onStatus.accept(text);
    }
}
