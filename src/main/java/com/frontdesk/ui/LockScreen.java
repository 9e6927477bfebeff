package com.frontdesk.ui;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.StaffMember;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Covers the window when the desk is left alone or Ctrl+L is pressed. Only the signed-in user's
 * password opens it; anyone else signs the user out and signs in as themselves.
 */
final class LockScreen {
    private final UiContext ctx;
    private final StaffMember user;
    private final Consumer<Session> onUnlocked;
    private final StackPane root = new StackPane();
    private final PasswordField password = new PasswordField();
    private final Label message = Forms.messageLabel();

    LockScreen(UiContext ctx, StaffMember user, Consumer<Session> onUnlocked, Runnable onSignOut) {
        this.ctx = ctx;
        this.user = user;
        this.onUnlocked = onUnlocked;
        Label title = new Label(ctx.text("lock.title"));
        title.getStyleClass().add("page-title");
        Label prompt = new Label(ctx.text("lock.prompt", user.name(), user.employeeNo()));
        password.setId("unlockPassword");
        password.setPromptText(ctx.text("field.password"));
        password.setMaxWidth(280);
        message.setId("lockMessage");
        Button unlock = new Button(ctx.text("lock.unlock"));
        unlock.setId("unlockButton");
        unlock.setOnAction(e -> unlock());
        Button signOut = new Button(ctx.text("lock.switchUser"));
        signOut.setOnAction(e -> onSignOut.run());
        HBox buttons = new HBox(8, unlock, signOut);
        buttons.setAlignment(Pos.CENTER);
        VBox card = new VBox(14, title, prompt, password, message, buttons);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("card");
        card.setMaxSize(420, 280);
        Forms.submitOnEnter(card, this::unlock);
        root.getChildren().add(card);
        root.getStyleClass().add("lock-screen");
        root.setId("lockScreen");
    }

    Parent root() {
        return root;
    }

    void focus() {
        password.clear();
        message.setText("");
        password.requestFocus();
    }

    private void unlock() {
        char[] typed = password.getText().toCharArray();
        password.clear();
        ctx.run(() -> ctx.workstation().accounts().authenticate(user.employeeNo(), typed, AccountService.Purpose.UNLOCK),
                onUnlocked,
                failure -> {
                    message.setText(ctx.errors().describe(failure));
                    password.requestFocus();
                });
    }
}
