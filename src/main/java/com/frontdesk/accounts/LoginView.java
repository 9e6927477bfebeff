package com.frontdesk.accounts;

import com.frontdesk.ui.Forms;
import com.frontdesk.ui.LanguageLink;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Sign-in: employee number, password, Enter. */
public final class LoginView {
    private final StackPane root = new StackPane();

    public LoginView(UiContext ctx, Consumer<Session> onSignedIn, Consumer<String> onLanguage) {
        LoginViewModel model = new LoginViewModel(ctx);
        Label title = new Label(ctx.text("app.title"));
        title.getStyleClass().add("page-title");
        Label site = new Label(ctx.workstation().sites().site().map(Site::name).orElse(""));
        site.getStyleClass().add("muted");

        TextField employeeNo = new TextField();
        employeeNo.setId("loginEmployeeNo");
        employeeNo.textProperty().bindBidirectional(model.employeeNo());
        PasswordField password = new PasswordField();
        password.setId("loginPassword");
        password.textProperty().bindBidirectional(model.password());
        GridPane form = Forms.grid();
        Forms.row(form, ctx.text("field.employeeNo"), employeeNo);
        Forms.row(form, ctx.text("field.password"), password);

        Label message = Forms.messageLabel();
        message.setId("loginMessage");
        message.textProperty().bind(model.message());
        Button login = new Button(ctx.text("login.submit"));
        login.setId("loginButton");
        login.setDefaultButton(true);
        login.setMaxWidth(Double.MAX_VALUE);
        login.disableProperty().bind(model.busy());
        login.setOnAction(e -> model.login(onSignedIn));
        model.message().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                password.requestFocus();
            }
        });

        Hyperlink language = LanguageLink.create(ctx, onLanguage);

        VBox card = new VBox(12, title, site, form, message, login, language);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("card");
        card.setMaxSize(420, Double.MAX_VALUE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("backdrop");
        Platform.runLater(employeeNo::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
