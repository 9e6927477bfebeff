package com.frontdesk.complaints;

import java.time.Duration;
import java.time.Instant;

/**
 * A case's two clocks at one instant: the first response (acknowledgement) by its due, counted in
 * hours, and the final answer by its due, counted in working days; both were fixed at intake.
 * Praise and suggestions have none.
 *
 * @param firstResponseOverdue acknowledged after the due, or still not and past it
 * @param resolutionOverdue    answered after the due, or still not answered and past it
 * @param pending              received or in handling: the clocks still run
 */
public record ComplaintClock(Instant firstResponseDue, Instant resolutionDue, Instant acknowledgedAt,
                             Instant answeredAt, boolean firstResponseOverdue, boolean resolutionOverdue,
                             boolean pending) {

    /** Needs chasing now. */
    public boolean overdueNow() {
        return pending && (acknowledgedAt == null && firstResponseOverdue || answeredAt == null && resolutionOverdue);
    }

    /** From intake to the first response; null before it. */
    public Duration timeToFirstResponse(Instant receivedAt) {
        return acknowledgedAt == null ? null : Duration.between(receivedAt, acknowledgedAt);
    }

    public static ComplaintClock of(Complaint c, Instant now) {
        boolean pending = c.status().pending();
        return new ComplaintClock(c.firstResponseDue(), c.resolutionDue(), c.acknowledgedAt(), c.answeredAt(),
                late(c.firstResponseDue(), c.acknowledgedAt(), pending, now),
                late(c.resolutionDue(), c.answeredAt(), pending, now), pending);
    }

    private static boolean late(Instant due, Instant doneAt, boolean pending, Instant now) {
        if (due == null) {
            return false;
        }
        return doneAt != null ? doneAt.isAfter(due) : pending && now.isAfter(due);
    }

    /**
     * When a pending case becomes (or became) overdue, for the {@code next_due} column the overdue
     * list reads: the first-response due while not acknowledged, else the resolution due. Null when
     * nothing can make it overdue.
     */
    static Instant nextDue(Complaint c) {
        if (!c.status().pending() || c.resolutionDue() == null) {
            return null;
        }
        if (c.acknowledgedAt() == null && c.firstResponseDue().isBefore(c.resolutionDue())) {
            return c.firstResponseDue();
        }
        return c.resolutionDue();
    }
}
