package com.frontdesk.directory;

/** Whether the occupant agreed that the desk may sign for and hold their parcels. */
public enum ParcelConsent {
    UNKNOWN, YES, NO;

    public String messageKey() {
        return "parcelConsent." + name();
    }
}
