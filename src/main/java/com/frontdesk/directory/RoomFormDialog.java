package com.frontdesk.directory;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Adds a room (building, unit or floor, number) or a public location. Building and unit start
 * as the ones selected in the tree; the code the desk will type ("1-2-1503") is shown as it is built.
 */
final class RoomFormDialog {
    private final FormDialog<Room> dialog;

    RoomFormDialog(UiContext ctx, Window owner, Session session, String building, String unit, boolean publicArea,
                   Consumer<Room> onSaved) {
        TextField buildingField = new TextField(publicArea || building == null ? "" : building);
        buildingField.setId("roomBuilding");
        TextField unitField = new TextField(publicArea || unit == null ? "" : unit);
        unitField.setId("roomUnit");
        TextField floor = new TextField();
        floor.setId("roomFloor");
        floor.setPromptText(ctx.text("directory.floorHint"));
        TextField number = new TextField();
        number.setId("roomNumber");
        CheckBox isPublic = new CheckBox(ctx.text("directory.isPublicArea"));
        isPublic.setId("roomPublic");
        isPublic.setSelected(publicArea);
        Label code = new Label();
        code.setId("roomCodePreview");
        code.getStyleClass().add("muted");
        Runnable preview = () -> code.setText(number.getText().isBlank() ? ""
                : ctx.text("directory.codePreview", RoomCodes.of(buildingField.getText(), unitField.getText(),
                        floor.getText(), number.getText(), isPublic.isSelected())));
        buildingField.textProperty().addListener((o, a, b) -> preview.run());
        unitField.textProperty().addListener((o, a, b) -> preview.run());
        floor.textProperty().addListener((o, a, b) -> preview.run());
        number.textProperty().addListener((o, a, b) -> preview.run());
        isPublic.selectedProperty().addListener((o, a, b) -> preview.run());

        GridPane form = Forms.grid();
        Forms.row(form, ctx.text("field.building"), buildingField);
        Forms.row(form, ctx.text("field.unit"), unitField);
        Forms.row(form, ctx.text("field.floor"), floor);
        Forms.row(form, ctx.text("field.room"), number);
        form.add(isPublic, 1, form.getRowCount());
        VBox body = new VBox(8, form, code);
        body.setPrefWidth(420);
        dialog = new FormDialog<>(ctx, owner, ctx.text("directory.addRoom"), body, "roomSave");
        dialog.onSave(() -> {
            RoomForm typed = new RoomForm(buildingField.getText(), unitField.getText(), floor.getText(),
                    number.getText(), isPublic.isSelected());
            return () -> ctx.workstation().directory().addRoom(session, typed);
        }, onSaved);
        // Building and unit are usually right already: start where the desk types the number.
        dialog.focusOnShow(() -> buildingField.getText().isEmpty() && !publicArea ? buildingField : number);
    }

    void show() {
        dialog.show();
    }
}
