package com.frontdesk.repairs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A repair's deadlines at one instant. Both are counted from intake with the hours of its priority
 * as they were then: respond by the first dispatch, fix by completion. Time on hold is not counted
 * towards the fix deadline (it moves the deadline later) and is reported as {@code heldFor},
 * including a hold still running at {@code now}. A null due means "by agreement": never overdue.
 *
 * @param respondOverdue dispatched after the due, or still not dispatched and past it
 * @param fixOverdue     done after the (shifted) due, or still not done and past it
 * @param heldFor        the time on hold so far
 * @param pending        the repair is open and not done, so the deadlines still run
 */
public record RepairClock(Instant reportedAt, Instant respondDue, Instant fixDue, Instant respondedAt,
                          Instant fixedAt, boolean respondOverdue, boolean fixOverdue, Duration heldFor,
                          boolean pending) {

    public boolean responded() {
        return respondedAt != null;
    }

    public boolean fixed() {
        return fixedAt != null;
    }

    /** Needs chasing now: still pending, and not dispatched past its due or not done past its due. */
    public boolean overdueNow() {
        return pending && (respondedAt == null && respondOverdue || fixedAt == null && fixOverdue);
    }

    /** From intake to completion, without the time on hold; null until it is done. */
    public Duration timeToFix() {
        return fixedAt == null ? null : Duration.between(reportedAt, fixedAt).minus(heldFor);
    }

    /** The holds summed from the timeline (oldest step first), a running one until {@code now}. */
    public static RepairClock of(Repair r, List<RepairEvent> timeline, Instant now) {
        Duration held = Duration.ZERO;
        Instant holdStart = null;
        for (RepairEvent e : timeline) {
            if (e.toStatus() == RepairStatus.ON_HOLD) {
                if (holdStart == null) {
                    holdStart = e.at();
                }
            } else if (holdStart != null) {
                held = held.plus(between(holdStart, e.at()));
                holdStart = null;
            }
        }
        if (holdStart != null) {
            held = held.plus(between(holdStart, now));
        }
        return of(r, held, now);
    }

    /** The holds from the totals the repair keeps ({@code heldMillis} and {@code holdSince}), as the lists use them. */
    public static RepairClock of(Repair r, Instant now) {
        Duration held = Duration.ofMillis(r.heldMillis());
        if (r.holdSince() != null) {
            held = held.plus(between(r.holdSince(), now));
        }
        return of(r, held, now);
    }

    private static RepairClock of(Repair r, Duration held, Instant now) {
        Instant respondDue = r.respondHours() == null ? null : r.reportedAt().plus(Duration.ofHours(r.respondHours()));
        Instant fixDue = r.fixHours() == null ? null
                : r.reportedAt().plus(Duration.ofHours(r.fixHours())).plus(held);
        boolean pending = r.status().pending();
        return new RepairClock(r.reportedAt(), respondDue, fixDue, r.respondedAt(), r.fixedAt(),
                late(respondDue, r.respondedAt(), pending, now), late(fixDue, r.fixedAt(), pending, now), held,
                pending);
    }

    private static boolean late(Instant due, Instant doneAt, boolean pending, Instant now) {
        if (due == null) {
            return false;
        }
        return doneAt != null ? doneAt.isAfter(due) : pending && now.isAfter(due);
    }

    private static Duration between(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    /**
     * When a pending repair becomes (or became) overdue, as the {@code next_due} column keeps it for
     * the overdue list: the earlier of the respond due (while not dispatched) and the fix due. While
     * on hold the fix due moves with the clock, so it counts only if it had passed when the hold
     * began. Null when nothing can make it overdue.
     */
    static Instant nextDue(Repair r) {
        if (!r.status().pending()) {
            return null;
        }
        Instant next = null;
        if (r.respondedAt() == null && r.respondHours() != null) {
            next = r.reportedAt().plus(Duration.ofHours(r.respondHours()));
        }
        if (r.fixHours() != null) {
            Instant fixDue = r.reportedAt().plus(Duration.ofHours(r.fixHours())).plusMillis(r.heldMillis());
            if (r.holdSince() == null || fixDue.isBefore(r.holdSince())) {
                next = next == null || fixDue.isBefore(next) ? fixDue : next;
            }
        }
        return next;
    }
}
