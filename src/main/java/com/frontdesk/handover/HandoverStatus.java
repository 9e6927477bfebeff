package com.frontdesk.handover;

/**
 * Where a handover stands: counted in DRAFT, sealed by the outgoing side's signature, then signed or
 * refused by the incoming side, and countersigned by the shift lead either way.
 */
public enum HandoverStatus {
    DRAFT, OUTGOING_SIGNED, INCOMING_SIGNED, REFUSED, COUNTERSIGNED;

    public String messageKey() {
        return "handover.status." + name();
    }
}
