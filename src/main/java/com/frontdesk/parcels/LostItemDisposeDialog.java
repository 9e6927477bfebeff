package com.frontdesk.parcels;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Disposes of an unclaimed item: how (to the police, donated, discarded, back to the finder) and a
 * note. Before the keep period is over the dialog also asks a shift lead's reason.
 */
final class LostItemDisposeDialog {
    private final FormDialog<LostItem> dialog;
    private final ComboBox<LostItemDisposalMethod> method = new ComboBox<>();

    /** @param keptUntil the day the keep period ends, shown when {@code early} */
    LostItemDisposeDialog(UiContext ctx, Session session, Window owner, LostItem item, boolean early,
                          String keptUntil, Consumer<LostItem> onDone) {
        Label what = new Label(ctx.text("lostProperty.disposeHeader", item.number(), item.description()));
        what.setId("disposeWhat");
        what.setWrapText(true);
        method.setId("disposeMethod");
        method.getItems().setAll(LostItemDisposalMethod.values());
        method.setConverter(Converters.showing(m -> ctx.text(m.messageKey()), ""));
        method.setPromptText(ctx.text("lostProperty.disposeMethodPrompt"));
        method.setMaxWidth(Double.MAX_VALUE);
        TextField note = new TextField();
        note.setId("disposeNote");
        note.setPromptText(ctx.text("lostProperty.disposeNotePrompt"));
        TextField reason = new TextField();
        reason.setId("disposeReason");
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.disposalMethod"), method);
        Forms.row(grid, ctx.text("field.disposalNote"), note);
        VBox body = new VBox(10, what);
        if (early) {
            Label warning = new Label(ctx.text("lostProperty.earlyWarning", keptUntil));
            warning.setId("disposeEarlyWarning");
            warning.setWrapText(true);
            warning.setStyle("-fx-text-fill: #b3261e;");
            body.getChildren().add(warning);
            Forms.row(grid, ctx.text("field.disposalReason"), reason);
        }
        body.getChildren().add(grid);
        body.setPrefWidth(460);

        dialog = new FormDialog<>(ctx, owner, ctx.text("lostProperty.disposeTitle"), body, "disposeSave");
        ((Button) dialog.dialog().getDialogPane().lookupButton(ButtonType.OK)).setText(ctx.text("lostProperty.dispose"));
        dialog.onSave(() -> {
            LostItemDisposal disposal = new LostItemDisposal(method.getValue(), note.getText(),
                    early ? reason.getText() : null);
            return () -> ctx.workstation().lostProperty().dispose(session, item.id(), disposal);
        }, onDone).focusOnShow(() -> method);
    }

    void show() {
        dialog.show();
    }
}
