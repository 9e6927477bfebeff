package com.frontdesk.handover;

/** How urgent a note for the next shift is; the list shows HIGH first. */
public enum NotePriority {
    HIGH, NORMAL, LOW;

    public String messageKey() {
        return "handover.priority." + name();
    }
}
