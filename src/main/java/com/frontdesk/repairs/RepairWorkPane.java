package com.frontdesk.repairs;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AtomicFiles;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.Refresh;
import com.frontdesk.ui.Reselect;
import com.frontdesk.ui.RowStyles;
import com.frontdesk.ui.StepButtons;
import com.frontdesk.ui.UiContext;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Visit;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The work lists: open, mine, overdue, waiting for a vendor, on hold, the lead's escalations, by
 * category, or a search; overdue rows are highlighted. The selected repair's details, deadlines
 * and timeline show beside the list, and its steps are one key away (see {@link RepairSteps}).
 */
final class RepairWorkPane {
    static final int PAGE = 50;

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final RepairService repairs;
    private final RepairLists lists;
    private final ComboBox<RepairList> list = new ComboBox<>();
    private final ComboBox<RepairCategory> category = new ComboBox<>();
    private final ComboBox<RepairStatus> status = new ComboBox<>();
    private final TextField query = new TextField();
    private final PagedTable<RepairItem> table;
    private final RepairDetailPane detail;
    private final StepButtons<RepairAction, Repair> steps;
    private final SplitPane root = new SplitPane();
    /** The list and filters as last applied, copied on the FX thread for the background fetch. */
    private volatile Shown shown = new Shown(RepairList.OPEN, RepairFilter.ALL);
    /** Selects the repair just taken, or the one a step changed, once the list holds it. */
    private final Reselect<RepairItem> reselect;

    private record Shown(RepairList list, RepairFilter filter) {
    }

