package com.frontdesk.handover;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.TabKeys;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Handover (交接班, Ctrl+6): the desk's current handover, counted and signed at this workstation,
 * and the handover book's history, one tab each; Ctrl+Tab switches. Each tab reads again when
 * chosen, as the other changes it.
 */
public final class HandoverView {
    private final TabPane root = new TabPane();

    public HandoverView(UiContext ctx, Session session, Consumer<String> onStatus) {
        root.setId("handoverView");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        HandoverCurrentPane current = new HandoverCurrentPane(ctx, session, onStatus);
        HandoverHistoryPane history = new HandoverHistoryPane(ctx, onStatus);
        Tab currentTab = new Tab(ctx.text("handoverView.tab.current"), current.root());
        currentTab.setId("handoverCurrentTab");
        Tab historyTab = new Tab(ctx.text("handoverView.tab.history"), history.root());
        historyTab.setId("handoverHistoryTab");
        currentTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                current.reload();
            }
        });
        historyTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                history.reload();
            }
        });
        TabKeys.focusWhenSelected(historyTab, history::focus);
        root.getTabs().addAll(currentTab, historyTab);
        TabKeys.install(root);
        TabKeys.focusWhenShown(current.root(), current::focus);
    }

    public Parent root() {
        return root;
    }
}
