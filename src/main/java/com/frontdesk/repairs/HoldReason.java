package com.frontdesk.repairs;

/** Why work stopped; the time on hold does not count towards the fix deadline. */
public enum HoldReason {
    WAITING_VENDOR, WAITING_PARTS, WAITING_OWNER;

    public String messageKey() {
        return "repair.hold." + name();
    }
}
