package com.frontdesk.repairs;

import com.frontdesk.core.GroupedFigures;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The SQL of the repair figures: counts, medians and call-backs per category over a span of time. No rules. */
final class RepairFiguresRepository {
    /** Repairs taken in [from, to), per category. */
    Map<String, Integer> receivedPerCategory(Handle h, long from, long to) {
        return countPerCategory(h.createQuery("SELECT category, count(*) FROM repair WHERE reported_at >= :from"
                + " AND reported_at < :to AND deleted_at IS NULL GROUP BY category").bind("from", from).bind("to", to));
    }

    /** Repairs done (last completed) in [from, to), per category. */
    Map<String, Integer> donePerCategory(Handle h, long from, long to) {
        return countPerCategory(h.createQuery("SELECT category, count(*) FROM repair WHERE fixed_at >= :from"
                + " AND fixed_at < :to AND deleted_at IS NULL GROUP BY category").bind("from", from).bind("to", to));
    }

    /**
     * Repairs still pending at {@code end}, per category: taken before it and, by their timeline,
     * neither done nor cancelled by then. Repairs done or cancelled before the end are ruled out on
     * the row, so the timeline is read only for the rest.
     */
    Map<String, Integer> outstandingPerCategory(Handle h, long end) {
        return countPerCategory(h.createQuery("""
                        SELECT r.category, count(*) FROM repair r
                        WHERE r.reported_at < :end AND r.deleted_at IS NULL
                          AND (r.fixed_at IS NULL OR r.fixed_at >= :end)
                          AND NOT (r.status = 'CANCELLED' AND r.closed_at < :end)
                          AND (SELECT e.to_status FROM repair_event e WHERE e.repair_id = r.id AND e.at < :end
                               ORDER BY e.at DESC, e.id DESC LIMIT 1)
                              IN ('NEW', 'DISPATCHED', 'IN_PROGRESS', 'ON_HOLD')
                        GROUP BY r.category""").bind("end", end));
    }

    /**
     * The median time to fix (milliseconds, without the time on hold) of the repairs done in
     * [from, to), per category, worked out in SQL: the middle row, or the mean of the two middle
     * rows, of each category's times in order.
     */
    Map<String, Double> medianFixMillisPerCategory(Handle h, long from, long to) {
        return GroupedFigures.medians(h, "SELECT category AS g, fixed_at - reported_at - held_ms AS d FROM repair"
                + " WHERE fixed_at >= :from AND fixed_at < :to AND deleted_at IS NULL", Map.of("from", from, "to", to));
    }

    /** Per category: the call-backs made in [from, to) and how many of their ratings were satisfied. */
    Map<String, int[]> callBacksPerCategory(Handle h, long from, long to) {
        return GroupedFigures.callBacks(h, "repair_callback", "repair_id", "repair", from, to);
    }

    private static Map<String, Integer> countPerCategory(Query q) {
        Map<String, Integer> out = new TreeMap<>();
        q.map((rs, c) -> Map.entry(rs.getString(1), rs.getInt(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
