package com.frontdesk.parcels;

/** How the desk told the recipient a parcel is waiting. */
public enum NoticeMethod {
    PHONE, SMS, MESSAGE;

    public String messageKey() {
        return "parcel.notice." + name();
    }
}
