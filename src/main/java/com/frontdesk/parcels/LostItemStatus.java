package com.frontdesk.parcels;

/** Where a found item stands: kept at the desk, claimed by its owner, or disposed of after the keep period. */
public enum LostItemStatus {
    HELD, CLAIMED, DISPOSED;

    public String messageKey() {
        return "lostProperty.status." + name();
    }
}
