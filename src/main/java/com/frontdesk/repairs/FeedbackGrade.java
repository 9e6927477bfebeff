package com.frontdesk.repairs;

/** The owner's feedback at the call-back; a grievance or anger is raised to the shift lead. */
public enum FeedbackGrade {
    PRAISE, ACCEPTABLE, SUGGESTION, GRIEVANCE, ANGER;

    public boolean escalates() {
        return this == GRIEVANCE || this == ANGER;
    }

    public String messageKey() {
        return "repair.feedback." + name();
    }
}
