package com.frontdesk.parcels;

/** Where a parcel is: on the shelf, or how it left the desk. */
public enum ParcelStatus {
    HELD, PICKED_UP, RETURNED, TAKEN_UP;

    public String messageKey() {
        return "parcel.status." + name();
    }
}
