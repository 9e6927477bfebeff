package com.frontdesk.handover;

/** The state an item is handed over in; anything but GOOD needs a note, as a count difference does. */
public enum ItemCondition {
    GOOD, DAMAGED, MISSING;

    public String messageKey() {
        return "handover.condition." + name();
    }
}
