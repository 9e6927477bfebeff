package com.frontdesk.parcels;

import com.frontdesk.core.UserFacingException;

/**
 * Intake stopped because a parcel with this tracking number is already on the shelf. The desk
 * checks the shelf and may still take it in (a courier's second delivery of a split shipment).
 */
public class DuplicateTrackingException extends UserFacingException {
    private final transient Parcel held;

    public DuplicateTrackingException(Parcel held) {
        super("parcel.duplicateTracking", held.trackingNo(), held.number(), held.shelfCode() == null ? "-"
                : held.shelfCode());
        this.held = held;
    }

    public Parcel held() {
        return held;
    }
}
