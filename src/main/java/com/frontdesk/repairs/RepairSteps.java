package com.frontdesk.repairs;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The steps of a repair, each one key away on the work tab and a button beside the details: a
 * button shows only for a role that may take the step and is enabled only where the transition
 * table allows it. Each step opens its form; a refused step keeps the form open with the reason.
 */
final class RepairSteps {
    /** The keys, the first letter of the English step where it is free. */
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
    private final Map<RepairAction, Button> buttons = new EnumMap<>(RepairAction.class);
    private final FlowPane bar = new FlowPane(6, 6);
    private Repair current;
    private boolean busy;

    RepairSteps(UiContext ctx, Session session, Consumer<String> say, Consumer<Repair> changed) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.changed = changed;
        this.repairs = ctx.workstation().repairs();
        for (RepairAction a : KEYS.keySet()) {
            if (session.may(a.permission())) {
                Button b = Forms.button(name(ctx, a) + " (" + KEYS.get(a).getName() + ")",
                        "repairStep" + a.name(), () -> run(a, current));
                b.setFocusTraversable(false);
                buttons.put(a, b);
                bar.getChildren().add(b);
            }
        }
        show(null);
    }

    FlowPane bar() {
        return bar;
    }

    /** A step form is open: the list must not reload under it. */
    boolean busy() {
        return busy;
    }

    /** The repair the buttons act on; null disables them all. */
    void show(Repair r) {
        current = r;
        buttons.forEach((a, b) -> b.setDisable(r == null || !a.allowedFrom(r.status())));
    }

    /**
     * Runs the step of the key if the role may and the repair's status allows it, else says why not
     * in the status line; true when the key was a step's.
     */
    boolean onKey(KeyCode code, Repair r) {
        for (Map.Entry<RepairAction, KeyCode> e : KEYS.entrySet()) {
            if (e.getValue() != code) {
                continue;
            }
            RepairAction a = e.getKey();
            if (!buttons.containsKey(a)) {
                say.accept(ctx.text("repairs.stepNotYours", name(ctx, a)));
            } else if (a.allowedFrom(r.status())) {
                run(a, r);
            } else {
                say.accept(ctx.errors().describe(new UserFacingException(a.refusedKey(), r.number())));
            }
            return true;
        }
        return false;
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

    private void run(RepairAction action, Repair r) {
        if (r == null) {
            return;
        }
        Window owner = bar.getScene().getWindow();
        Consumer<Repair> done = after -> {
            busy = false;
            say.accept(ctx.text("repairs.stepDone", ctx.text(action.messageKey()), after.number(),
                    ctx.text(after.status().messageKey())));
            changed.accept(after);
        };
        busy = true;
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
        dialog.dialog().setOnHidden(e -> busy = false);
        dialog.show();
    }

    /** A step with a note, or with a reason when {@code reasonNeeded} (the service refuses it blank). */
    private FormDialog<Repair> note(Window owner, RepairAction action, Repair r, boolean reasonNeeded,
                                    java.util.function.Function<String, Callable<Repair>> write,
                                    Consumer<Repair> done) {
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
