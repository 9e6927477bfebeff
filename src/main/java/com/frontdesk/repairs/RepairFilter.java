package com.frontdesk.repairs;

import java.time.LocalDate;

/**
 * The search's filters; null means any. Dates are the site's days, both included.
 *
 * @param query a repair number, the start of a room code, the start of the reporter's name, or
 *              words of the description (see {@link com.frontdesk.core.CaseSearch})
 * @param category a {@link RepairCategory} code
 */
public record RepairFilter(String query, RepairStatus status, String category, LocalDate from, LocalDate to) {
    public static final RepairFilter ALL = new RepairFilter(null, null, null, null, null);

    public RepairFilter {
        query = RepairForm.clean(query);
        category = RepairForm.clean(category);
    }

    public static RepairFilter query(String q) {
        return new RepairFilter(q, null, null, null, null);
    }
}
