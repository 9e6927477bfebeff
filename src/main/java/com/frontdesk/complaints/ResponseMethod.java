package com.frontdesk.complaints;

/** How the desk reached the complainant: for the first response, the answer, and their acceptance. */
public enum ResponseMethod {
    PHONE, SMS, VISIT, EMAIL, LETTER;

    public String messageKey() {
        return "complaint.method." + name();
    }
}
