package com.frontdesk.visitors;

import java.time.LocalDate;

/**
 * Filters of the visit history; null means "any". Dates are the site's days, both inclusive.
 *
 * @param query what the desk typed: a visit number, a phone or its last four digits, a plate, or
 *              the start of a name
 */
public record HistoryFilter(LocalDate from, LocalDate to, Purpose purpose, VisitStatus status, String hostRoomId,
                            String query) {
    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null, null);

    public HistoryFilter {
        query = VisitForm.clean(query);
    }

    public HistoryFilter(LocalDate from, LocalDate to, Purpose purpose, VisitStatus status, String hostRoomId) {
        this(from, to, purpose, status, hostRoomId, null);
    }
}
