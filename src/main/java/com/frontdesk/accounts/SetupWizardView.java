package com.frontdesk.accounts;

import com.frontdesk.core.ValidationException;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.LanguageLink;
import com.frontdesk.ui.UiContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * First start: step 1 describes the site, step 2 creates the first administrator. Enter moves
 * on, Esc goes back; nothing is stored until both steps are valid.
 */
public final class SetupWizardView {
    private final UiContext ctx;
    private final Runnable onDone;
    private final StackPane root = new StackPane();
    private final SiteFields site;
    private final TextField adminName = new TextField();
    private final TextField adminNo = new TextField();
    private final TextField adminPhone = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final Label message = Forms.messageLabel();
    private final Label stepLabel = new Label();
    private final GridPane siteStep = Forms.grid();
    private final GridPane adminStep = Forms.grid();
    private final Button back = new Button();
    private final Button next = new Button();
    private boolean onAdminStep;

    public SetupWizardView(UiContext ctx, Runnable onDone, Consumer<String> onLanguage) {
        this.ctx = ctx;
        this.onDone = onDone;
        site = new SiteFields(ctx, siteStep);
        site.name.setId("setupSiteName");
        site.code.setId("setupSiteCode");
        site.zone.setId("setupZone");
        site.kind.setId("setupKind");
        adminName.setId("setupAdminName");
        adminNo.setId("setupAdminNo");
        adminPhone.setId("setupAdminPhone");
        password.setId("setupPassword");
        confirm.setId("setupConfirm");
        message.setId("setupMessage");
        next.setId("setupNext");
        stepLabel.setId("setupStep");

        Forms.row(adminStep, ctx.text("field.name"), adminName);
        Forms.row(adminStep, ctx.text("field.employeeNo"), adminNo);
        Forms.row(adminStep, ctx.text("field.phone"), adminPhone);
        Forms.row(adminStep, ctx.text("field.password"), password);
        Forms.row(adminStep, ctx.text("field.confirmPassword"), confirm);
        password.setPromptText(ctx.text("setup.passwordHint"));

        Label title = new Label(ctx.text("setup.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(ctx.text("setup.intro"));
        intro.setWrapText(true);
        back.setText(ctx.text("action.back"));
        back.setCancelButton(true);
        back.setOnAction(e -> showSiteStep());
        next.setDefaultButton(true);
        next.setOnAction(e -> next());
        HBox buttons = new HBox(8, back, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Hyperlink language = LanguageLink.create(ctx, onLanguage);

        VBox card = new VBox(12, title, intro, stepLabel, siteStep, adminStep, message, buttons, language);
        card.getStyleClass().add("card");
        card.setMaxSize(560, Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("backdrop");
        showSiteStep();
    }

    public Parent root() {
        return root;
    }

    private SiteForm siteForm() {
        return site.read();
    }

    private void showSiteStep() {
        onAdminStep = false;
        show(siteStep, adminStep);
        stepLabel.setText(ctx.text("setup.step1"));
        back.setDisable(true);
        next.setText(ctx.text("action.next"));
        Platform.runLater(site.name::requestFocus);
    }

    private void next() {
        message.setText("");
        if (!onAdminStep) {
            try {
                siteForm().validate();
            } catch (ValidationException e) {
                showProblems(e);
                return;
            }
            onAdminStep = true;
            show(adminStep, siteStep);
            stepLabel.setText(ctx.text("setup.step2"));
            back.setDisable(false);
            next.setText(ctx.text("action.finish"));
            Platform.runLater(adminName::requestFocus);
            return;
        }
        if (!password.getText().equals(confirm.getText())) {
            message.setText(ctx.text("validation.passwordMismatch"));
            confirm.clear();
            confirm.requestFocus();
            return;
        }
        NewStaff admin = new NewStaff(adminNo.getText(), adminName.getText(), Role.ADMINISTRATOR,
                adminPhone.getText(), password.getText().toCharArray());
        SiteForm site = siteForm();
        next.setDisable(true);
        ctx.run(() -> ctx.workstation().sites().setUp(site, admin),
                created -> onDone.run(),
                failure -> {
                    next.setDisable(false);
                    if (failure instanceof ValidationException e) {
                        showProblems(e);
                    } else {
                        message.setText(ctx.errors().describe(failure));
                    }
                });
    }

    /** Lists every problem and puts the cursor in the first field that has one. */
    private void showProblems(ValidationException e) {
        message.setText(ctx.messages().format(e));
        Map<String, Control> fields = new HashMap<>(site.byProblemField());
        fields.putAll(Map.of("name", adminName, "employeeNo", adminNo, "phone", adminPhone, "password", password));
        e.problems().stream().map(p -> fields.get(p.field())).filter(Objects::nonNull).findFirst()
                .ifPresent(Control::requestFocus);
    }

    private static void show(GridPane visible, GridPane hidden) {
        visible.setVisible(true);
        visible.setManaged(true);
        hidden.setVisible(false);
        hidden.setManaged(false);
    }
}
