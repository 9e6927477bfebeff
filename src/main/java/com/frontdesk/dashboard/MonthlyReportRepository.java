package com.frontdesk.dashboard;

import com.frontdesk.core.GroupedFigures;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The monthly report's SQL beyond the modules' own figures: the repairs' response times, and the
 * medians of all categories together for the total lines. Medians are worked out in SQL
 * ({@link GroupedFigures#medians}) on the modules' time indexes.
 */
final class MonthlyReportRepository {
    /** The group of a whole month or range. */
    static final String ALL = "";

    /** Per category (and {@link #ALL}): median ms from intake to the first response, of repairs taken in [from, to). */
    Map<String, Double> repairResponse(Handle h, long from, long to) {
        String rows = " AS g, responded_at - reported_at AS d FROM repair WHERE reported_at >= :from"
                + " AND reported_at < :to AND responded_at IS NOT NULL AND deleted_at IS NULL";
        return both(h, "SELECT category" + rows, "SELECT '" + ALL + "'" + rows, from, to);
    }

    /** {@link #ALL}: median ms from intake to completion without the time on hold, of repairs done in [from, to). */
    Double repairFix(Handle h, long from, long to) {
        return GroupedFigures.medians(h, "SELECT '' AS g, fixed_at - reported_at - held_ms AS d FROM repair"
                + " WHERE fixed_at >= :from AND fixed_at < :to AND deleted_at IS NULL", bounds(from, to)).get(ALL);
    }

    /** {@link #ALL}: median ms from intake to the first response, of complaints answered in [from, to). */
    Double complaintFirstResponse(Handle h, long from, long to) {
        return GroupedFigures.medians(h, "SELECT '' AS g, acknowledged_at - received_at AS d FROM complaint"
                + " WHERE answered_at >= :from AND answered_at < :to AND deleted_at IS NULL", bounds(from, to)).get(ALL);
    }

    /** {@link #ALL}: median ms from intake to the answer, of complaints answered in [from, to). */
    Double complaintAnswer(Handle h, long from, long to) {
        return GroupedFigures.medians(h, "SELECT '' AS g, answered_at - received_at AS d FROM complaint"
                + " WHERE answered_at >= :from AND answered_at < :to AND deleted_at IS NULL", bounds(from, to)).get(ALL);
    }

    private static Map<String, Double> both(Handle h, String perCategory, String all, long from, long to) {
        Map<String, Double> out = new java.util.TreeMap<>(GroupedFigures.medians(h, perCategory, bounds(from, to)));
        Double whole = GroupedFigures.medians(h, all, bounds(from, to)).get(ALL);
        if (whole != null) {
            out.put(ALL, whole);
        }
        return out;
    }

    private static Map<String, Object> bounds(long from, long to) {
        return Map.of("from", from, "to", to);
    }
}
