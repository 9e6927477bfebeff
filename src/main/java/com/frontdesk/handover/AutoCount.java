package com.frontdesk.handover;

/**
 * A checklist line the program counts itself from the other modules' records; the desk cannot
 * type over it, and the handover shows the list behind it.
 */
public enum AutoCount {
    VISITORS_ON_SITE, PASSES_OUT, PARCELS_HELD, PARCELS_OVERDUE, DEPOSITS_HELD, LOST_ITEMS_HELD,
    REPAIRS_OPEN, REPAIRS_OVERDUE, COMPLAINTS_OPEN, COMPLAINTS_OVERDUE, COMPLAINTS_TO_CALL_BACK;

    public String messageKey() {
        return "handover.auto." + name();
    }
}
