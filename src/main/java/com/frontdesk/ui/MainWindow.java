package com.frontdesk.ui;

import com.frontdesk.handover.HandoverSettings;
import com.frontdesk.handover.HandoverView;
import com.frontdesk.sync.SyncView;
import com.frontdesk.handover.ShiftDef;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintList;
import com.frontdesk.complaints.ComplaintsView;
import com.frontdesk.dashboard.DashboardTile;
import com.frontdesk.dashboard.DashboardView;
import com.frontdesk.repairs.RepairList;
import com.frontdesk.settings.SettingsView;
import com.frontdesk.parcels.ParcelsView;
import com.frontdesk.phrases.PhrasesView;
import com.frontdesk.phrases.QuickPhrasePopup;
import com.frontdesk.repairs.RepairsView;
import com.frontdesk.search.SearchHit;
import com.frontdesk.search.SearchNavigation;
import com.frontdesk.search.SearchView;
import com.frontdesk.visitors.VisitorsView;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The signed-in window: top bar, navigation rail, the current module, status bar, lock screen. */
public final class MainWindow {
    static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    /** The global search from anywhere, its box focused. */
    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UiContext ctx;
    private final Session session;
    private final Runnable onSignOut;
    private final Consumer<String> onLanguage;
    private final Consumer<Session> onSessionChanged;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Module, ToggleButton> railButtons = new EnumMap<>(Module.class);
    private final ToggleGroup rail = new ToggleGroup();
    private final Label status = new Label();
    private final Label backupStatus = new Label();
    private final Label shiftLabel = new Label();
    private final Hyperlink escalations = notice("escalationNotice", this::openEscalations);
    private final Hyperlink refusals = notice("refusalNotice", () -> show(Module.HANDOVER));
    private final LockScreen lockScreen;
    private final QuickPhrasePopup quickPhrases;
    private Module current;
    /** The complaints screen while it is the one shown, so the escalation notice can open its list. */
    private ComplaintsView shownComplaints;
    /** The visitors', parcels' or repairs' screen while shown, so a dashboard tile can open its list. */
    private Object shownView;
    /** The search screen while it is the one shown, so Ctrl+K focuses its box. */
    private SearchView shownSearch;

    public MainWindow(UiContext ctx, Session session, Runnable onSignOut, Consumer<String> onLanguage,
                      Consumer<Session> onSessionChanged) {
        this.ctx = ctx;
        this.session = session;
        this.onSignOut = onSignOut;
        this.onLanguage = onLanguage;
        this.onSessionChanged = onSessionChanged;
        this.lockScreen = new LockScreen(ctx, session.user(), this::unlock, onSignOut);
        this.quickPhrases = new QuickPhrasePopup(ctx, session, this::setStatus);
        frame.setTop(topBar());
        frame.setLeft(rail());
        content.getStyleClass().add("content");
        frame.setCenter(content);
        frame.setBottom(statusBar());
        lockScreen.root().setVisible(false);
        root.getChildren().addAll(frame, lockScreen.root());
        root.setId("mainWindow");
        refreshShift();
    }

    public Parent root() {
        return root;
    }

    public void installShortcuts(Scene scene) {
        for (Module m : Module.values()) {
            scene.getAccelerators().put(m.shortcut(), () -> {
                if (!isLocked()) {
                    show(m);
                }
            });
        }
        scene.getAccelerators().put(SEARCH, () -> {
            if (!isLocked()) {
                openSearch();
            }
        });
        scene.getAccelerators().put(LOCK, this::lock);
        scene.getAccelerators().put(HELP, () -> ShortcutsDialog.show(ctx, scene.getWindow()));
    }

    public void show(Module module) {
        current = module;
        shownComplaints = null;
        shownView = null;
        shownSearch = null;
        railButtons.get(module).setSelected(true);
        Parent view = switch (module) {
            case DASHBOARD -> session.may(Permission.VIEW_DASHBOARD)
                    ? new DashboardView(ctx, session, this::openTile).root() : notForRole(module);
            case VISITORS -> session.may(Permission.CHECK_IN_VISITORS)
                    ? kept(new VisitorsView(ctx, session, this::setStatus)).root() : notForRole(module);
            case PARCELS -> session.may(Permission.HANDLE_PARCELS)
                    ? kept(new ParcelsView(ctx, session, this::setStatus)).root() : notForRole(module);
            case REPAIRS -> session.may(Permission.TAKE_REPAIRS)
                    ? kept(new RepairsView(ctx, session, this::setStatus)).root() : notForRole(module);
            case COMPLAINTS -> session.may(Permission.TAKE_COMPLAINTS) ? complaintsView().root() : notForRole(module);
            case HANDOVER -> session.may(Permission.HAND_OVER)
                    ? new HandoverView(ctx, session, this::setStatus).root() : notForRole(module);
            case PHRASES -> new PhrasesView(ctx, session, this::setStatus).root();
            case SEARCH -> searchView().root();
            case SYNC -> session.may(Permission.SYNC_HEAD_OFFICE)
                    ? new SyncView(ctx, session, this::setStatus).root() : notForRole(module);
            case SETTINGS -> new SettingsView(ctx, session, this::setStatus, onLanguage).root();
        };
        content.getChildren().setAll(view);
        setStatus(ctx.text(module.titleKey()));
    }

