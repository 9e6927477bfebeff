package com.frontdesk.repairs;

/**
 * How soon a repair of one priority must be answered and fixed, counted from intake. A null
 * number means "by agreement" with the owner: no deadline, never overdue.
 *
 * @param respondHours until it is dispatched (the first dispatch counts)
 * @param fixHours     until it is done; time on hold is added
 */
public record RepairDeadline(Integer respondHours, Integer fixHours) {
    public static final RepairDeadline BY_AGREEMENT = new RepairDeadline(null, null);
}
