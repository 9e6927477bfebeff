package com.frontdesk.repairs;

/** How the repair reached the desk. */
public enum RepairChannel {
    /** The owner phoned. */
    PHONE,
    /** The owner came to the desk. */
    VISIT,
    /** Through the site's app, WeChat or e-mail. */
    ONLINE,
    /** Found on a patrol by staff. */
    PATROL;

    public String messageKey() {
        return "repair.channel." + name();
    }
}
