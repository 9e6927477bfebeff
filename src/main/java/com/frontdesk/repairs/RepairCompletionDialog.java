package com.frontdesk.repairs;

import com.frontdesk.parcels.SignatureInput;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.SignaturePad;
import com.frontdesk.ui.UiContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Done (完工): the terms of the work, labour, parts, the cost and who pays, and the owner's
 * signature drawn on the pad, or their name typed (ticked) where the desk has no pad. Free work is
 * offered first, at no cost: most repairs of a compound are.
 */
final class RepairCompletionDialog {
    private final UiContext ctx;
    private final Window owner;
    private final Repair repair;
    private final ComboBox<ServiceKind> kind = new ComboBox<>();
    private final TextField labour = field("repairLabour");
    private final TextField parts = field("repairParts");
    private final TextField cost = field("repairCost");
    private final ComboBox<Payer> payer = new ComboBox<>();
    private final TextField signer = field("repairSigner");
    private final SignaturePad pad;
    private final CheckBox typed = new CheckBox();
    private final TextField note = field("repairCompletionNote");

    RepairCompletionDialog(UiContext ctx, Window owner, Repair repair) {
        this.ctx = ctx;
        this.owner = owner;
        this.repair = repair;
        this.pad = new SignaturePad(ctx, "repairPad");
    }

    FormDialog<Repair> open(Function<CompletionForm, Callable<Repair>> write, Consumer<Repair> done) {
        kind.setId("repairServiceKind");
        kind.getItems().setAll(ServiceKind.values());
        kind.setConverter(Converters.showing(k -> ctx.text(k.messageKey()), ""));
        kind.setValue(ServiceKind.FREE);
        payer.setId("repairPayer");
        payer.getItems().setAll(Payer.values());
        payer.getItems().add(0, null);
        payer.setConverter(Converters.showing(p -> ctx.text(p.messageKey()), ""));
        for (var box : List.of(kind, payer)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        cost.setText("0");
        signer.setText(repair.reporterName());
        typed.setId("repairTypedName");
        typed.setText(ctx.text("repairs.typedName"));
        typed.disableProperty().bind(pad.emptyProperty().not());

        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.serviceKind"), kind);
        Forms.row(grid, ctx.text("field.labour"), labour);
        Forms.row(grid, ctx.text("field.parts"), parts);
        Forms.row(grid, ctx.text("field.cost"), cost);
        Forms.row(grid, ctx.text("field.payer"), payer);
        Forms.row(grid, ctx.text("repairs.signer"), signer);
        Forms.row(grid, ctx.text("field.note"), note);
        VBox body = new VBox(8, RepairSteps.heading(ctx, RepairAction.COMPLETE, repair), grid,
                new Label(ctx.text("field.signature")), pad.node(), typed);
        FormDialog<Repair> dialog = new FormDialog<>(ctx, owner, RepairSteps.title(ctx, RepairAction.COMPLETE, repair),
                body, "repairStepSave");
        return dialog.onSave(() -> write.apply(read()), done).focusOnShow(() -> labour);
    }

    private CompletionForm read() {
        SignatureInput signature = !pad.isEmpty() ? new SignatureInput(signer.getText(), pad.toPng())
                : typed.isSelected() ? SignatureInput.typed(signer.getText()) : null;
        return new CompletionForm(kind.getValue(), labour.getText(), parts.getText(), yuan(cost.getText()),
                payer.getValue(), signature, note.getText());
    }

    /** Null for what is not a number, which the form refuses with its own message. */
    private static BigDecimal yuan(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }
}
