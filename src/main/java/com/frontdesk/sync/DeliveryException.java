package com.frontdesk.sync;

/**
 * A batch did not arrive. {@code permanent} means trying again will not help (a 4xx other than
 * 408 and 429: a wrong token or URL) and the run stops until someone fixes the target; otherwise
 * the same batch is tried again later. The key words the reason for the user; the detail (never
 * the token) goes to the failures list.
 */
public final class DeliveryException extends Exception {
    private final String reasonKey;
    private final String detail;
    private final boolean permanent;

    public DeliveryException(String reasonKey, String detail, boolean permanent, Throwable cause) {
        super(reasonKey + ": " + detail, cause);
        this.reasonKey = reasonKey;
        this.detail = detail;
        this.permanent = permanent;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public String detail() {
        return detail;
    }

    public boolean permanent() {
        return permanent;
    }
}
