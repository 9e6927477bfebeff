package com.frontdesk.accounts;

import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The signed-in user changes their own password, proving the current one first. */
public final class ChangePasswordPane {
    private final VBox root = new VBox(12);

    public ChangePasswordPane(UiContext ctx, Session session, Consumer<String> status) {
        PasswordField current = new PasswordField();
        PasswordField fresh = new PasswordField();
        PasswordField confirm = new PasswordField();
        GridPane form = Forms.grid();
        Forms.row(form, ctx.text("field.currentPassword"), current);
        Forms.row(form, ctx.text("field.newPassword"), fresh);
        Forms.row(form, ctx.text("field.confirmPassword"), confirm);
        Label message = Forms.messageLabel();
        Button save = new Button(ctx.text("account.changePassword"));
        save.setOnAction(e -> {
            message.setText("");
            if (!fresh.getText().equals(confirm.getText())) {
                message.setText(ctx.text("validation.passwordMismatch"));
                return;
            }
            char[] old = current.getText().toCharArray();
            char[] next = fresh.getText().toCharArray();
            current.clear();
            fresh.clear();
            confirm.clear();
            ctx.run(() -> {
                ctx.workstation().accounts().changeOwnPassword(session, old, next);
                return true;
            }, done -> status.accept(ctx.text("account.passwordChanged")),
                    failure -> message.setText(ctx.errors().describe(failure)));
        });
        Label who = new Label(ctx.text("top.user", session.user().name(), session.user().employeeNo(),
                ctx.text(session.role().messageKey())));
        Forms.submitOnEnter(form, save::fire);
        root.getChildren().addAll(who, form, message, save);
        root.setPadding(new Insets(16));
        root.setMaxWidth(640);
    }

    public Parent root() {
        return root;
    }
}
