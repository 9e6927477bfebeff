package com.frontdesk.accounts;

import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The site's name, code, time zone and kind; administrators change them. */
public final class SitePane {
    private final VBox root = new VBox(12);

    public SitePane(UiContext ctx, Session session, Consumer<String> status) {
        boolean editable = session.may(Permission.EDIT_SETTINGS);
        GridPane form = Forms.grid();
        SiteFields fields = new SiteFields(ctx, form);
        ctx.workstation().sites().site().ifPresent(fields::show);
        form.setDisable(!editable);
        Label message = Forms.messageLabel();
        Button save = new Button(ctx.text("action.save"));
        save.setVisible(editable);
        save.setOnAction(e -> {
            message.setText("");
            SiteForm changed = fields.read();
            ctx.run(() -> ctx.workstation().sites().update(session, changed),
                    saved -> status.accept(ctx.text("status.saved")),
                    failure -> message.setText(ctx.errors().describe(failure)));
        });
        Forms.submitOnEnter(form, save::fire);
        root.getChildren().addAll(form, message, save);
        root.setPadding(new Insets(16));
        root.setMaxWidth(640);
    }

    public Parent root() {
        return root;
    }
}
