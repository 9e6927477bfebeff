package com.frontdesk.complaints;

/** Whether the complaint is about the quality of a service (有效质量投诉) or not. */
public enum Nature {
    QUALITY, NON_QUALITY;

    public String messageKey() {
        return "complaint.nature." + name();
    }
}
