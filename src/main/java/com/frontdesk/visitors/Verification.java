package com.frontdesk.visitors;

/** What the host said when the desk phoned. */
public enum Verification {
    CONFIRMED, NO_ANSWER, REFUSED;

    public String messageKey() {
        return "visitor.verification." + name();
    }
}
