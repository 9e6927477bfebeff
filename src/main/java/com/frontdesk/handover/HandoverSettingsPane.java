package com.frontdesk.handover;

import com.frontdesk.accounts.Session;
import com.frontdesk.settings.SettingsEditor;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FocusScrolling;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.time.ZonedDateTime;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Settings → Handover: the checklist of each desk and shift (first, as it is what changes), the
 * desks with their shifts, and which desk this workstation is. Administrators change them; shift
 * leads read them. The shifts save into the settings document at once; a checklist saves as a new
 * version, so handovers already counted keep the one they used.
 */
public final class HandoverSettingsPane {
    private final UiContext ctx;
    private final Consumer<String> status;
    private final SettingsEditor<HandoverSettings> editor;
    private final boolean edit;
    private final VBox root = new VBox(20);
    private final ScrollPane scroll = FocusScrolling.around(root);
    private final ChecklistSection checklist;
    private final ShiftsSection shifts;
    private final ComboBox<Desk> workstationDesk = new ComboBox<>();
    private final Label workstationMessage = Forms.wrapping(Forms.messageLabel());

    public HandoverSettingsPane(UiContext ctx, Session session, Consumer<String> status) {
        this.ctx = ctx;
        this.status = status;
        this.editor = new SettingsEditor<>(ctx, session, HandoverSettings.DOCUMENT);
        this.edit = editor.mayEdit();
        this.checklist = new ChecklistSection(ctx, session, status, edit);
        this.shifts = new ShiftsSection(ctx, editor, status, this::show);
        root.getChildren().addAll(checklist.node(), shifts.node(), workstationSection());
        if (!edit) {
            Label readOnly = Forms.wrapping(new Label(ctx.text("handoverSettings.readOnly")));
            readOnly.setId("handoverSettingsReadOnly");
            readOnly.getStyleClass().add("muted");
            root.getChildren().add(0, readOnly);
        }
        root.setPadding(new Insets(16));
        root.setId("handoverSettings");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> checklist.table().requestFocus());
            }
        });
        editor.load(this::show);
    }

    public Parent root() {
        return scroll;
    }

    /** Opens the checklist of the shift on duty now at this workstation's desk: the one most likely to be changed. */
    private void show(HandoverSettings s) {
        shifts.show(s);
        workstationDesk.setItems(FXCollections.observableArrayList(s.desks()));
        workstationDesk.setValue(s.workstation());
        ZonedDateTime now = ZonedDateTime.now(ctx.workstation().clock()).withZoneSameInstant(
                ctx.workstation().sites().zone());
        Desk desk = s.workstation();
        checklist.show(s, s.currentShift(desk.code(), now.toLocalTime())
                .map(shift -> new ChecklistSection.Choice(desk, shift)).orElse(null));
    }

    private VBox workstationSection() {
        workstationDesk.setId("handoverWorkstationDesk");
        workstationDesk.setConverter(Converters.showing(d -> ctx.text("handoverSettings.named", d.name(), d.code()),
                ""));
        workstationDesk.setDisable(!edit);
        Label label = new Label(ctx.text("field.handoverWorkstationDesk"));
        label.setLabelFor(workstationDesk);
        HBox row = new HBox(8, label, workstationDesk);
        row.setAlignment(Pos.CENTER_LEFT);
        Label explained = Forms.wrapping(new Label(ctx.text("handoverSettings.workstationHint")));
        explained.getStyleClass().add("muted");
        VBox box = new VBox(8, Forms.sectionTitle(ctx.text("handoverSettings.workstationTitle")), row, explained);
        if (edit) {
            workstationMessage.setId("handoverWorkstationMessage");
            row.getChildren().add(Forms.button(ctx.text("handoverSettings.saveWorkstation"), "handoverWorkstationSave",
                    this::saveWorkstation));
            Forms.submitOnEnter(row, this::saveWorkstation);
            box.getChildren().add(workstationMessage);
        }
        box.setMaxWidth(820);
        return box;
    }

    private void saveWorkstation() {
        Desk chosen = workstationDesk.getValue();
        if (chosen == null) {
            return;
        }
        editor.change(s -> s.withWorkstationDesk(chosen.code()), saved -> {
            status.accept(ctx.text("handoverSettings.workstationSaved", chosen.name()));
            show(saved);
        }, workstationMessage);
    }
}
