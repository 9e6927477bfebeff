package com.frontdesk.repairs;

/** Who pays for the work. */
public enum Payer {
    OWNER, PROPERTY, MANUFACTURER, OTHER;

    public String messageKey() {
        return "repair.payer." + name();
    }
}
