package com.frontdesk.repairs;

import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The SQL of the repair figures: counts, medians and call-backs per category over a span of time. No rules. */
final class RepairFiguresRepository {
    private static final String SATISFIED = "('VERY_SATISFIED', 'SATISFIED')";

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
        Map<String, Double> out = new TreeMap<>();
        h.createQuery("""
                        SELECT category, avg(d) FROM (
                            SELECT category, d, row_number() OVER (PARTITION BY category ORDER BY d) AS rn,
                                   count(*) OVER (PARTITION BY category) AS n
                            FROM (SELECT category, fixed_at - reported_at - held_ms AS d FROM repair
                                  WHERE fixed_at >= :from AND fixed_at < :to AND deleted_at IS NULL))
                        WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
                        GROUP BY category""")
                .bind("from", from).bind("to", to)
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getDouble(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Per category: the call-backs made in [from, to) and how many of their ratings were satisfied. */
    Map<String, int[]> callBacksPerCategory(Handle h, long from, long to) {
        Map<String, int[]> out = new TreeMap<>();
        h.createQuery("SELECT r.category, count(*), sum((c.attitude IN " + SATISFIED + ") + (c.skill IN " + SATISFIED
                        + ") + (c.arrival IN " + SATISFIED + ") + (c.promises IN " + SATISFIED + "))"
                        + " FROM repair_callback c JOIN repair r ON r.id = c.repair_id"
                        + " WHERE c.at >= :from AND c.at < :to AND r.deleted_at IS NULL GROUP BY r.category")
                .bind("from", from).bind("to", to)
                .map((rs, c) -> Map.entry(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)}))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, Integer> countPerCategory(Query q) {
        Map<String, Integer> out = new TreeMap<>();
        q.map((rs, c) -> Map.entry(rs.getString(1), rs.getInt(2))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
