package com.frontdesk.handover;

import com.frontdesk.accounts.Session;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The three signatures' dialogs. One PC, people change at the desk: the outgoing side re-enters the
 * password of whoever started the handover; the incoming staff and the shift lead each type their
 * own employee number and password, whoever is signed in. The service proves each signer and keeps
 * the order; a dialog shows its refusal and stays open with what was typed, the password cleared.
 */
final class HandoverSigning {
    private final UiContext ctx;
    private final Session session;
    private final HandoverService handovers;

    HandoverSigning(UiContext ctx, Session session) {
        this.ctx = ctx;
        this.session = session;
        this.handovers = ctx.workstation().handovers();
    }

    /** The outgoing staff member, who started the handover, signs with their own password. */
    void signOutgoing(Window owner, Handover h, Consumer<Handover> done) {
        PasswordField password = password();
        VBox form = new VBox(10, Forms.wrapping(new Label(ctx.text("handoverView.signOutgoingPrompt", h.number(),
                h.outgoingName()))), password);
        dialog(owner, "handoverView.signOutgoing", form, password,
                () -> chars(password, p -> handovers.signOutgoing(session, h.id(), p)), password, done);
    }

    /** The incoming staff member, at the same desk, signs with their employee number and password. */
    void signIncoming(Window owner, Handover h, Consumer<Handover> done) {
        Signer s = new Signer();
        GridPane form = s.form(ctx.text("handoverView.signIncomingPrompt", h.number(), h.outgoingName()));
        dialog(owner, "handoverView.signIncoming", form, s.employeeNo,
                () -> chars(s.password, p -> handovers.signIncoming(session, h.id(), s.employeeNo.getText(), p)),
                s.password, done);
    }

    /** The incoming staff member refuses, with the reason the shift lead reads. */
    void refuse(Window owner, Handover h, Consumer<Handover> done) {
        Signer s = new Signer();
        GridPane form = s.form(ctx.text("handoverView.refusePrompt", h.number()));
        TextField reason = new TextField();
        reason.setId("handoverRefusalReason");
        reason.setPrefColumnCount(24);
        Forms.row(form, ctx.text("handoverView.refusalReason"), reason);
        dialog(owner, "handoverView.refuse", form, s.employeeNo, () -> chars(s.password,
                p -> handovers.refuse(session, h.id(), s.employeeNo.getText(), p, reason.getText())), s.password, done);
    }

    /** The shift lead, neither of the two sides, countersigns a handover signed or refused. */
    void countersign(Window owner, Handover h, Consumer<Handover> done) {
        Signer s = new Signer();
        String prompt = h.status() == HandoverStatus.REFUSED
                ? ctx.text("handoverView.countersignRefusedPrompt", h.number(), h.incomingName(), h.refusalReason())
                : ctx.text("handoverView.countersignPrompt", h.number(), h.outgoingName(), h.incomingName());
        GridPane form = s.form(prompt);
        dialog(owner, "handoverView.countersign", form, s.employeeNo,
                () -> chars(s.password, p -> handovers.countersign(session, h.id(), s.employeeNo.getText(), p)),
                s.password, done);
    }

    private interface Signature {
        Handover sign(char[] password);
    }

    /** The typed password leaves the field at once; the array is wiped once the service has checked it. */
    private static Callable<Handover> chars(PasswordField field, Signature signature) {
        char[] typed = field.getText().toCharArray();
        field.clear();
        return () -> {
            try {
                return signature.sign(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        };
    }

    private void dialog(Window owner, String titleKey, Node form, Node first, Supplier<Callable<Handover>> read,
                        PasswordField password, Consumer<Handover> done) {
        FormDialog<Handover> d = new FormDialog<>(ctx, owner, ctx.text(titleKey), form, "handoverSignSave");
        d.onSave(() -> {
            // A refused signature keeps the dialog open with the password gone: the next attempt starts there.
            Platform.runLater(password::requestFocus);
            return read.get();
        }, done).focusOnShow(() -> first);
        ((Button) d.dialog().getDialogPane().lookupButton(ButtonType.OK)).setText(ctx.text("sign.confirm"));
        d.show();
    }

    private static PasswordField password() {
        PasswordField p = new PasswordField();
        p.setId("handoverSignPassword");
        return p;
    }

    /** Employee number and password of someone other than the signed-in user. */
    private final class Signer {
        private final TextField employeeNo = new TextField();
        private final PasswordField password = password();

        GridPane form(String prompt) {
            employeeNo.setId("handoverSignEmployeeNo");
            employeeNo.setPrefColumnCount(12);
            GridPane grid = Forms.grid();
            grid.add(Forms.wrapping(new Label(prompt)), 0, 0, 2, 1);
            Forms.row(grid, ctx.text("field.employeeNo"), employeeNo);
            Forms.row(grid, ctx.text("field.password"), password);
            return grid;
        }
    }
}
