package com.frontdesk.complaints;

import com.frontdesk.accounts.Session;
import com.frontdesk.core.RecordOnScreen;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.repairs.Assignee;
import com.frontdesk.repairs.CallBackFields;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.MaskedPhone;
import com.frontdesk.ui.ShownRecord;
import com.frontdesk.ui.StepButtons;
import com.frontdesk.ui.UiContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The steps of a case, each one key away on the Cases tab and a button beside its details (see
 * {@link StepButtons}): each opens its form, and a step the service refuses keeps the form open
 * with the reason. Not accepted (X) ends in a new case, which is then the one selected.
 */
final class ComplaintSteps implements StepButtons.Steps<ComplaintAction, Complaint> {
    /** The first letter of the English step where it is free; Y and X for yes and no to the answer. */
    private static final Map<ComplaintAction, KeyCode> KEYS = keys();

    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> say;
    private final Consumer<Complaint> changed;
    private final Consumer<Complaint> reopened;
    private final ComplaintService complaints;
    private final StepButtons<ComplaintAction, Complaint> buttons;

    /**
     * @param changed  a step changed this case
     * @param reopened the complainant did not accept, and this new case carries the complaint on
     */
    ComplaintSteps(UiContext ctx, Session session, Consumer<String> say, Consumer<Complaint> changed,
                   Consumer<Complaint> reopened) {
        this.ctx = ctx;
        this.session = session;
        this.say = say;
        this.changed = changed;
        this.reopened = reopened;
        this.complaints = ctx.workstation().complaints();
        this.buttons = new StepButtons<>(KEYS, "complaintStep", this, say);
    }

    private static Map<ComplaintAction, KeyCode> keys() {
        Map<ComplaintAction, KeyCode> keys = new LinkedHashMap<>();
        keys.put(ComplaintAction.ACKNOWLEDGE, KeyCode.A);
        keys.put(ComplaintAction.ASSIGN, KeyCode.G);
        keys.put(ComplaintAction.NOTE, KeyCode.N);
        keys.put(ComplaintAction.ANSWER, KeyCode.R);
        keys.put(ComplaintAction.ACCEPT, KeyCode.Y);
        keys.put(ComplaintAction.REJECT, KeyCode.X);
        keys.put(ComplaintAction.CALL_BACK, KeyCode.B);
        keys.put(ComplaintAction.TAKE_NOTICE, KeyCode.K);
        return keys;
    }

    /** The keys and the buttons, for the list and the details. */
    StepButtons<ComplaintAction, Complaint> buttons() {
        return buttons;
    }

    @Override
    public boolean mayTake(ComplaintAction step) {
        return session.may(step.permission());
    }

    /** Taking notice is for a case waiting for the lead: escalated and unseen, or not responded to in time. */
    @Override
    public boolean allowed(ComplaintAction step, Complaint c) {
        if (step == ComplaintAction.TAKE_NOTICE && c.escalationSeenAt() == null) {
            boolean lateResponse = c.acknowledgedAt() == null && c.firstResponseDue() != null
                    && c.firstResponseDue().isBefore(ctx.workstation().clock().instant());
            return step.allowedFrom(c.status()) && (c.escalatedAt() != null || lateResponse);
        }
        return step.allowedFrom(c.status()) && step != ComplaintAction.TAKE_NOTICE;
    }

    /**
     * The step as a command ("首次回复", "Answer"); the timeline names it as done
     * ({@link ComplaintAction#messageKey}).
     */
    @Override
    public String name(ComplaintAction step) {
        return ctx.text("complaints.step." + step.name());
    }

    @Override
    public String refused(ComplaintAction step, Complaint c) {
        return ctx.errors().describe(new UserFacingException(step.refusedKey(), c.number()));
    }

    @Override
    public String notYours(ComplaintAction step) {
        return ctx.text("steps.notYours", name(step));
    }

