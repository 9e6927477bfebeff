package com.frontdesk.accounts;

import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.control.textfield.TextFields;

/** The site's name, code, time zone and kind as form fields: the setup wizard and Settings share them. */
final class SiteFields {
    final TextField name = new TextField();
    final TextField code = new TextField();
    final TextField zone = new TextField("Asia/Shanghai");
    final ComboBox<SiteKind> kind = new ComboBox<>();

    SiteFields(UiContext ctx, GridPane form) {
        code.setPromptText("CHG");
        TextFields.bindAutoCompletion(zone, ZoneId.getAvailableZoneIds().stream().sorted().toList());
        kind.getItems().setAll(List.of(SiteKind.values()));
        kind.setValue(SiteKind.RESIDENTIAL);
        kind.setConverter(Converters.showing(k -> ctx.text(k.messageKey()), ""));
        Forms.row(form, ctx.text("field.siteName"), name);
        Forms.row(form, ctx.text("field.siteCode"), code);
        Forms.row(form, ctx.text("field.timeZone"), zone);
        Forms.row(form, ctx.text("field.siteKind"), kind);
    }

    void show(Site site) {
        name.setText(site.name());
        code.setText(site.code());
        zone.setText(site.zone().getId());
        kind.setValue(site.kind());
    }

    SiteForm read() {
        return new SiteForm(code.getText(), name.getText(), zone.getText(), kind.getValue());
    }

    /** The field each validation problem of a {@link SiteForm} points at. */
    Map<String, Control> byProblemField() {
        return Map.of("siteName", name, "siteCode", code, "timeZone", zone, "siteKind", kind);
    }
}
