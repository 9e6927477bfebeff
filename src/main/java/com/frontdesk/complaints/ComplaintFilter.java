package com.frontdesk.complaints;

import java.time.LocalDate;

/**
 * The search's filters; null means any. Dates are the site's days, both included.
 *
 * @param query a case number, the start of a room code, the start of the complainant, or words of
 *              the subject or of what happened
 */
public record ComplaintFilter(String query, ComplaintKind kind, ComplaintStatus status, String category,
                              LocalDate from, LocalDate to) {
    public static final ComplaintFilter ALL = new ComplaintFilter(null, null, null, null, null, null);

    public ComplaintFilter {
        query = ComplaintForm.clean(query);
        category = ComplaintForm.clean(category);
    }

    public static ComplaintFilter query(String q) {
        return new ComplaintFilter(q, null, null, null, null, null);
    }
}
