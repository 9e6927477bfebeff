package com.frontdesk.complaints;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The answer (处理结果): judged founded (有效投诉) or not with the reason, the cause, the corrective
 * action (整改措施), any compensation, what the complainant was told and how, and the department
 * responsible. Only a shift lead may judge a complaint unfounded, so for anyone else the judgement
 * stays founded and says why; the service refuses it all the same.
 */
final class ComplaintAnswerDialog {
    private final UiContext ctx;
    private final Window owner;
    private final Complaint complaint;
    private final ComplaintSteps steps;
    private final boolean mayJudgeUnfounded;
    private final ComboBox<Boolean> founded = new ComboBox<>();
    private final TextField judgement = ComplaintSteps.text("complaintJudgement");
    private final TextField cause = ComplaintSteps.text("complaintCause");
    private final TextField correctiveAction = ComplaintSteps.text("complaintCorrectiveAction");
    private final TextField compensation = ComplaintSteps.text("complaintCompensation");
    private final TextField answer = ComplaintSteps.text("complaintAnswer");
    private final ComboBox<ResponseMethod> how;
    private final ComboBox<String> department;

    ComplaintAnswerDialog(UiContext ctx, Session session, ComplaintSteps steps, Window owner, Complaint complaint) {
        this.ctx = ctx;
        this.owner = owner;
        this.complaint = complaint;
        this.steps = steps;
        this.mayJudgeUnfounded = session.may(Permission.CLOSE_COMPLAINTS);
        this.how = steps.methods("complaintAnswerMethod");
        this.department = steps.departments("complaintAnswerDepartment", complaint.department());
    }

    FormDialog<Complaint> open(Function<AnswerForm, Callable<Complaint>> write, Consumer<Complaint> done) {
        founded.setId("complaintFounded");
        founded.getItems().setAll(true, false);
        founded.setConverter(Converters.showing(f -> ctx.text(f ? "complaints.founded" : "complaints.unfounded"), ""));
        founded.setValue(true);
        founded.setDisable(!mayJudgeUnfounded);
        founded.setMaxWidth(Double.MAX_VALUE);
        how.setValue(ComplaintSteps.firstOffered(complaint));
        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("complaints.judgedAs"), founded);
        Forms.row(grid, ctx.text("field.judgement"), judgement);
        Forms.row(grid, ctx.text("field.cause"), cause);
        Forms.row(grid, ctx.text("field.correctiveAction"), correctiveAction);
        Forms.row(grid, ctx.text("field.compensation"), compensation);
        Forms.row(grid, ctx.text("field.answer"), answer);
        Forms.row(grid, ctx.text("field.responseMethod"), how);
        Forms.row(grid, ctx.text("field.department"), department);
        judgement.setPromptText(ctx.text("complaints.judgementPrompt"));
        compensation.setPromptText(ctx.text("complaints.compensationPrompt"));
        Label hint = Forms.wrapping(new Label(ctx.text(mayJudgeUnfounded ? "complaints.answerHint"
                : "complaints.unfoundedIsTheLeads")));
        FormDialog<Complaint> dialog = steps.dialog(owner, ComplaintAction.ANSWER, complaint, grid, hint);
        return dialog.onSave(() -> write.apply(read()), done)
                .focusOnShow(() -> founded.isDisabled() ? cause : founded);
    }

    private AnswerForm read() {
        return new AnswerForm(!Boolean.FALSE.equals(founded.getValue()), judgement.getText(), cause.getText(),
                correctiveAction.getText(), compensation.getText(), answer.getText(), how.getValue(),
                department.getValue());
    }
}
