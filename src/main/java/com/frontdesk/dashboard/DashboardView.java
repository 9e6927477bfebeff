package com.frontdesk.dashboard;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.Refresh;
import com.frontdesk.ui.TabKeys;
import com.frontdesk.ui.UiContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The dashboard (工作台, Ctrl+1): the desk's figures as tiles that open the list behind them, and
 * the charts; for shift leads and administrators a second tab with the monthly report. It reads
 * again by itself after any write of any module (the store's count of commits, looked at every
 * {@value #LOOK_SECONDS} seconds on the FX thread without a query) and once a minute for the
 * clock's sake (overdue work); the read runs on the task executor, one at a time, and a burst of
 * writes makes one read after the one under way. F5 reads again at once.
 */
public final class DashboardView {
    static final int LOOK_SECONDS = 2;
    private static final Duration CLOCK_REFRESH = Duration.ofMinutes(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final UiContext ctx;
    private final Session session;
    private final Store store;
    private final DashboardTiles tiles;
    private final DashboardCharts charts;
    private final Label updated = new Label();
    private final Label message = Forms.messageLabel();
    private final TabPane root = new TabPane();
    private long readAtWrites = -1;
    private Instant readAt = Instant.MIN;
    private boolean reading;
    private boolean readAgain;

    public DashboardView(UiContext ctx, Session session, Consumer<DashboardTile> open) {
        this.ctx = ctx;
        this.session = session;
        this.store = ctx.workstation().store();
        this.tiles = new DashboardTiles(ctx, session, open);
        this.charts = new DashboardCharts(ctx);
        updated.setId("dashboardUpdated");
        updated.getStyleClass().add("muted");
        HBox head = new HBox(16, Forms.sectionTitle(ctx.text("dashboard.title")), updated);
        head.setAlignment(Pos.BASELINE_LEFT);
        Label keys = new Label(ctx.text("dashboard.keys"));
        keys.getStyleClass().add("muted");
        VBox overview = new VBox(12, head, message, tiles.root(), keys, charts.root());
        overview.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(overview);
        scroll.setFitToWidth(true);
        Tab overviewTab = new Tab(ctx.text("dashboard.tab.overview"), scroll);
        overviewTab.setId("dashboardOverviewTab");
        TabKeys.focusWhenSelected(overviewTab, tiles::focus);
        root.setId("dashboardView");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getTabs().add(overviewTab);
        if (session.may(Permission.VIEW_REPORTS)) {
            Tab reportTab = new Tab(ctx.text("dashboard.tab.report"));
            reportTab.setId("dashboardReportTab");
            // Built when opened, so the figures are those of the moment.
            reportTab.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    MonthlyReportPane pane = new MonthlyReportPane(ctx, session);
                    reportTab.setContent(pane.root());
                    TabKeys.focusWhenShown(pane.root(), pane::focus);
                }
            });
            root.getTabs().add(reportTab);
        }
        TabKeys.install(root);
        TabKeys.focusWhenShown(overview, tiles::focus);
        overview.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F5) {
                e.consume();
                read();
            }
        });
        read();
        Refresh.every(root, javafx.util.Duration.seconds(LOOK_SECONDS), () -> false, this::readIfChanged);
    }

    public Parent root() {
        return root;
    }

    /** Something was written since the last read, or a minute has passed: read again. */
    private void readIfChanged() {
        Instant now = store.clock().instant();
        if (store.committedWrites() != readAtWrites || !now.isBefore(readAt.plus(CLOCK_REFRESH))) {
            read();
        }
    }

    /** One read at a time; asked again meanwhile, one more read follows. */
    private void read() {
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        long writes = store.committedWrites();
        ctx.run(() -> ctx.workstation().dashboard().snapshot(session), s -> {
            readAtWrites = writes;
            readAt = s.at();
            message.setText("");
            tiles.show(s);
            charts.show(s);
            updated.setText(ctx.text("dashboard.updated",
                    TIME.format(s.at().atZone(ctx.workstation().sites().zone()))));
            done();
        }, failure -> {
            // Not again every few seconds: the next write or the next minute tries again.
            readAtWrites = writes;
            readAt = store.clock().instant();
            message.setText(ctx.errors().describe(failure));
            done();
        });
    }

    private void done() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            read();
        }
    }
}
