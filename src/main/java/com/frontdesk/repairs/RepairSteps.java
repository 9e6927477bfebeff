package com.frontdesk.repairs;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.RecordOnScreen;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.ShownRecord;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.StepButtons;
import com.frontdesk.ui.UiContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The steps of a repair, each one key away on the work tab and a button beside the details (see
 * {@link StepButtons}): each step opens its form, and a step the service refuses keeps the form open
 * with the reason. A key of a step the role does not take says who takes it.
 */
final class RepairSteps implements StepButtons.Steps<RepairAction, Repair> {
    /** The keys, the first letter of the English step where it is free; the buttons in the steps' order. */
    private static final Map<RepairAction, KeyCode> KEYS = new EnumMap<>(Map.ofEntries(
            Map.entry(RepairAction.DISPATCH, KeyCode.D), Map.entry(RepairAction.START, KeyCode.S),
            Map.entry(RepairAction.HOLD, KeyCode.H), Map.entry(RepairAction.RESUME, KeyCode.U),
            Map.entry(RepairAction.COMPLETE, KeyCode.C), Map.entry(RepairAction.CALL_BACK, KeyCode.B),
            Map.entry(RepairAction.TRANSFER, KeyCode.T), Map.entry(RepairAction.RETURN, KeyCode.X),
            Map.entry(RepairAction.CLOSE, KeyCode.L), Map.entry(RepairAction.REOPEN, KeyCode.O),
            Map.entry(RepairAction.CANCEL, KeyCode.DELETE)));

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final Consumer<Repair> changed;
    private final RepairService repairs;
    private final StepButtons<RepairAction, Repair> buttons;

