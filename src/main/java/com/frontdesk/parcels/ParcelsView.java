package com.frontdesk.parcels;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.TabKeys;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Parcels & items (Ctrl+3): intake with the shelf list, pickup, deposited items, lost property,
 * the shelves and the history, one tab each. Ctrl+Tab and Ctrl+PageDown/PageUp switch tabs from
 * any field; the tab's first field takes the focus.
 */
public final class ParcelsView {
    private final TabPane root = new TabPane();
    private final ParcelIntakePane intake;
    private final ParcelPickupPane pickup;
    private final Tab pickupTab;
    /** The history tab's page while it is shown: the global search puts a number in its box. */
    private ParcelHistoryPane shownHistory;

    public ParcelsView(UiContext ctx, Session session, Consumer<String> onStatus) {
        root.setId("parcelsView");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pickup = new ParcelPickupPane(ctx, session, onStatus, this::reloadIntake);
        intake = new ParcelIntakePane(ctx, session, onStatus, this::openPickup);
        Tab intakeTab = tab(ctx.text("parcels.tab.intake"), "parcelsIntakeTab", intake.root(), intake::focus);
        pickupTab = tab(ctx.text("parcels.tab.pickup"), "parcelsPickupTab", pickup.root(), pickup::focus);
        root.getTabs().addAll(intakeTab, pickupTab);
        // These tabs are built when opened, so their lists are current.
        lazyTab(ctx.text("parcels.tab.deposits"), "parcelsDepositsTab",
                () -> new DepositsPane(ctx, session, onStatus).root());
        lazyTab(ctx.text("parcels.tab.lost"), "parcelsLostTab",
                () -> new LostPropertyPane(ctx, session, onStatus).root());
        lazyTab(ctx.text("parcels.tab.shelves"), "parcelsShelvesTab",
                () -> new ShelvesPane(ctx, session, onStatus).root());
        lazyTab(ctx.text("parcels.tab.history"), "parcelsHistoryTab", () -> {
            ParcelHistoryPane history = new ParcelHistoryPane(ctx, session, onStatus);
            shownHistory = history;
            Platform.runLater(history::focus);
            return history.root();
        });
        TabKeys.install(root);
        intake.root().sceneProperty().addListener((obs, old, now) -> {
            if (now != null && old == null) {
                Platform.runLater(intake::focus);
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** The shelves tab: what lies on each shelf (the dashboard's tile of parcels held leads here). */
    public void showShelves() {
        selectTab("parcelsShelvesTab");
    }

    /**
     * The intake tab's list of parcels held, oldest first with the overdue ones marked, focused
     * (the dashboard's tile of overdue parcels leads here).
     */
    public void showHeld() {
        root.getSelectionModel().select(0);
        Platform.runLater(intake::focusHeld);
    }

    /** Opens the history on one parcel, by its number (the global search's Enter). */
    public void showParcel(String number) {
        selectTab("parcelsHistoryTab");
        if (shownHistory != null) {
            shownHistory.find(number);
        }
    }

    /** Opens the tab of deposits or of lost property (the global search's Enter on an item). */
    public void showItems(boolean lostProperty) {
        selectTab(lostProperty ? "parcelsLostTab" : "parcelsDepositsTab");
    }

    private void selectTab(String id) {
        root.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> root.getSelectionModel().select(t));
    }

    private void openPickup(Parcel p) {
        root.getSelectionModel().select(pickupTab);
        pickup.show(p);
    }

    private void reloadIntake() {
        intake.reload();
    }

    private Tab tab(String title, String id, Parent content, Runnable focus) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(focus);
            }
        });
        return tab;
    }

    private void lazyTab(String title, String id, Supplier<Parent> page) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                tab.setContent(page.get());
            }
        });
        root.getTabs().add(tab);
    }
}
