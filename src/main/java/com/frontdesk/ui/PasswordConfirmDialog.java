package com.frontdesk.ui;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.StaffMember;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Re-enter your password to sign": the person named must type their own password before a
 * sign-off counts. Wrong passwords count towards the lock-out like any sign-in.
 */
public final class PasswordConfirmDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public PasswordConfirmDialog(UiContext ctx, Window owner, StaffMember signer, String what, Consumer<Session> onConfirmed) {
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("sign.title"));
        dialog.setHeaderText(what);
        PasswordField password = new PasswordField();
        password.setId("signPassword");
        Label message = Forms.messageLabel();
        VBox body = new VBox(10, new Label(ctx.text("sign.prompt", signer.name(), signer.employeeNo())), password, message);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(ctx.text("sign.confirm"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(ctx.text("action.cancel"));
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            // The dialog stays open until the password has been checked off the FX thread.
            event.consume();
            char[] typed = password.getText().toCharArray();
            password.clear();
            ok.setDisable(true);
            ctx.run(() -> ctx.workstation().accounts().authenticate(signer.employeeNo(), typed, AccountService.Purpose.SIGN),
                    session -> {
                        dialog.setResult(ButtonType.OK);
                        dialog.close();
                        onConfirmed.accept(session);
                    },
                    failure -> {
                        ok.setDisable(false);
                        message.setText(ctx.errors().describe(failure));
                        password.requestFocus();
                    });
        });
        dialog.setOnShown(e -> password.requestFocus());
    }

    public void show() {
        dialog.show();
    }
}
