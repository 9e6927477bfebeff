package com.frontdesk.visitors;

import java.time.LocalDate;

/** Filters of the visit history; null means "any". Dates are the site's days, both inclusive. */
public record HistoryFilter(LocalDate from, LocalDate to, Purpose purpose, VisitStatus status, String hostRoomId) {
    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null);
}
