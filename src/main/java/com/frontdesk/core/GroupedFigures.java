package com.frontdesk.core;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * What the modules' monthly figures (repairs, complaints) have in common: the months asked for,
 * counts and medians per group worked out in SQL, and the satisfied call-back ratings.
 */
public final class GroupedFigures {
    /** Ten years: a longer range is a typing mistake and would read the whole book month by month. */
    public static final int MAX_MONTHS = 120;
    private static final String SATISFIED = "('VERY_SATISFIED', 'SATISFIED')";

    /** A month in the site's zone, as UTC epoch milliseconds: {@code [start, end)}. */
    public record Month(YearMonth month, long start, long end) {
    }

    private GroupedFigures() {
    }

    /**
     * The months from {@code from} to {@code to} included, at most {@value #MAX_MONTHS}.
     *
     * @throws ValidationException with {@code invalidKey} (its argument the most months) otherwise
     */
    public static List<Month> months(YearMonth from, YearMonth to, ZoneId zone, String invalidKey) {
        new Validation().check(from != null && to != null && !from.isAfter(to)
                        && ChronoUnit.MONTHS.between(from, to) < MAX_MONTHS, "months", invalidKey, MAX_MONTHS)
                .throwIfAny();
        List<Month> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(new Month(m, startOf(m, zone), startOf(m.plusMonths(1), zone)));
        }
        return out;
    }

    private static long startOf(YearMonth m, ZoneId zone) {
        return m.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** Per group (the first column, in order), the next {@code columns} columns as whole numbers (NULL as 0). */
    public static Map<String, int[]> counts(Query q, int columns) {
        Map<String, int[]> out = new TreeMap<>();
        q.map((rs, c) -> {
            int[] values = new int[columns];
            for (int i = 0; i < columns; i++) {
                values[i] = rs.getInt(i + 2);
            }
            return Map.entry(rs.getString(1), values);
        }).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * The median of {@code d} per group {@code g} of the rows {@code rowsSql} selects (columns
     * {@code g} and {@code d}), worked out in SQL: the middle row, or the mean of the two middle
     * rows, of each group's values in order. Groups without rows are absent.
     */
    public static Map<String, Double> medians(Handle h, String rowsSql, Map<String, ?> values) {
        Map<String, Double> out = new TreeMap<>();
        h.createQuery("SELECT g, avg(d) FROM (SELECT g, d, row_number() OVER (PARTITION BY g ORDER BY d) AS rn,"
                        + " count(*) OVER (PARTITION BY g) AS n FROM (" + rowsSql + "))"
                        + " WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY g")
                .bindMap(values)
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getDouble(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * Per category of the case: the call-backs made in [from, to) and how many of their four
     * ratings were very satisfied or satisfied. The names are the caller's constants, never input.
     *
     * @param callBacks the call-back table ({@code repair_callback}), its case in {@code caseIdColumn}
     * @param cases     the cases' table ({@code repair}), with {@code category} and {@code deleted_at}
     */
    public static Map<String, int[]> callBacks(Handle h, String callBacks, String caseIdColumn, String cases,
                                               long from, long to) {
        return counts(h.createQuery("SELECT k.category, count(*), sum((c.attitude IN " + SATISFIED
                        + ") + (c.skill IN " + SATISFIED + ") + (c.arrival IN " + SATISFIED + ") + (c.promises IN "
                        + SATISFIED + ")) FROM " + callBacks + " c JOIN " + cases + " k ON k.id = c." + caseIdColumn
                        + " WHERE c.at >= :from AND c.at < :to AND k.deleted_at IS NULL GROUP BY k.category")
                .bind("from", from).bind("to", to), 2);
    }

    /** Hours from milliseconds, null kept. */
    public static Double hours(Double millis) {
        return millis == null ? null : millis / 3_600_000d;
    }
}
