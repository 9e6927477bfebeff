package com.frontdesk.complaints;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintSettings.ComplaintCategory;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.Refresh;
import com.frontdesk.ui.Reselect;
import com.frontdesk.ui.RowStyles;
import com.frontdesk.ui.StepButtons;
import com.frontdesk.ui.UiContext;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The cases: open, mine, overdue, the lead's escalations, feedback, to call back, or a search;
 * overdue rows red, escalations waiting for a lead amber. The selected case shows in full beside the
 * list and its steps are one key away ({@link ComplaintSteps}). A shift lead sees at the top how many
 * escalations wait for them; the list and that count are read again every minute, as the clocks run.
 */
final class ComplaintCasesPane {
    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final ComplaintLists lists;
    private final boolean lead;
    private final ComboBox<ComplaintList> list = new ComboBox<>();
    private final ComboBox<ComplaintKind> kind = new ComboBox<>();
    private final ComboBox<ComplaintStatus> status = new ComboBox<>();
    private final ComboBox<ComplaintCategory> category = new ComboBox<>();
    private final TextField query = new TextField();
    private final Hyperlink notice = new Hyperlink();
    /** The lead's escalations waiting, for the tab's title too; 0 for anyone else. */
    private final IntegerProperty waiting = new SimpleIntegerProperty();
    private final PagedTable<ComplaintItem> table;
    private final ComplaintDetailPane detail;
    private final StepButtons<ComplaintAction, Complaint> steps;
    private final SplitPane root = new SplitPane();
    /** The list and filters as last applied, copied on the FX thread for the background fetch. */
    private volatile Shown shown = new Shown(ComplaintList.OPEN, ComplaintFilter.ALL);
    /** Selects the case just taken, the one a step changed or a link opened, once the list holds it. */
    private final Reselect<ComplaintItem> reselect;

    private record Shown(ComplaintList list, ComplaintFilter filter) {
    }

