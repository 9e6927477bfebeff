package com.frontdesk.complaints;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.TabKeys;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Complaints (投诉受理, Ctrl+5): intake of complaints, praise and suggestions, and the cases with
 * their clocks, timeline and steps, one tab each. Ctrl+Tab switches tabs from any field; a case
 * just taken is selected on the Cases tab, ready to be acknowledged.
 */
public final class ComplaintsView {
    private final TabPane root = new TabPane();
    private final ComplaintCasesPane cases;
    private final Tab casesTab;

    public ComplaintsView(UiContext ctx, Session session, Consumer<String> onStatus) {
        root.setId("complaintsView");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        cases = new ComplaintCasesPane(ctx, session, onStatus);
        ComplaintIntakePane intake = new ComplaintIntakePane(ctx, session, onStatus, cases::showTaken);
        Tab intakeTab = new Tab(ctx.text("complaints.tab.intake"), intake.root());
        intakeTab.setId("complaintsIntakeTab");
        TabKeys.focusWhenSelected(intakeTab, intake::focus);
        casesTab = new Tab(ctx.text("complaints.tab.cases"), cases.root());
        casesTab.setId("complaintsCasesTab");
        casesTab.textProperty().bind(Bindings.createStringBinding(() -> cases.waiting().get() > 0
                ? ctx.text("complaints.tab.casesWaiting", cases.waiting().get())
                : ctx.text("complaints.tab.cases"), cases.waiting()));
        TabKeys.focusWhenSelected(casesTab, cases::focus);
        Tab figuresTab = new Tab(ctx.text("complaints.tab.figures"));
        figuresTab.setId("complaintsFiguresTab");
        // Built when opened, so the figures are those of the moment.
        figuresTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                figuresTab.setContent(new ComplaintsFiguresPane(ctx, session, onStatus).root());
            }
        });
        root.getTabs().addAll(intakeTab, casesTab, figuresTab);
        TabKeys.install(root);
        TabKeys.focusWhenShown(intake.root(), intake::focus);
    }

    public Parent root() {
        return root;
    }

    /** Opens the Cases tab on one of its lists (the dashboard's tiles lead here). */
    public void showList(ComplaintList list) {
        root.getSelectionModel().select(casesTab);
        cases.showList(list);
    }

    /** Opens the cases tab on one case (the global search's Enter). */
    public void showComplaint(String id, String number) {
        root.getSelectionModel().select(casesTab);
        cases.find(id, number);
    }

    /** Opens the escalations waiting for the shift lead (the top bar's notice leads here). */
    public void showEscalations() {
        root.getSelectionModel().select(casesTab);
        cases.showEscalations();
    }
}