    RepairWorkPane(UiContext ctx, Session session, Consumer<String> say) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.repairs = ctx.workstation().repairs();
        this.lists = ctx.workstation().repairLists();
        this.table = new PagedTable<>(ctx, (after, n) -> fetch(shown, after == null ? null : after.repair(), n), PAGE);
        this.steps = new RepairSteps(ctx, session, say, this::changed).buttons();
        this.detail = new RepairDetailPane(ctx, session, steps);
        this.reselect = new Reselect<>(table.table(), i -> i.repair().id());
        root.setOrientation(Orientation.HORIZONTAL);
        root.getItems().addAll(listSide(), detailSide());
        root.setDividerPositions(0.62);
        table.reload();
        Refresh.every(root, Duration.minutes(1), () -> table.table().isFocused() || steps.busy(), this::reload);
    }

    Parent root() {
        return root;
    }

    void focus() {
        table.focus();
    }

    /** One of the lists (the dashboard's tiles open here). */
    void showList(RepairList l) {
        if (list.getValue() == l) {
            reload();
        } else {
            list.setValue(l);
        }
    }

    /** A repair just taken at intake: the open list, with it selected. */
    /** One repair looked up by its number, selected (the global search opens a repair so). */
    void find(String id, String number) {
        reselect.select(id);
        query.setText(number);
        if (list.getValue() == RepairList.SEARCH) {
            apply();
        } else {
            list.setValue(RepairList.SEARCH);
        }
    }

    void showTaken(Repair taken) {
        reselect.select(taken.id());
        list.setValue(RepairList.OPEN);
        reload();
    }

    private Node listSide() {
        list.setId("repairList");
        list.getItems().setAll(Arrays.stream(RepairList.values()).filter(l -> l.offeredTo(session)).toList());
        list.setConverter(Converters.showing(l -> ctx.text(l.messageKey()), ""));
        list.setValue(RepairList.OPEN);
        category.setId("repairListCategory");
        Forms.anyOr(category, ctx.text("repairs.any"), RepairCategory::name,
                ctx.workstation().settings().current(RepairSettings.DOCUMENT).categories()
                        .toArray(RepairCategory[]::new));
        status.setId("repairListStatus");
        Forms.anyOr(status, ctx.text("repairs.any"), s -> ctx.text(s.messageKey()), RepairStatus.values());
        query.setId("repairQuery");
        query.setPromptText(ctx.text("repairs.queryPromptEnter"));
        query.setPrefColumnCount(20);
        list.valueProperty().addListener((obs, old, now) -> apply());
        category.valueProperty().addListener((obs, old, now) -> apply());
        status.valueProperty().addListener((obs, old, now) -> apply());
        // Enter searches: a number, a room or words are looked up among all repairs.
        query.setOnAction(e -> {
            list.setValue(RepairList.SEARCH);
            apply();
            table.table().requestFocus();
        });
        FlowPane filters = new FlowPane(12, 6, Forms.stacked(ctx.text("repairs.list"), list),
                Forms.stacked(ctx.text("field.repairCategory"), category),
                Forms.stacked(ctx.text("repair.col.status"), status),
                Forms.stacked(ctx.text("repairs.search"), query),
                Forms.button(ctx.text("repairs.exportCsv"), "repairExport", this::export));

        table.table().setId("repairTable");
        table.table().setPlaceholder(new Label(ctx.text("repairs.nothing")));
        RepairColumns columns = new RepairColumns(ctx);
        // What the desk chases first (status, deadline) before the words; the description takes what is left.
        table.table().getColumns().addAll(List.of(columns.number(), columns.reported(), columns.location(),
                columns.status(), columns.deadline(), columns.category(), columns.priority(), columns.fixer(),
                columns.description()));
        RowStyles.install(table.table(), i -> i.overdue() ? RowStyles.OVERDUE
                : i.repair().escalated() && i.repair().open() ? RowStyles.ESCALATED : null);
        table.table().getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> detail.show(now));
        table.table().addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        VBox.setVgrow(table.table(), Priority.ALWAYS);
        // A receptionist takes repairs down but takes no step: the keys would only mislead.
        String keys = session.may(Permission.DISPATCH_REPAIRS) ? "repairs.keys" : "repairs.keysNotYours";
        VBox box = new VBox(8, filters, table.table(), table.moreButton(), Forms.wrapping(new Label(ctx.text(keys))));
        box.setPadding(new Insets(12));
        showFilters();
        return box;
    }

    private Node detailSide() {
        detail.root().addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        return detail.root();
    }

    private void onKey(KeyEvent e) {
        RepairItem selected = table.table().getSelectionModel().getSelectedItem();
        if (selected == null || e.isShortcutDown() || e.isAltDown() || e.getTarget() instanceof TextField) {
            return;
        }
        if (e.getCode() == KeyCode.F3) {
            e.consume();
            detail.revealPhone();
            return;
        }
        if (e.getCode() == KeyCode.V) {
            e.consume();
            linkVisit(selected.repair());
            return;
        }
        if (steps.onKey(e.getCode(), selected.repair())) {
            e.consume();
        }
    }

    private void apply() {
        showFilters();
        RepairCategory c = category.getValue();
        shown = new Shown(list.getValue() == null ? RepairList.OPEN : list.getValue(), new RepairFilter(
                query.getText(), status.getValue(), c == null ? null : c.code(), null, null));
        table.reload();
    }

    /** Only the filters the chosen list uses can be changed. */
    private void showFilters() {
        RepairList l = list.getValue();
        category.setDisable(l != RepairList.BY_CATEGORY && l != RepairList.SEARCH);
        status.setDisable(l != RepairList.SEARCH);
    }

    private List<RepairItem> fetch(Shown s, Repair after, int n) {
        return switch (s.list()) {
            case OPEN -> lists.open(after, n);
            case MINE -> lists.mine(session.user().id(), after, n);
            case OVERDUE -> lists.overdue(after, n);
            case WAITING_VENDOR -> lists.waitingForVendor(after, n);
            case ON_HOLD -> lists.onHold(null, after, n);
            case ESCALATED -> lists.escalations(session, after, n);
            case BY_CATEGORY -> s.filter().category() == null ? lists.open(after, n)
                    : lists.byCategory(s.filter().category(), after, n);
            case SEARCH -> lists.search(s.filter(), after, n);
        };
    }

    /** The list again, the selection kept. */
    private void reload() {
        reselect.keepSelected();
        table.reload();
    }

    /** A step changed a repair: the list is read again (it may have left it) and the details too. */
    private void changed(Repair r) {
        reselect.select(r.id());
        reload();
        detail.showById(r.id());
    }

    /** V: the contractor on site now who came for this repair is linked to it. */
    private void linkVisit(Repair r) {
        ctx.run(() -> ctx.workstation().visitors().everyoneInside().stream()
                .filter(v -> v.purpose() == Purpose.CONTRACTOR).toList(), contractors -> {
                    if (contractors.isEmpty()) {
                        say.accept(ctx.text("repairs.noContractorInside"));
                        return;
                    }
                    ChoiceDialog<Visit> ask = new ChoiceDialog<>(contractors.get(0), contractors);
                    ask.initOwner(root.getScene().getWindow());
                    ask.setTitle(ctx.text("repairs.stepTitle", ctx.text("repairs.linkVisit"), r.number()));
                    ask.setHeaderText(ctx.text("repairs.linkVisitHeader"));
                    ask.setContentText(ctx.text("repairs.visits"));
                    @SuppressWarnings("unchecked")
                    ComboBox<Visit> choice = (ComboBox<Visit>) ask.getDialogPane().lookup(".combo-box");
                    if (choice != null) {
                        choice.setConverter(Converters.showing(v -> String.join(" ", v.number(), v.visitorName(),
                                v.company() == null ? "" : v.company()), ""));
                    }
                    ask.showAndWait().ifPresent(v -> ctx.run(() -> repairs.linkVisit(session, r.id(), v.id()),
                            link -> {
                                say.accept(ctx.text("repairs.visitLinked", v.number(), r.number()));
                                detail.showById(r.id());
                            }, failure -> say.accept(ctx.errors().describe(failure))));
                });
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("repairs.exportCsv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("repairs-" + java.time.LocalDate.now(ctx.workstation().clock()
                .withZone(ctx.workstation().sites().zone())) + ".csv");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /**
     * The search's repairs (with the filters shown) as CSV; the lists other than the search export
     * all. Written beside the target and moved into place, so a failure leaves no half file.
     */
    void exportTo(Path target) {
        RepairFilter filter = shown.list() == RepairList.SEARCH ? shown.filter() : RepairFilter.ALL;
        ctx.run(() -> AtomicFiles.write(target, out -> ctx.workstation().repairReports().exportCsv(session, filter, out, ctx.messages())),
                n -> say.accept(ctx.text("repairs.exported", n, target.toString())),
                failure -> say.accept(ctx.errors().describe(failure)));
    }
}
