package com.frontdesk.parcels;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.SignaturePad;
import com.frontdesk.ui.UiContext;
import com.frontdesk.visitors.IdType;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The owner claims a found item: their name and phone, the ID they show (only its type and last four
 * characters are kept), the desk's tick that it checked the ID, and the signature on the pad (or,
 * with no pad, the typed name once the desk ticks that box). "Hand over" is enabled only then.
 */
final class LostItemClaimDialog {
    private final FormDialog<LostItem> dialog;
    private final TextField name = new TextField();

    LostItemClaimDialog(UiContext ctx, Session session, Window owner, LostItem item, Consumer<LostItem> onDone) {
        Label what = new Label(ctx.text("lostProperty.claimHeader", item.number(), item.description(),
                item.foundWhere()));
        what.setId("claimWhat");
        what.setWrapText(true);
        name.setId("claimName");
        TextField phone = new TextField();
        phone.setId("claimPhone");
        ComboBox<IdType> idType = new ComboBox<>();
        idType.setId("claimIdType");
        idType.getItems().setAll(IdType.values());
        idType.setConverter(Converters.showing(t -> ctx.text(t.messageKey()), ""));
        idType.setValue(IdType.RESIDENT_ID);
        idType.setMaxWidth(Double.MAX_VALUE);
        TextField idNumber = new TextField();
        idNumber.setId("claimIdNumber");
        idNumber.setPromptText(ctx.text("lostProperty.idNumberPrompt"));
        CheckBox idChecked = new CheckBox(ctx.text("lostProperty.idCheckedBox"));
        idChecked.setId("claimIdChecked");
        SignaturePad pad = new SignaturePad(ctx, "claimSignature");
        CheckBox typed = new CheckBox(ctx.text("deposit.typedNameInstead"));
        typed.setId("claimTypedName");

        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.claimantName"), name);
        Forms.row(grid, ctx.text("field.claimantPhone"), phone);
        Forms.row(grid, ctx.text("field.idType"), idType);
        Forms.row(grid, ctx.text("field.idNumber"), idNumber);
        VBox body = new VBox(10, what, grid, idChecked, new Label(ctx.text("field.signature")), pad.node(), typed);
        body.setPrefWidth(520);

        dialog = new FormDialog<>(ctx, owner, ctx.text("lostProperty.claimTitle"), body, "claimSave");
        Button save = (Button) dialog.dialog().getDialogPane().lookupButton(ButtonType.OK);
        save.setText(ctx.text("lostProperty.claim"));
        Runnable update = () -> save.setDisable(name.getText().isBlank() || !idChecked.isSelected()
                || (pad.isEmpty() && !typed.isSelected()));
        name.textProperty().addListener((o, was, now) -> update.run());
        idChecked.selectedProperty().addListener((o, was, now) -> update.run());
        pad.emptyProperty().addListener((o, was, now) -> update.run());
        typed.selectedProperty().addListener((o, was, now) -> update.run());
        update.run();
        DepositHandOutDialog.enterConfirms(idChecked, save);
        DepositHandOutDialog.enterConfirms(typed, save);
        dialog.onSave(() -> {
            String claimant = name.getText();
            SignatureInput signature = pad.isEmpty() ? SignatureInput.typed(claimant)
                    : new SignatureInput(claimant, pad.toPng());
            LostItemClaim claim = new LostItemClaim(phone.getText(), idType.getValue(), idNumber.getText(),
                    idChecked.isSelected());
            return () -> ctx.workstation().lostProperty().claim(session, item.id(), claim, signature);
        }, onDone).focusOnShow(() -> name);
    }

    void show() {
        dialog.show();
    }
}
