package com.frontdesk.complaints;

/** A serious or urgent case goes to the shift lead at once. */
public enum Severity {
    NORMAL, SERIOUS, URGENT;

    public String messageKey() {
        return "complaint.severity." + name();
    }
}
