package com.frontdesk.complaints;

/** A complaint runs on deadlines; praise (赞扬) and a suggestion (改进提醒) are recorded as feedback, without. */
public enum ComplaintKind {
    COMPLAINT, PRAISE, SUGGESTION;

    public String messageKey() {
        return "complaint.kind." + name();
    }
}
