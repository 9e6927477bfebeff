package com.frontdesk.complaints;

import com.frontdesk.core.GroupedFigures;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The SQL of the complaint figures: counts, medians and call-backs per category over a span of time. No rules. */
final class ComplaintFiguresRepository {
    /** The cases answered in [from, to), by the answered_at index. */
    private static final String ANSWERED = "FROM complaint WHERE answered_at >= :from AND answered_at < :to"
            + " AND deleted_at IS NULL";

    /**
     * Per category, taken in [from, to): new complaints (not the continuations of a rejected
     * answer), praise, suggestions.
     */
    Map<String, int[]> receivedPerCategory(Handle h, long from, long to) {
        return GroupedFigures.counts(h.createQuery("""
                        SELECT category, sum(kind = 'COMPLAINT' AND previous_id IS NULL), sum(kind = 'PRAISE'),
                               sum(kind = 'SUGGESTION')
                        FROM complaint WHERE received_at >= :from AND received_at < :to AND deleted_at IS NULL
                        GROUP BY category""").bind("from", from).bind("to", to), 3);
    }

    /**
     * Per category, of the cases answered in [from, to): how many, answered late, first response
     * late, founded, unfounded.
     */
    Map<String, int[]> answeredPerCategory(Handle h, long from, long to) {
        return GroupedFigures.counts(h.createQuery("SELECT category, count(*), sum(answered_at > resolution_due),"
                        + " sum(acknowledged_at > first_response_due), sum(founded = 1), sum(founded = 0) "
                        + ANSWERED + " GROUP BY category").bind("from", from).bind("to", to), 5);
    }

    /** Per category, the answers not accepted (REOPENED) and accepted (CLOSED) in [from, to). */
    Map<String, int[]> endedPerCategory(Handle h, long from, long to) {
        return GroupedFigures.counts(h.createQuery("""
                        SELECT category, sum(status = 'REOPENED'), sum(status = 'CLOSED') FROM complaint
                        WHERE status IN ('REOPENED', 'CLOSED') AND closed_at >= :from AND closed_at < :to
                          AND deleted_at IS NULL
                        GROUP BY category""").bind("from", from).bind("to", to), 2);
    }

    /** The median milliseconds from intake to the first response of the cases answered in [from, to), per category. */
    Map<String, Double> medianFirstResponseMillis(Handle h, long from, long to) {
        return GroupedFigures.medians(h, "SELECT category AS g, acknowledged_at - received_at AS d " + ANSWERED,
                Map.of("from", from, "to", to));
    }

    /** The median milliseconds from intake to the answer of the cases answered in [from, to), per category. */
    Map<String, Double> medianAnswerMillis(Handle h, long from, long to) {
        return GroupedFigures.medians(h, "SELECT category AS g, answered_at - received_at AS d " + ANSWERED,
                Map.of("from", from, "to", to));
    }

    /** Per category: the call-backs made in [from, to) and how many of their ratings were satisfied. */
    Map<String, int[]> callBacksPerCategory(Handle h, long from, long to) {
        return GroupedFigures.callBacks(h, ComplaintService.CALL_BACK, "complaint_id", ComplaintService.COMPLAINT,
                from, to);
    }
}
