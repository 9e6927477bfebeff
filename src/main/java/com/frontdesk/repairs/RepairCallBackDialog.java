package com.frontdesk.repairs;

import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.MaskedPhone;
import com.frontdesk.ui.UiContext;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The call-back (回访): the agent asks the owner the questions of {@link CallBackFields} and records
 * each answer. The agent phones from the dialog: the reporter's number shows masked, and in full
 * (audited by the service) on Show or F3.
 */
final class RepairCallBackDialog {
    private final UiContext ctx;
    private final Window owner;
    private final Repair repair;
    private final Callable<String> revealPhone;

    /** @param revealPhone the reporter's phone in full, run off the FX thread through the service that audits it */
    RepairCallBackDialog(UiContext ctx, Window owner, Repair repair, Callable<String> revealPhone) {
        this.ctx = ctx;
        this.owner = owner;
        this.repair = repair;
        this.revealPhone = revealPhone;
    }

    FormDialog<Repair> open(Function<CallBackForm, Callable<Repair>> write, Consumer<Repair> done) {
        CallBackFields fields = new CallBackFields(ctx, "repair");
        Label who = Forms.wrapping(new Label(ctx.text("repairs.callBackWho", repair.reporterName(),
                repair.locationText())));
        // Calling back is an agent's step, and whoever may take it may see the number (the service checks).
        MaskedPhone phone = new MaskedPhone(ctx, "repairCallBackPhone", true);
        phone.show(repair.reporterPhone(), revealPhone);
        VBox body = new VBox(8, RepairSteps.heading(ctx, RepairAction.CALL_BACK, repair), who);
        if (repair.reporterPhone() != null) {
            body.getChildren().add(new HBox(8, new Label(ctx.text("field.reporterPhone")), phone.root()));
        }
        body.getChildren().add(fields.grid());
        FormDialog<Repair> dialog = new FormDialog<>(ctx, owner,
                RepairSteps.title(ctx, RepairAction.CALL_BACK, repair), body, "repairStepSave");
        phone.revealOnF3(dialog.dialog().getDialogPane(),
                failure -> dialog.message().setText(ctx.errors().describe(failure)));
        return dialog.onSave(() -> write.apply(fields.read()), done).focusOnShow(fields::first);
    }
}
