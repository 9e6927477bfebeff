package com.frontdesk.parcels;

/** How big a parcel is; perishable or cold parcels age faster. */
public enum ParcelSize {
    SMALL, MEDIUM, LARGE, PERISHABLE;

    public String messageKey() {
        return "parcel.size." + name();
    }
}
