package com.frontdesk.complaints;

/** How the complaint reached the site. */
public enum ComplaintChannel {
    PHONE, VISIT, EMAIL, ONLINE, LETTER;

    public String messageKey() {
        return "complaint.channel." + name();
    }
}
