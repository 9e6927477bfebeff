package com.frontdesk.parcels;

/** How an unclaimed item left the desk. */
public enum LostItemDisposalMethod {
    POLICE, DONATED, DISCARDED, RETURNED_TO_FINDER;

    public String messageKey() {
        return "lostProperty.disposal." + name();
    }
}