    RepairSteps(UiContext ctx, Session session, Consumer<String> say, Consumer<Repair> changed) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.changed = changed;
        this.repairs = ctx.workstation().repairs();
        this.buttons = new StepButtons<>(KEYS, "repairStep", this, say);
    }

    /** The keys and the buttons, for the list and the details. */
    StepButtons<RepairAction, Repair> buttons() {
        return buttons;
    }

    @Override
    public boolean mayTake(RepairAction step) {
        return session.may(step.permission());
    }

    @Override
    public boolean allowed(RepairAction step, Repair r) {
        return step.allowedFrom(r.status());
    }

    @Override
    public String name(RepairAction step) {
        return name(ctx, step);
    }

    @Override
    public String refused(RepairAction step, Repair r) {
        return ctx.errors().describe(new UserFacingException(step.refusedKey(), r.number()));
    }

    /** A receptionist takes no step, an agent none of a lead's: the line says who does. */
    @Override
    public String notYours(RepairAction step) {
        return ctx.text("repairs.stepNotYours", name(step));
    }

    /**
     * The step as a command ("派工", "Dispatch").
     * The timeline names it as done ({@link RepairAction#messageKey}).
     */
    static String name(UiContext ctx, RepairAction a) {
        return ctx.text("repairs.step." + a.name());
    }

    /** A step form's window title: the step and the repair's number. */
    static String title(UiContext ctx, RepairAction a, Repair r) {
        return ctx.text("repairs.stepTitle", name(ctx, a), r.number());
    }

    /** The title again inside the form, where a window manager draws no title bar. */
    static Label heading(UiContext ctx, RepairAction a, Repair r) {
        return Forms.sectionTitle(title(ctx, a, r));
    }

    @Override
    public void run(RepairAction action, Repair r) {
        Window owner = buttons.bar().getScene().getWindow();
        Consumer<Repair> done = after -> {
            say.accept(ctx.text("repairs.stepDone", ctx.text(action.messageKey()), after.number(),
                    ctx.text(after.status().messageKey())));
            changed.accept(after);
        };
        FormDialog<Repair> dialog = switch (action) {
            case DISPATCH -> new RepairDispatchDialog(ctx, owner, r, false)
                    .open(form -> () -> repairs.dispatch(session, r.id(), form.form()), done);
            case TRANSFER -> new RepairDispatchDialog(ctx, owner, r, true)
                    .open(form -> () -> repairs.transfer(session, r.id(), form.form(), form.reason()), done);
            case HOLD -> hold(owner, r, done);
            case COMPLETE -> new RepairCompletionDialog(ctx, owner, r)
                    .open(form -> () -> repairs.complete(session, r.id(), form), done);
            case CALL_BACK -> new RepairCallBackDialog(ctx, owner, r, () -> repairs.revealPhone(session, r.id()))
                    .open(form -> () -> repairs.callBack(session, r.id(), form), done);
            case START -> note(owner, action, r, false, n -> () -> repairs.start(session, r.id(), n), done);
            case RESUME -> note(owner, action, r, false, n -> () -> repairs.resume(session, r.id(), n), done);
            case CLOSE -> note(owner, action, r, false, n -> () -> repairs.close(session, r.id(), n), done);
            case RETURN -> note(owner, action, r, true, n -> () -> repairs.returnDispatch(session, r.id(), n), done);
            case REOPEN -> note(owner, action, r, true, n -> () -> repairs.reopen(session, r.id(), n), done);
            case CANCEL -> note(owner, action, r, true, n -> () -> repairs.cancel(session, r.id(), n), done);
            case TAKE -> throw new IllegalArgumentException("intake is not a step of a repair");
        };
        // The step's notes may take a standard phrase (Ctrl+/): filled with this repair's number and reporter.
        ShownRecord.publish(dialog.dialog().getDialogPane(), record(r));
        buttons.open(dialog);
    }

    /** The repair as the standard phrases see it: number, room, the reporter (and who they are, if picked). */
    static RecordOnScreen record(Repair r) {
        return new RecordOnScreen(r.number(), r.roomCode(), r.reporterName(), r.occupantId());
    }

    /** A step with a note, or with a reason when {@code reasonNeeded} (the service refuses it blank). */
    private FormDialog<Repair> note(Window owner, RepairAction action, Repair r, boolean reasonNeeded,
                                    Function<String, Callable<Repair>> write, Consumer<Repair> done) {
        TextField text = new TextField();
        text.setId("repairStepNote");
        text.setPrefColumnCount(30);
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text(reasonNeeded ? "field.reason" : "field.note"), text);
        FormDialog<Repair> dialog = new FormDialog<>(ctx, owner, title(ctx, action, r),
                new VBox(8, heading(ctx, action, r), grid), "repairStepSave");
        return dialog.onSave(() -> write.apply(text.getText()), done).focusOnShow(() -> text);
    }

    private FormDialog<Repair> hold(Window owner, Repair r, Consumer<Repair> done) {
        ComboBox<HoldReason> reason = new ComboBox<>();
        reason.setId("repairHoldReason");
        reason.getItems().setAll(HoldReason.values());
        reason.setConverter(Converters.showing(h -> ctx.text(h.messageKey()), ""));
        reason.setMaxWidth(Double.MAX_VALUE);
        // Most holds wait for the manufacturer: offer it when the repair went to one.
        if (r.fixerKind() == FixerKind.MANUFACTURER || r.fixerKind() == FixerKind.VENDOR) {
            reason.setValue(HoldReason.WAITING_VENDOR);
        }
        TextField note = new TextField();
        note.setId("repairHoldNote");
        note.setPrefColumnCount(30);
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.holdReason"), reason);
        Forms.row(grid, ctx.text("field.holdNote"), note);
        FormDialog<Repair> dialog = new FormDialog<>(ctx, owner, title(ctx, RepairAction.HOLD, r),
                new VBox(8, heading(ctx, RepairAction.HOLD, r), grid), "repairStepSave");
        return dialog.onSave(() -> {
            HoldReason why = reason.getValue();
            String text = note.getText();
            return () -> repairs.hold(session, r.id(), why, text);
        }, done).focusOnShow(() -> reason.getValue() == null ? reason : note);
    }
}