    ComplaintCasesPane(UiContext ctx, Session session, Consumer<String> say) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.lists = ctx.workstation().complaintLists();
        this.lead = session.may(Permission.CLOSE_COMPLAINTS);
        this.table = new PagedTable<>(ctx, (after, n) -> fetch(shown, after == null ? null : after.complaint(), n),
                ComplaintIntakePane.PAGE);
        this.steps = new ComplaintSteps(ctx, session, say, this::changed, this::reopened).buttons();
        this.detail = new ComplaintDetailPane(ctx, session, steps, this::open);
        this.reselect = new Reselect<>(table.table(), i -> i.complaint().id());
        root.setOrientation(Orientation.HORIZONTAL);
        root.getItems().addAll(listSide(), detailSide());
        root.setDividerPositions(0.62);
        reload();
        Refresh.every(root, Duration.minutes(1), () -> table.table().isFocused() || steps.busy(), this::reload);
    }

    Parent root() {
        return root;
    }

    void focus() {
        table.focus();
    }

    ReadOnlyIntegerProperty waiting() {
        return waiting;
    }

    /** The lead's escalations, as the program-wide notice opens them. */
    void showEscalations() {
        show(ComplaintList.ESCALATIONS, null);
    }

    /** One of the lists, read again: the dashboard's tiles open here. */
    void showList(ComplaintList l) {
        show(l, null);
    }

    /** One case looked up by its number, selected (the global search opens a case so). */
    void find(String id, String number) {
        query.setText(number);
        show(ComplaintList.SEARCH, id);
    }

    /** A case just taken at intake: on the list of its kind, selected. */
    void showTaken(Complaint taken) {
        show(taken.kind() == ComplaintKind.COMPLAINT ? ComplaintList.OPEN : ComplaintList.FEEDBACK, taken.id());
    }

    private Node listSide() {
        list.setId("complaintList");
        list.getItems().setAll(Arrays.stream(ComplaintList.values()).filter(l -> l.offeredTo(session)).toList());
        list.setConverter(Converters.showing(l -> ctx.text(l.messageKey()), ""));
        list.setValue(ComplaintList.OPEN);
        filters();
        notice.setId("complaintEscalationNotice");
        notice.getStyleClass().add("form-message");
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(false);
        notice.setOnAction(e -> {
            show(ComplaintList.ESCALATIONS, null);
            focus();
        });
        FlowPane bar = new FlowPane(12, 6, Forms.stacked(ctx.text("complaints.list"), list),
                Forms.stacked(ctx.text("field.kind"), kind), Forms.stacked(ctx.text("complaints.col.status"), status),
                Forms.stacked(ctx.text("field.complaintCategory"), category),
                Forms.stacked(ctx.text("complaints.search"), query));
        table();
        VBox.setVgrow(table.table(), Priority.ALWAYS);
        // A receptionist takes complaints down but handles none: the keys would only mislead.
        String keys = session.may(Permission.HANDLE_COMPLAINTS) ? "complaints.keys" : "complaints.keysNotYours";
        VBox box = new VBox(8, notice, bar, table.table(), new HBox(16, table.moreButton(), legend()),
                Forms.wrapping(new Label(ctx.text(keys))));
        box.setPadding(new Insets(12));
        return box;
    }

    /** What the row colours mean: red overdue, amber escalated and waiting for the shift lead. */
    private Node legend() {
        HBox legend = new HBox(12, swatch(RowStyles.OVERDUE, "complaints.legendOverdue"),
                swatch(RowStyles.ESCALATED, "complaints.legendEscalated"));
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    private Label swatch(String rowStyle, String key) {
        Region mark = new Region();
        mark.getStyleClass().addAll("table-row-cell", rowStyle);
        mark.setMinSize(14, 14);
        mark.setPrefSize(14, 14);
        return new Label(ctx.text(key), mark);
    }

    private void filters() {
        kind.setId("complaintListKind");
        Forms.anyOr(kind, ctx.text("complaints.any"), k -> ctx.text(k.messageKey()), ComplaintKind.values());
        status.setId("complaintListStatus");
        Forms.anyOr(status, ctx.text("complaints.any"), s -> ctx.text(s.messageKey()), ComplaintStatus.values());
        category.setId("complaintListCategory");
        Forms.anyOr(category, ctx.text("complaints.any"), ComplaintCategory::name, ctx.workstation().settings()
                .current(ComplaintSettings.DOCUMENT).categories().toArray(ComplaintCategory[]::new));
        query.setId("complaintQuery");
        query.setPromptText(ctx.text("complaints.queryPrompt"));
        query.setPrefColumnCount(18);
        // The search words belong to the search: another list would seem filtered by them.
        list.valueProperty().addListener((obs, old, now) -> {
            if (now != ComplaintList.SEARCH) {
                query.clear();
            }
        });
        for (ComboBox<?> box : List.of(list, kind, status, category)) {
            box.valueProperty().addListener((obs, old, now) -> apply());
        }
        // Enter searches: a number, a room, a name or words, among all cases.
        query.setOnAction(e -> {
            show(ComplaintList.SEARCH, null);
            table.table().requestFocus();
        });
        enableFilters();
    }

    private void table() {
        TableView<ComplaintItem> t = table.table();
        t.setId("complaintTable");
        t.setPlaceholder(new Label(ctx.text("complaints.nothing")));
        ComplaintColumns columns = new ComplaintColumns(ctx);
        t.getColumns().addAll(List.of(columns.number(), columns.received(), columns.complainant(), columns.subject(),
                columns.category(), columns.severity(), columns.status(), columns.clocks()));
        // The columns of fixed width keep it; the complainant and the subject share what is left.
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        RowStyles.install(t, i -> i.overdue() ? RowStyles.OVERDUE
                : i.complaint().escalationWaiting() && i.complaint().status().pending() ? RowStyles.ESCALATED : null);
        t.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> detail.show(now));
        t.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private Node detailSide() {
        detail.root().addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        return detail.root();
    }

    private void onKey(KeyEvent e) {
        ComplaintItem selected = table.table().getSelectionModel().getSelectedItem();
        if (selected == null || e.isShortcutDown() || e.isAltDown() || e.getTarget() instanceof TextField) {
            return;
        }
        if (e.getCode() == KeyCode.F3) {
            e.consume();
            if (session.may(Permission.HANDLE_COMPLAINTS)) {
                detail.revealPhone();
            } else {
                say.accept(ctx.text("complaints.mayNotReveal"));
            }
        } else if (steps.onKey(e.getCode(), selected.complaint())) {
            e.consume();
        }
    }

    private void apply() {
        enableFilters();
        ComplaintCategory c = category.getValue();
        shown = new Shown(list.getValue() == null ? ComplaintList.OPEN : list.getValue(), new ComplaintFilter(
                query.getText(), kind.getValue(), status.getValue(), c == null ? null : c.code(), null, null));
        reload();
    }

    /** The filters belong to the search: elsewhere they would seem to filter a list they do not. */
    private void enableFilters() {
        boolean search = list.getValue() == ComplaintList.SEARCH;
        for (ComboBox<?> box : List.of(kind, status, category)) {
            box.setDisable(!search);
        }
    }

    private List<ComplaintItem> fetch(Shown s, Complaint after, int n) {
        return switch (s.list()) {
            case OPEN -> lists.open(after, n);
            case MINE -> lists.mine(session.user().id(), after, n);
            case OVERDUE -> lists.overdue(after, n);
            case ESCALATIONS -> lists.escalations(session, after, n);
            case FEEDBACK -> lists.feedback(after, n);
            case TO_CALL_BACK -> lists.toCallBack(after, n);
            case SEARCH -> lists.search(s.filter(), after, n);
        };
    }

    /** The list again, the selection kept, and the lead's count of escalations waiting. */
    private void reload() {
        reselect.keepSelected();
        table.reload();
        if (lead) {
            ctx.run(lists::countEscalationsWaiting, n -> {
                notice.setText(ctx.text("complaints.escalationsWaiting", n));
                notice.setVisible(n > 0);
                waiting.set(n);
            });
        }
    }

    /** Shows a list (read again) and selects a case on it once loaded; null keeps the selection. */
    private void show(ComplaintList l, String id) {
        reselect.select(id);
        if (list.getValue() == l) {
            apply();
        } else {
            list.setValue(l);
        }
    }

    /**
     * A step changed a case: the list is read again and the case selected on it, its detail read
     * again; a case that left the list leaves the detail empty, as nothing is selected.
     */
    private void changed(Complaint c) {
        reselect.select(c.id());
        reload();
    }

    /** Not accepted: the case carrying the complaint on is open, so it is found on the open list. */
    private void reopened(Complaint next) {
        show(ComplaintList.OPEN, next.id());
        detail.showById(next.id());
        table.table().requestFocus();
    }

    /** A link in the detail to an earlier or the next case: it is found wherever it stands. */
    private void open(Complaint c) {
        query.setText(c.number());
        show(ComplaintList.SEARCH, c.id());
        table.table().requestFocus();
    }
}
