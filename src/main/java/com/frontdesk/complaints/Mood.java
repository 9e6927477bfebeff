package com.frontdesk.complaints;

/** The complainant's mood, graded as the call-back feedback is: anger goes to the shift lead at once. */
public enum Mood {
    GRIEVANCE, ANGER;

    public String messageKey() {
        return "complaint.mood." + name();
    }
}