    private ComplaintsView complaintsView() {
        shownComplaints = new ComplaintsView(ctx, session, this::setStatus);
        return shownComplaints;
    }

    private <T> T kept(T view) {
        shownView = view;
        return view;
    }

    /** A dashboard tile: its module, on the list behind the figure. */
    private void openTile(DashboardTile tile) {
        if (tile == DashboardTile.ESCALATIONS) {
            openEscalations();
            return;
        }
        show(tile.module());
        switch (tile) {
            case VISITORS_ON_SITE, PASSES_OUT -> {
                if (shownView instanceof VisitorsView v) {
                    v.showOnSite();
                }
            }
            case PARCELS_HELD, PARCELS_OVERDUE -> {
                if (shownView instanceof ParcelsView p) {
                    if (tile == DashboardTile.PARCELS_HELD) {
                        p.showShelves();
                    } else {
                        p.showHeld();
                    }
                }
            }
            case REPAIRS_OPEN, REPAIRS_OVERDUE, REPAIRS_ON_HOLD -> {
                if (shownView instanceof RepairsView r) {
                    r.showList(tile == DashboardTile.REPAIRS_OPEN ? RepairList.OPEN
                            : tile == DashboardTile.REPAIRS_OVERDUE ? RepairList.OVERDUE : RepairList.ON_HOLD);
                }
            }
            case COMPLAINTS_OPEN, COMPLAINTS_OVERDUE -> {
                if (shownComplaints != null) {
                    shownComplaints.showList(tile == DashboardTile.COMPLAINTS_OPEN ? ComplaintList.OPEN
                            : ComplaintList.OVERDUE);
                }
            }
            default -> {
                // The handover opens on its current pane: the shift's handover is what the tile shows.
            }
        }
    }

    private SearchView searchView() {
        shownSearch = new SearchView(ctx, session, this::openRecord);
        shownSearch.focus();
        return shownSearch;
    }

    /** Ctrl+K: the search screen with its box focused; pressed again there, the box's text is selected. */
    public void openSearch() {
        if (shownSearch == null) {
            show(Module.SEARCH);
        } else {
            shownSearch.focus();
        }
    }

    /** Enter on a search result: the record shown in its module (the result's kind is one the role may see). */
    private void openRecord(SearchHit hit) {
        new SearchNavigation(ctx, session, this::setStatus, onLanguage, this::showView).open(hit);
    }

    /** Shows a module's view built elsewhere (the search's navigation), as {@link #show} does. */
    private void showView(Module module, Parent view) {
        current = module;
        shownComplaints = null;
        shownView = null;
        shownSearch = null;
        railButtons.get(module).setSelected(true);
        content.getChildren().setAll(view);
        setStatus(ctx.text(module.titleKey()));
    }

    /** A module whose work the role does not do (an agent at the visitor register) says so, and shows no records. */
    private Parent notForRole(Module module) {
        return new NotAvailableView(ctx, module, "module.notForRole").root();
    }

    /** The phrase popup of the signed-in staff member, for the shell's key filter on every window. */
    public QuickPhrasePopup quickPhrases() {
        return quickPhrases;
    }

    public Module current() {
        return current;
    }

    public void lock() {
        if (isLocked()) {
            return;
        }
        // An open form or dialog would stay usable above the lock screen: close it, unsaved.
        Window own = root.getScene().getWindow();
        List.copyOf(Window.getWindows()).stream().filter(w -> w != own).forEach(Window::hide);
        frame.setDisable(true);
        lockScreen.root().setVisible(true);
        lockScreen.focus();
    }

    public boolean isLocked() {
        return lockScreen.root().isVisible();
    }

    public void setStatus(String text) {
        status.setText(text);
    }

    public void showBackupDone(Path file) {
        backupStatus.setText(ctx.text("status.lastBackup",
                ZonedDateTime.now(ctx.workstation().clock()).withZoneSameInstant(ctx.workstation().sites().zone()).format(TIME),
                file.getFileName().toString()));
    }

