package com.frontdesk.dashboard;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.UiContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The dashboard's figures as tiles: each a button with its number and what it counts, reached with
 * Tab; Enter (or Space, or a click) opens the list behind it. A tile whose list the role may not
 * open still shows its figure, greyed. Figures of late or waiting work turn red above zero.
 */
final class DashboardTiles {
    private final UiContext ctx;
    private final FlowPane root = new FlowPane(10, 10);
    private final Map<DashboardTile, Button> tiles = new EnumMap<>(DashboardTile.class);
    private final Map<DashboardTile, Label> counts = new EnumMap<>(DashboardTile.class);
    private final Map<DashboardTile, Label> captions = new EnumMap<>(DashboardTile.class);

    DashboardTiles(UiContext ctx, Session session, Consumer<DashboardTile> open) {
        this.ctx = ctx;
        root.setId("dashboardTiles");
        for (DashboardTile t : DashboardTile.values()) {
            Label count = new Label("–");
            count.setId("dashboardCount-" + t.name());
            count.getStyleClass().add("dashboard-count");
            Label caption = new Label(ctx.text(t.messageKey()));
            caption.getStyleClass().add("muted");
            Button tile = new Button();
            tile.setId("dashboardTile-" + t.name());
            tile.setGraphic(new VBox(2, count, caption));
            tile.getStyleClass().add("dashboard-tile");
            tile.setDisable(!session.may(t.opens()));
            tile.setOnAction(e -> open.accept(t));
            tile.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    tile.fire();
                }
            });
            tiles.put(t, tile);
            counts.put(t, count);
            captions.put(t, caption);
            root.getChildren().add(tile);
        }
    }

    Node root() {
        return root;
    }

    /** The first tile that can be opened takes the focus. */
    void focus() {
        tiles.values().stream().filter(b -> !b.isDisabled()).findFirst().ifPresent(Button::requestFocus);
    }

    void show(DashboardSnapshot s) {
        for (DashboardTile t : DashboardTile.values()) {
            int n = t.count(s);
            counts.get(t).setText(Integer.toString(n));
            mark(t, t.alarming() && n > 0);
        }
        DashboardSnapshot.ShiftState shift = s.shift();
        counts.get(DashboardTile.HANDOVER).setText(ctx.text(!shift.onShift() ? "dashboard.handover.offShift"
                : shift.done() ? "dashboard.handover.done" : "dashboard.handover.notDone"));
        captions.get(DashboardTile.HANDOVER).setText(shift.refusalsWaiting() > 0
                ? ctx.text("dashboard.handover.captionRefused", shift.deskName(), shiftName(shift),
                        shift.refusalsWaiting())
                : ctx.text("dashboard.handover.caption", shift.deskName(), shiftName(shift)));
        mark(DashboardTile.HANDOVER, (shift.onShift() && !shift.done()) || shift.refusalsWaiting() > 0);
    }

    private String shiftName(DashboardSnapshot.ShiftState shift) {
        return shift.onShift() ? shift.shiftName() : ctx.text("handoverSettings.offShift");
    }

    private void mark(DashboardTile t, boolean alert) {
        Button tile = tiles.get(t);
        tile.getStyleClass().remove("dashboard-alert");
        if (alert) {
            tile.getStyleClass().add("dashboard-alert");
        }
    }
}
