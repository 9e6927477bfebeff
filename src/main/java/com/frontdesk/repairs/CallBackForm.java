package com.frontdesk.repairs;

import com.frontdesk.core.Validation;

/**
 * What the owner said on the call-back (回访): attitude (态度), skill (技术), arrival time (到达时间)
 * and promises kept (承诺事项), and the feedback grade. A grievance or anger needs a note: the
 * shift lead reads it.
 */
public record CallBackForm(Rating attitude, Rating skill, Rating arrival, Rating promises, FeedbackGrade feedback,
                           String note) {

    public CallBackForm {
        note = RepairForm.clean(note);
    }

    /** The same rating for all four, with the grade. */
    public static CallBackForm all(Rating rating, FeedbackGrade feedback, String note) {
        return new CallBackForm(rating, rating, rating, rating, feedback, note);
    }

    public void validate() {
        new Validation()
                .check(attitude != null, "ratingAttitude", "validation.required")
                .check(skill != null, "ratingSkill", "validation.required")
                .check(arrival != null, "ratingArrival", "validation.required")
                .check(promises != null, "ratingPromises", "validation.required")
                .check(feedback != null, "feedback", "validation.required")
                .check(feedback == null || !feedback.escalates() || note != null, "note",
                        "repair.escalationNoteRequired")
                .maxLength("note", note, 500)
                .throwIfAny();
    }
}
