package com.frontdesk.complaints;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;

/** The lists of the complaints' Cases tab. */
public enum ComplaintList {
    OPEN, MINE, OVERDUE, ESCALATIONS, FEEDBACK, TO_CALL_BACK, SEARCH;

    public String messageKey() {
        return "complaints.list." + name();
    }

    /** The escalations are the shift lead's list. */
    public boolean offeredTo(Session session) {
        return this != ESCALATIONS || session.may(Permission.CLOSE_COMPLAINTS);
    }
}
