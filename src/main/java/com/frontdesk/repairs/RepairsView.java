package com.frontdesk.repairs;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.TabKeys;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Repairs (Ctrl+4): intake by place, the work lists with each repair's timeline and steps, and the
 * figures per category and month, one tab each. Ctrl+Tab switches tabs from any field; a repair
 * just taken is selected on the work tab, ready to be dispatched.
 */
public final class RepairsView {
    private final TabPane root = new TabPane();
    private final RepairWorkPane work;
    private final Tab workTab;

    public RepairsView(UiContext ctx, Session session, Consumer<String> onStatus) {
        root.setId("repairsView");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        work = new RepairWorkPane(ctx, session, onStatus);
        RepairIntakePane intake = new RepairIntakePane(ctx, session, onStatus, work::showTaken);
        Tab intakeTab = new Tab(ctx.text("repairs.tab.intake"), intake.root());
        intakeTab.setId("repairsIntakeTab");
        TabKeys.focusWhenSelected(intakeTab, intake::focus);
        workTab = new Tab(ctx.text("repairs.tab.work"), work.root());
        workTab.setId("repairsWorkTab");
        TabKeys.focusWhenSelected(workTab, work::focus);
        Tab figuresTab = new Tab(ctx.text("repairs.tab.figures"));
        figuresTab.setId("repairsFiguresTab");
        // Built when opened, so the figures are those of the moment.
        figuresTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                figuresTab.setContent(new RepairFiguresPane(ctx).root());
            }
        });
        root.getTabs().addAll(intakeTab, workTab, figuresTab);
        TabKeys.install(root);
        TabKeys.focusWhenShown(intake.root(), intake::focus);
    }

    public Parent root() {
        return root;
    }

    /** The work tab on one of its lists, the list focused (the dashboard's tiles lead here). */
    public void showList(RepairList list) {
        root.getSelectionModel().select(workTab);
        work.showList(list);
    }

    /** Opens the work tab on one repair (the global search's Enter). */
    public void showRepair(String id, String number) {
        root.getSelectionModel().select(workTab);
        work.find(id, number);
    }
}
