package com.frontdesk.repairs;

import com.frontdesk.ui.Converters;
import com.frontdesk.ui.Forms;
import com.frontdesk.ui.UiContext;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The questions of a call-back (回访), for any case called back (a repair, a complaint): attitude,
 * skill, arrival time and promises kept, the grade of the feedback, and the owner's words. Nothing
 * is chosen beforehand, so every answer recorded is one the owner gave.
 */
public final class CallBackFields {
    private final ComboBox<Rating> attitude = new ComboBox<>();
    private final ComboBox<Rating> skill = new ComboBox<>();
    private final ComboBox<Rating> arrival = new ComboBox<>();
    private final ComboBox<Rating> promises = new ComboBox<>();
    private final ComboBox<FeedbackGrade> feedback = new ComboBox<>();
    private final TextField note = new TextField();
    private final GridPane grid = Forms.grid();

    /** The repair's questions: attitude, skill, arrival time, promises. */
    public CallBackFields(UiContext ctx, String idPrefix) {
        this(ctx, idPrefix, List.of("field.ratingAttitude", "field.ratingSkill", "field.ratingArrival",
                "field.ratingPromises"));
    }

    /**
     * @param idPrefix  "complaint" gives complaintRatingAttitude … complaintFeedback, complaintCallBackNote
     * @param labelKeys the four questions' labels, in the order attitude, skill, arrival, promises,
     *                  as the kind of case asks them
     */
    public CallBackFields(UiContext ctx, String idPrefix, List<String> labelKeys) {
        attitude.setId(idPrefix + "RatingAttitude");
        skill.setId(idPrefix + "RatingSkill");
        arrival.setId(idPrefix + "RatingArrival");
        promises.setId(idPrefix + "RatingPromises");
        for (ComboBox<Rating> box : List.of(attitude, skill, arrival, promises)) {
            box.getItems().setAll(Rating.values());
            box.setConverter(Converters.showing(r -> ctx.text(r.messageKey()), ""));
            box.setMaxWidth(Double.MAX_VALUE);
        }
        feedback.setId(idPrefix + "Feedback");
        feedback.getItems().setAll(FeedbackGrade.values());
        feedback.setConverter(Converters.showing(f -> ctx.text(f.messageKey()), ""));
        feedback.setMaxWidth(Double.MAX_VALUE);
        note.setId(idPrefix + "CallBackNote");
        note.setPrefColumnCount(30);
        List<ComboBox<Rating>> ratings = List.of(attitude, skill, arrival, promises);
        for (int i = 0; i < ratings.size(); i++) {
            Forms.row(grid, ctx.text(labelKeys.get(i)), ratings.get(i));
        }
        Forms.row(grid, ctx.text("field.feedback"), feedback);
        Forms.row(grid, ctx.text("field.note"), note);
    }

    public GridPane grid() {
        return grid;
    }

    /** Where the agent starts: the first question. */
    public Node first() {
        return attitude;
    }

    /** The answers as chosen; the service says what is missing. */
    public CallBackForm read() {
        return new CallBackForm(attitude.getValue(), skill.getValue(), arrival.getValue(), promises.getValue(),
                feedback.getValue(), note.getText());
    }
}
