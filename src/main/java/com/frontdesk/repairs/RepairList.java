package com.frontdesk.repairs;

import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;

/** The lists of the repairs' work tab. */
public enum RepairList {
    OPEN, MINE, OVERDUE, WAITING_VENDOR, ON_HOLD, ESCALATED, BY_CATEGORY, SEARCH;

    public String messageKey() {
        return "repairs.list." + name();
    }

    /** The escalations are the shift lead's list. */
    public boolean offeredTo(Session session) {
        return this != ESCALATED || session.may(Permission.CLOSE_REPAIRS);
    }
}
