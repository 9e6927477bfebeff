package com.frontdesk.accounts;

import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The sign-in form's state; the password check runs off the FX thread. */
public final class LoginViewModel {
    private final UiContext ctx;
    private final StringProperty employeeNo = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public LoginViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public StringProperty employeeNo() {
        return employeeNo;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public void login(Consumer<Session> onSignedIn) {
        if (employeeNo.get().isBlank() || password.get().isEmpty()) {
            message.set(ctx.text("login.missing"));
            return;
        }
        String no = employeeNo.get();
        char[] typed = password.get().toCharArray();
        password.set("");
        busy.set(true);
        message.set("");
        ctx.run(() -> ctx.workstation().accounts().authenticate(no, typed, AccountService.Purpose.LOGIN),
                session -> {
                    busy.set(false);
                    onSignedIn.accept(session);
                },
                failure -> {
                    busy.set(false);
                    message.set(ctx.errors().describe(failure));
                });
    }
}
