package com.frontdesk.directory;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
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
    private final Dialog<ButtonType> dialog = new Dialog<>();

    RoomFormDialog(UiContext ctx, Window owner, Session session, String building, String unit, boolean publicArea,
                   Consumer<Room> onSaved) {
        dialog.initOwner(owner);
        dialog.setTitle(ctx.text("directory.addRoom"));
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
        Label message = Forms.messageLabel();
        VBox body = new VBox(8, form, code, message);
        body.setPrefWidth(420);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(ctx.text("action.save"));
        ok.setId("roomSave");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(ctx.text("action.cancel"));
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            message.setText("");
            RoomForm typed = new RoomForm(buildingField.getText(), unitField.getText(), floor.getText(),
                    number.getText(), isPublic.isSelected());
            DirectoryService directory = ctx.workstation().directory();
            ok.setDisable(true);
            ctx.run(() -> directory.addRoom(session, typed),
                    saved -> {
                        dialog.setResult(ButtonType.OK);
                        dialog.close();
                        onSaved.accept(saved);
                    },
                    failure -> {
                        ok.setDisable(false);
                        message.setText(ctx.errors().describe(failure));
                        // The message adds lines: grow the window so the buttons stay visible.
                        dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    });
        });
        // Building and unit are usually right already: start where the desk types the number.
        dialog.setOnShown(e -> (buildingField.getText().isEmpty() && !publicArea ? buildingField : number).requestFocus());
    }

    void show() {
        dialog.show();
    }
}
