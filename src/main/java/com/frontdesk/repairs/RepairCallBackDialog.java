package com.frontdesk.repairs;

import com.frontdesk.ui.Converters;
import com.frontdesk.ui.FormDialog;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The call-back (回访): the agent asks the owner four questions and records each answer, then the
 * grade of the feedback. Nothing is chosen beforehand, so every answer is one the owner gave.
 * A grievance or anger needs the owner's words: the shift lead reads them.
 */
final class RepairCallBackDialog {
    private final UiContext ctx;
    private final Window owner;
    private final Repair repair;
    private final ComboBox<Rating> attitude = rating("repairRatingAttitude");
    private final ComboBox<Rating> skill = rating("repairRatingSkill");
    private final ComboBox<Rating> arrival = rating("repairRatingArrival");
    private final ComboBox<Rating> promises = rating("repairRatingPromises");
    private final ComboBox<FeedbackGrade> feedback = new ComboBox<>();
    private final TextField note = new TextField();

    RepairCallBackDialog(UiContext ctx, Window owner, Repair repair) {
        this.ctx = ctx;
        this.owner = owner;
        this.repair = repair;
    }

    FormDialog<Repair> open(Function<CallBackForm, Callable<Repair>> write, Consumer<Repair> done) {
        for (ComboBox<Rating> box : List.of(attitude, skill, arrival, promises)) {
            box.getItems().setAll(Rating.values());
            box.setConverter(Converters.showing(r -> ctx.text(r.messageKey()), ""));
            box.setMaxWidth(Double.MAX_VALUE);
        }
        feedback.setId("repairFeedback");
        feedback.getItems().setAll(FeedbackGrade.values());
        feedback.setConverter(Converters.showing(f -> ctx.text(f.messageKey()), ""));
        feedback.setMaxWidth(Double.MAX_VALUE);
        note.setId("repairCallBackNote");
        note.setPrefColumnCount(30);

        GridPane grid = Forms.grid();
        Forms.row(grid, ctx.text("field.ratingAttitude"), attitude);
        Forms.row(grid, ctx.text("field.ratingSkill"), skill);
        Forms.row(grid, ctx.text("field.ratingArrival"), arrival);
        Forms.row(grid, ctx.text("field.ratingPromises"), promises);
        Forms.row(grid, ctx.text("field.feedback"), feedback);
        Forms.row(grid, ctx.text("field.note"), note);
        Label who = Forms.wrapping(new Label(ctx.text("repairs.callBackWho", repair.reporterName(),
                repair.locationText())));
        String title = ctx.text("repairs.stepTitle", ctx.text(RepairAction.CALL_BACK.messageKey()), repair.number());
        FormDialog<Repair> dialog = new FormDialog<>(ctx, owner, title, new VBox(8, who, grid), "repairStepSave");
        return dialog.onSave(() -> write.apply(new CallBackForm(attitude.getValue(), skill.getValue(),
                arrival.getValue(), promises.getValue(), feedback.getValue(), note.getText())), done)
                .focusOnShow(() -> attitude);
    }

    private static ComboBox<Rating> rating(String id) {
        ComboBox<Rating> box = new ComboBox<>();
        box.setId(id);
        return box;
    }
}
