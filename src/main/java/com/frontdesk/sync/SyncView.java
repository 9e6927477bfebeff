package com.frontdesk.sync;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.PagedTable;
import com.frontdesk.ui.ShortTime;
import com.frontdesk.ui.TabKeys;
import com.frontdesk.ui.Tables;
import com.frontdesk.ui.UiContext;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The head-office sync screen (Ctrl+9): where batches go, the last success, how many changes
 * wait, why the last run failed; "send now" (Ctrl+Enter) with a progress bar; the batch history
 * and the failures a page at a time; for administrators the settings and the full export. Runs go
 * to the sync's own thread ({@link SyncScheduler}); their progress comes back through
 * {@code Platform.runLater}.
 */
public final class SyncView {
    private static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final int PAGE = 50;
    private static final Set<KeyCode> TAB_KEYS = Set.of(KeyCode.TAB, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP);

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> status;
    private final ShortTime time;
    private final Label target = new Label();
    private final Label lastSuccess = new Label();
    private final Label pending = new Label();
    private final Label problem = Forms.messageLabel();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Button send;
    private final Button full;
    private final PagedTable<SentBatch> history;
    private final PagedTable<SyncRun> failures;
    private final VBox root = new VBox(12);

    public SyncView(UiContext ctx, Session session, Consumer<String> status) {
        this.ctx = ctx;
        this.session = session;
        this.status = status;
        this.time = new ShortTime(ctx);
        SyncService sync = ctx.workstation().sync();
        target.setId("syncTarget");
        lastSuccess.setId("syncLastSuccess");
        pending.setId("syncPending");
        problem.setId("syncProblem");
        progress.setId("syncProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progressText.setId("syncProgressText");

        GridPane facts = Forms.grid();
        Forms.row(facts, ctx.text("sync.target"), target);
        Forms.row(facts, ctx.text("sync.lastSuccess"), lastSuccess);
        Forms.row(facts, ctx.text("sync.pending"), pending);

        send = Forms.button(ctx.text("sync.sendNow"), "syncSendNow",
                () -> start(() -> sync.sendNow(session, listener())));
        full = Forms.button(ctx.text("sync.fullExport"), "syncFullExport",
                () -> start(() -> sync.fullExport(session, listener())));
        full.setVisible(session.may(Permission.MANAGE_SYNC));
        full.setManaged(full.isVisible());
        HBox actions = new HBox(8, send, full, progress, progressText);

        history = new PagedTable<>(ctx, (after, n) -> sync.history(after, n), PAGE);
        history.table().setId("syncHistory");
        history.addColumn(ctx.text("sync.column.time"), b -> time.format(b.lastTriedAt()));
        // Batch ids are long and all alike at the start: the column shows them whole.
        history.table().getColumns().add(Tables.column(ctx.text("sync.column.batch"),
                Tables.fit("00000000-c-000000000000-000000000000"), SentBatch::id));
        history.addColumn(ctx.text("sync.column.kind"), b -> ctx.text(b.kind().messageKey()));
        history.addColumn(ctx.text("sync.column.records"), b -> Long.toString(b.recordCount()));
        history.addColumn(ctx.text("sync.column.status"), b -> ctx.text(b.status().messageKey()));
        history.addColumn(ctx.text("sync.column.attempts"), b -> Integer.toString(b.attempts()));
        history.addColumn(ctx.text("sync.column.error"), b -> b.lastError() == null ? "" : b.lastError());
        history.addColumn(ctx.text("sync.column.target"), SentBatch::target);

        failures = new PagedTable<>(ctx, (after, n) -> sync.failures(after, n), PAGE);
        failures.table().setId("syncFailures");
        failures.addColumn(ctx.text("sync.column.time"), r -> time.format(r.startedAt()));
        failures.addColumn(ctx.text("sync.column.trigger"), r -> ctx.text(r.trigger().messageKey()));
        failures.addColumn(ctx.text("sync.column.outcome"), r -> ctx.text(r.outcome().messageKey()));
        failures.addColumn(ctx.text("sync.column.reason"), this::reason);
        failures.addColumn(ctx.text("sync.column.target"), SyncRun::target);

        TabPane tabs = new TabPane(
                tab(ctx.text("sync.tab.history"), new VBox(6, history.table(), history.moreButton())),
                tab(ctx.text("sync.tab.failures"), new VBox(6, failures.table(), failures.moreButton())));
        tabs.setId("syncTabs");
        if (session.may(Permission.MANAGE_SYNC)) {
            SyncSettingsPane settings = new SyncSettingsPane(ctx, session, this::refresh);
            Tab settingsTab = tab(ctx.text("sync.tab.settings"), settings.root());
            TabKeys.focusWhenSelected(settingsTab, settings::focus);
            tabs.getTabs().add(settingsTab);
        }
        TabKeys.install(tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        root.getChildren().addAll(Forms.sectionTitle(ctx.text("module.sync")), facts, problem, actions, tabs);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SEND.match(e)) {
                e.consume();
                send.fire();
            } else if (e.isShortcutDown() && TAB_KEYS.contains(e.getCode()) && !inside(e.getTarget(), tabs)) {
                // The tab keys work from the buttons above the tabs too.
                e.consume();
                Event.fireEvent(tabs, e.copyFor(tabs, tabs));
            }
        });
        refresh();
        Platform.runLater(send::requestFocus);
    }

    public Parent root() {
        return root;
    }

    private static boolean inside(EventTarget target, Node container) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private static Tab tab(String title, Parent content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private String reason(SyncRun run) {
        return run.reasonKey() == null ? "" : ctx.text(run.reasonKey(), run.detail() == null ? "" : run.detail());
    }

    private void refresh() {
        ctx.run(() -> ctx.workstation().sync().status(), s -> {
            target.setText(s.target().kind() == SyncTarget.Kind.NONE ? ctx.text("sync.noTarget")
                    : ctx.text(s.target().kind().messageKey()) + " · " + s.target().describe());
            lastSuccess.setText(s.lastSuccess().map(time::format).orElse(ctx.text("sync.never")));
            pending.setText(ctx.text("sync.pendingCount", s.pendingChanges()));
            problem.setText(s.lastFailure().map(f -> ctx.text(s.stopped() ? "sync.stoppedBecause" : "sync.failedBecause",
                    reason(f))).orElse(""));
        });
        history.reload();
        failures.reload();
    }

    /** Runs on the sync thread; everything it tells the screen goes through runLater. */
    private void start(Callable<SyncRun> work) {
        send.setDisable(true);
        full.setDisable(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        progressText.setText(ctx.text("sync.running"));
        ctx.workstation().syncScheduler().submit(work).whenComplete((run, failure) -> Platform.runLater(() -> {
            send.setDisable(false);
            full.setDisable(false);
            progress.setProgress(run != null && run.ok() ? 1 : 0);
            if (failure != null) {
                progressText.setText(ctx.errors().describe(failure));
            } else if (run.ok()) {
                progressText.setText(ctx.text("sync.sent", run.batches(), run.records()));
                status.accept(ctx.text("sync.sent", run.batches(), run.records()));
            } else {
                progressText.setText(reason(run));
            }
            refresh();
        }));
    }

    private SyncProgress listener() {
        return new SyncProgress() {
            @Override
            public void progress(long done, long total) {
                Platform.runLater(() -> {
                    progress.setProgress(total == 0 ? 1 : (double) done / total);
                    progressText.setText(ctx.text("sync.progress", done, total));
                });
            }

            @Override
            public void retrying(String batchId, int failedAttempt, Duration wait, String reason) {
                Platform.runLater(() -> progressText.setText(ctx.text("sync.retrying", failedAttempt,
                        wait.toSeconds(), reason)));
            }
        };
    }
}