    @Override
    public void run(ComplaintAction step, Complaint c) {
        Window owner = buttons.bar().getScene().getWindow();
        Consumer<Complaint> done = after -> {
            say.accept(ctx.text("complaints.stepDone", ctx.text(step.messageKey()), after.number(),
                    ctx.text(after.status().messageKey())));
            changed.accept(after);
        };
        String id = c.id();
        buttons.open(switch (step) {
            case ACKNOWLEDGE -> methodAndNote(owner, step, c,
                    (how, note) -> () -> complaints.acknowledge(session, id, how, note), done);
            case ASSIGN -> assign(owner, c, done);
            case NOTE -> note(owner, step, c, "field.note", n -> () -> complaints.note(session, id, n), done);
            case ANSWER -> new ComplaintAnswerDialog(ctx, session, this, owner, c)
                    .open(form -> () -> complaints.answer(session, id, form), done);
            case ACCEPT -> methodAndNote(owner, step, c,
                    (how, note) -> () -> complaints.accept(session, id, how, note), done);
            case REJECT -> note(owner, step, c, "complaints.complainantSays",
                    words -> () -> complaints.reject(session, id, words), next -> {
                        say.accept(ctx.text("complaints.reopened", c.number(), next.number()));
                        reopened.accept(next);
                    });
            case CALL_BACK -> callBack(owner, c, done);
            case TAKE_NOTICE -> note(owner, step, c, "field.note",
                    n -> () -> complaints.takeNotice(session, id, n), done);
            case TAKE -> throw new IllegalArgumentException("intake is not a step of a case");
        });
    }

    /** A step form's window title: the step and the case's number. */
    String title(ComplaintAction step, Complaint c) {
        return ctx.text("complaints.stepTitle", name(step), c.number());
    }

    /** The form in a dialog, the title again inside it where a window manager draws no title bar. */
    FormDialog<Complaint> dialog(Window owner, ComplaintAction step, Complaint c, Node... body) {
        VBox content = new VBox(8, Forms.sectionTitle(title(step, c)));
        content.getChildren().addAll(body);
        // The answer and the notes may take a standard phrase (Ctrl+/), filled with this case.
        ShownRecord.publish(content, record(c));
        return new FormDialog<>(ctx, owner, title(step, c), content, "complaintStepSave");
    }

    /** The case as the standard phrases see it: number, room, the complainant (and who, if picked). */
    static RecordOnScreen record(Complaint c) {
        return new RecordOnScreen(c.number(), c.roomCode(), c.complainant(), c.occupantId());
    }

