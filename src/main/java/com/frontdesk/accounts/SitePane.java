package com.frontdesk.accounts;

import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/** The site's name, code, time zone and kind; administrators change them. */
public final class SitePane {
    private final VBox root = new VBox(12);

    public SitePane(UiContext ctx, Session session, Consumer<String> status) {
        boolean editable = session.may(Permission.EDIT_SETTINGS);
        TextField name = new TextField();
        TextField code = new TextField();
        TextField zone = new TextField();
        TextFields.bindAutoCompletion(zone, ZoneId.getAvailableZoneIds().stream().sorted().toList());
        ComboBox<SiteKind> kind = new ComboBox<>();
        kind.getItems().setAll(List.of(SiteKind.values()));
        kind.setConverter(Converters.showing(k -> ctx.text(k.messageKey()), ""));
        ctx.workstation().sites().site().ifPresent(site -> {
            name.setText(site.name());
            code.setText(site.code());
            zone.setText(site.zone().getId());
            kind.setValue(site.kind());
        });
        GridPane form = Forms.grid();
        Forms.row(form, ctx.text("field.siteName"), name);
        Forms.row(form, ctx.text("field.siteCode"), code);
        Forms.row(form, ctx.text("field.timeZone"), zone);
        Forms.row(form, ctx.text("field.siteKind"), kind);
        form.setDisable(!editable);
        Label message = Forms.messageLabel();
        Button save = new Button(ctx.text("action.save"));
        save.setVisible(editable);
        save.setOnAction(e -> {
            message.setText("");
            SiteForm changed = new SiteForm(code.getText(), name.getText(), zone.getText(), kind.getValue());
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
