package com.frontdesk.handover;

import java.time.LocalDate;

/**
 * The history's filter: a desk, the site's days from and to (both included), and a search in the
 * number and the signers' names. Any part may be null.
 */
public record HandoverFilter(String desk, LocalDate from, LocalDate to, String query) {
    public static final HandoverFilter ALL = new HandoverFilter(null, null, null, null);
}