    /** One line of text: a note, or the words the service requires (labelled so). */
    private FormDialog<Complaint> note(Window owner, ComplaintAction step, Complaint c, String labelKey,
                                       Function<String, Callable<Complaint>> write, Consumer<Complaint> done) {
        TextField text = text("complaintStepNote");
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text(labelKey), text);
        return dialog(owner, step, c, grid).onSave(() -> write.apply(text.getText()), done).focusOnShow(() -> text);
    }

    /** How the complainant was reached (first offered: the way they came), and a note. */
    private FormDialog<Complaint> methodAndNote(Window owner, ComplaintAction step, Complaint c,
                                                BiFunction<ResponseMethod, String, Callable<Complaint>> write,
                                                Consumer<Complaint> done) {
        ComboBox<ResponseMethod> how = methods("complaintStepMethod");
        how.setValue(firstOffered(c));
        TextField note = text("complaintStepNote");
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.responseMethod"), how);
        Forms.row(grid, ctx.text("field.note"), note);
        return dialog(owner, step, c, grid).onSave(() -> write.apply(how.getValue(), note.getText()), done)
                .focusOnShow(() -> note);
    }

    /** Who handles it: a staff member, or a name typed when nobody is chosen; and the department. */
    private FormDialog<Complaint> assign(Window owner, Complaint c, Consumer<Complaint> done) {
        ComboBox<Assignee> staff = new ComboBox<>();
        staff.setId("complaintAssignStaff");
        staff.getItems().setAll((Assignee) null);
        // The people who may handle repairs are the site's active staff, whom a complaint may go to as well.
        ctx.run(() -> ctx.workstation().repairs().assignees(), people -> {
            staff.getItems().addAll(people);
            // Handed on again: the current handler first chosen.
            people.stream().filter(a -> a.staffId().equals(c.assigneeStaffId())).findFirst().ifPresent(staff::setValue);
        });
        staff.setConverter(Converters.showing(a -> a.name() + " (" + a.employeeNo() + ")",
                ctx.text("complaints.noStaff")));
        staff.setMaxWidth(Double.MAX_VALUE);
        TextField name = text("complaintAssigneeName");
        name.setText(c.assigneeStaffId() == null && c.assigneeName() != null ? c.assigneeName() : "");
        ComboBox<String> department = departments("complaintDepartment", c.department());
        TextField note = text("complaintStepNote");
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("complaints.staff"), staff);
        Forms.row(grid, ctx.text("complaints.assigneeName"), name);
        Forms.row(grid, ctx.text("field.department"), department);
        Forms.row(grid, ctx.text("field.note"), note);
        return dialog(owner, ComplaintAction.ASSIGN, c, grid).onSave(() -> {
            Assignee person = staff.getValue();
            String typed = name.getText();
            String dept = department.getValue();
            String n = note.getText();
            return () -> complaints.assign(session, c.id(), person == null ? null : person.staffId(),
                    person == null ? typed : null, dept, n);
        }, done).focusOnShow(() -> staff);
    }

    /**
     * The call-back after closing: the agent phones from the form (the number masked, F3 shows it,
     * audited) and records the four answers and the grade.
     */
    private FormDialog<Complaint> callBack(Window owner, Complaint c, Consumer<Complaint> done) {
        // The repair's four ratings, asked of how the complaint was handled.
        CallBackFields fields = new CallBackFields(ctx, "complaint", List.of("complaints.ratingAttitude",
                "complaints.ratingOutcome", "complaints.ratingTimeliness", "complaints.ratingPromises"));
        MaskedPhone phone = new MaskedPhone(ctx, "complaintCallBackPhone", true);
        phone.show(c.contactPhone(), () -> complaints.revealPhone(session, c.id()));
        Label who = Forms.wrapping(new Label(ctx.text("complaints.callBackWho", c.complainant(), c.subject())));
        FormDialog<Complaint> dialog = dialog(owner, ComplaintAction.CALL_BACK, c, who,
                new HBox(8, new Label(ctx.text("field.contactPhone")), phone.root()), fields.grid());
        phone.revealOnF3(dialog.dialog().getDialogPane(), failure -> dialog.message()
                .setText(ctx.errors().describe(failure)));
        return dialog.onSave(() -> {
            var form = fields.read();
            return () -> complaints.callBack(session, c.id(), form);
        }, done).focusOnShow(fields::first);
    }

    ComboBox<ResponseMethod> methods(String id) {
        ComboBox<ResponseMethod> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(ResponseMethod.values());
        box.setConverter(Converters.showing(m -> ctx.text(m.messageKey()), ""));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** The way the complainant was reached before, else the way they came, else the phone. */
    static ResponseMethod firstOffered(Complaint c) {
        return c.acknowledgedHow() != null ? c.acknowledgedHow() : Arrays.stream(ResponseMethod.values())
                .filter(m -> m.name().equals(c.channel().name())).findFirst().orElse(ResponseMethod.PHONE);
    }

    /**
     * The departments of the settings, the case's current one chosen (set once the items are in, so
     * it shows); none chosen for a case not yet handed to one.
     */
    ComboBox<String> departments(String id, String current) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(ctx.text("complaints.departmentPrompt"));
        List<String> items = new ArrayList<>(ctx.workstation().settings().current(ComplaintSettings.DOCUMENT)
                .departments());
        // A department since removed from Settings still reads on the cases handed to it.
        if (current != null && !items.contains(current)) {
            items.add(current);
        }
        box.getItems().setAll(items);
        box.getSelectionModel().select(current);
        return box;
    }

    static TextField text(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(30);
        return f;
    }
}
