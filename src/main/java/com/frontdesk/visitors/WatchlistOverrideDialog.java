package com.frontdesk.visitors;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Validation;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The blocking warning of a watchlist match. Only a shift lead or administrator may let the visitor
 * in, with a reason: at a receptionist's desk the lead comes over and signs with their own number
 * and password, so the override is theirs in the audit log.
 */
final class WatchlistOverrideDialog {
    private final FormDialog<Visit> dialog;

    WatchlistOverrideDialog(UiContext ctx, Session session, Window owner, List<WatchlistEntry> matches,
                            VisitForm form, Consumer<Visit> onCheckedIn) {
        boolean mayOverride = session.may(Permission.MANAGE_VISITOR_SAFETY);
        StringBuilder reasons = new StringBuilder();
        for (WatchlistEntry m : matches) {
            reasons.append("• ").append(m.name() == null ? "" : m.name() + ": ").append(m.reason()).append('\n');
        }
        Label warning = new Label(ctx.text("visitors.watchlistWarning", form.visitorName()) + "\n" + reasons);
        warning.setId("watchlistWarning");
        warning.setWrapText(true);
        warning.setStyle("-fx-text-fill: #b3261e; -fx-font-weight: bold;");
        TextField leadNo = new TextField();
        leadNo.setId("overrideLeadNo");
        PasswordField leadPassword = new PasswordField();
        leadPassword.setId("overrideLeadPassword");
        TextField reason = new TextField();
        reason.setId("overrideReason");
        GridPane grid = Forms.grid();
        if (!mayOverride) {
            Forms.row(grid, ctx.text("visitors.overrideLeadNo"), leadNo);
            Forms.row(grid, ctx.text("field.password"), leadPassword);
        }
        Forms.row(grid, ctx.text("visitors.overrideReason"), reason);
        VBox body = new VBox(10, warning, new Label(ctx.text(mayOverride ? "visitors.overrideHint"
                : "visitors.callLeadHint")), grid);
        body.setPrefWidth(440);
        dialog = new FormDialog<>(ctx, owner, ctx.text("visitors.watchlistTitle"), body, "overrideSave");
        ((Button) dialog.dialog().getDialogPane().lookupButton(ButtonType.OK)).setText(ctx.text("visitors.override"));
        dialog.onSave(() -> {
            String no = leadNo.getText();
            char[] password = leadPassword.getText().toCharArray();
            String why = reason.getText();
            leadPassword.clear();
            return () -> {
                new Validation().required("overrideReason", VisitForm.clean(why)).throwIfAny();
                Session by = mayOverride ? session
                        : ctx.workstation().accounts().authenticate(no, password, AccountService.Purpose.SIGN);
                return ctx.workstation().visitors().checkIn(by, form, why);
            };
        }, onCheckedIn).focusOnShow(() -> mayOverride ? reason : leadNo);
    }

    void show() {
        dialog.show();
    }
}