    /**
     * Called on every housekeeping tick of the shell: the shift label follows the clock, and a
     * shift lead sees, from any module, how many escalated complaints and refused handovers wait
     * for them.
     */
    public void refreshShift() {
        ZonedDateTime now = ZonedDateTime.now(ctx.workstation().clock()).withZoneSameInstant(ctx.workstation().sites().zone());
        // The desk's shifts are Settings → Handover's; read off the FX thread like every setting.
        ctx.run(() -> {
            HandoverSettings shifts = ctx.workstation().settings().current(HandoverSettings.DOCUMENT);
            return shifts.currentShift(shifts.workstation().code(), now.toLocalTime()).map(ShiftDef::name);
        }, shift -> shiftLabel.setText(
                ctx.text("top.shift", shift.orElseGet(() -> ctx.text("handoverSettings.offShift")))));
        if (session.may(Permission.CLOSE_COMPLAINTS)) {
            showCount(escalations, "top.escalations", () -> ctx.workstation().complaintLists().countEscalationsWaiting());
        }
        if (session.may(Permission.COUNTERSIGN_HANDOVERS)) {
            showCount(refusals, "top.refusals", () -> ctx.workstation().handovers().countRefusalsWaiting());
        }
    }

    /** A notice in the top bar, shown while its count, read off the FX thread, is above zero. */
    private void showCount(Hyperlink link, String key, java.util.concurrent.Callable<Integer> count) {
        ctx.run(count, n -> {
            link.setText(ctx.text(key, n));
            link.setVisible(n > 0);
        }, failure -> link.setVisible(false));
    }

    private static Hyperlink notice(String id, Runnable open) {
        Hyperlink link = new Hyperlink();
        link.setId(id);
        link.getStyleClass().add("form-message");
        link.setFocusTraversable(false);
        link.managedProperty().bind(link.visibleProperty());
        link.setVisible(false);
        link.setOnAction(e -> open.run());
        return link;
    }

    /** The top bar's notice: the complaints module, on the lead's escalations. */
    private void openEscalations() {
        show(Module.COMPLAINTS);
        if (shownComplaints != null) {
            shownComplaints.showEscalations();
        }
    }

    /**
     * The unlock re-read the account: if an administrator changed this user's role meanwhile,
     * the window is rebuilt for the new role instead of carrying the old rights on.
     */
    private void unlock(Session fresh) {
        if (fresh.role() != session.role()) {
            onSessionChanged.accept(fresh);
            return;
        }
        lockScreen.root().setVisible(false);
        frame.setDisable(false);
        if (current != null) {
            railButtons.get(current).requestFocus();
        }
    }

    private HBox topBar() {
        Label app = new Label(ctx.text("app.title"));
        app.getStyleClass().add("app-name");
        Label site = new Label(ctx.workstation().sites().site().map(s -> s.name() + " · " + s.code()).orElse(""));
        site.setId("siteLabel");
        Label user = new Label(ctx.text("top.user", session.user().name(), session.user().employeeNo(),
                ctx.text(session.role().messageKey())));
        user.setId("userLabel");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button help = new Button(ctx.text("top.help"));
        help.setOnAction(e -> ShortcutsDialog.show(ctx, root.getScene().getWindow()));
        Button lock = new Button(ctx.text("top.lock"));
        lock.setId("lockButton");
        lock.setOnAction(e -> lock());
        Button signOut = new Button(ctx.text("top.signOut"));
        signOut.setOnAction(e -> onSignOut.run());
        for (Button b : new Button[] {help, lock, signOut}) {
            b.setFocusTraversable(false);
        }
        shiftLabel.setId("topShift");
        HBox bar = new HBox(16, app, site, shiftLabel, escalations, refusals, spacer, user, help, lock, signOut);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private VBox rail() {
        VBox box = new VBox(2);
        box.getStyleClass().add("rail");
        for (Module m : Module.values()) {
            ToggleButton b = new ToggleButton(ctx.text(m.titleKey()));
            b.setId("rail-" + m.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(rail);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(m.shortcut().getDisplayText()));
            b.setOnAction(e -> show(m));
            railButtons.put(m, b);
            box.getChildren().add(b);
        }
        // A rail button stays pressed: clicking the selected one again must not unselect it.
        rail.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return box;
    }

    private HBox statusBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        status.setId("statusText");
        Label data = new Label(ctx.text("status.dataFolder", ctx.workstation().dataDirectory().root().toString()));
        HBox bar = new HBox(16, status, spacer, backupStatus, data);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
