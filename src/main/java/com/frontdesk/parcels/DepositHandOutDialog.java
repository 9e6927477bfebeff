package com.frontdesk.parcels;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.SignaturePad;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Hands a deposited item out: the collector's name and their signature on the pad. With no pad at
 * the desk the collector's typed name stands for the signature, once the desk ticks that box.
 * "Hand out" is enabled only with a name and either ink on the pad or that tick.
 */
final class DepositHandOutDialog {
    private final FormDialog<Deposit> dialog;
    private final TextField collector = new TextField();

    DepositHandOutDialog(UiContext ctx, Session session, Window owner, Deposit deposit, Consumer<Deposit> onDone) {
        Label what = new Label(ctx.text("deposit.handOutHeader", deposit.number(), deposit.description(),
                deposit.recipientText()));
        what.setId("depositHandOutWhat");
        what.setWrapText(true);
        collector.setId("depositCollectorName");
        SignaturePad pad = new SignaturePad(ctx, "depositSignature");
        CheckBox typed = new CheckBox(ctx.text("deposit.typedNameInstead"));
        typed.setId("depositTypedName");
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.collectorName"), collector);
        VBox body = new VBox(10, what, grid, new Label(ctx.text("field.signature")), pad.node(), typed);
        body.setPrefWidth(520);

        dialog = new FormDialog<>(ctx, owner, ctx.text("deposit.handOutTitle"), body, "depositHandOutSave");
        Button save = (Button) dialog.dialog().getDialogPane().lookupButton(ButtonType.OK);
        save.setText(ctx.text("deposit.handOut"));
        Runnable update = () -> save.setDisable(collector.getText().isBlank() || (pad.isEmpty() && !typed.isSelected()));
        collector.textProperty().addListener((o, was, now) -> update.run());
        pad.emptyProperty().addListener((o, was, now) -> update.run());
        typed.selectedProperty().addListener((o, was, now) -> update.run());
        update.run();
        enterConfirms(typed, save);
        dialog.onSave(() -> {
            String name = collector.getText();
            SignatureInput signature = pad.isEmpty() ? SignatureInput.typed(name) : new SignatureInput(name, pad.toPng());
            return () -> ctx.workstation().deposits().handOut(session, deposit.id(), signature);
        }, onDone).focusOnShow(() -> collector);
    }

    void show() {
        dialog.show();
    }

    /**
     * Enter on a check box confirms the dialog, as it does in the other fields. (Off the Mac, JavaFX
     * lets Enter toggle a focused check box, which would untick "ID checked" just ticked with Space.)
     */
    static void enterConfirms(CheckBox box, Button confirm) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (!confirm.isDisabled()) {
                    confirm.fire();
                }
            }
        });
    }
}
