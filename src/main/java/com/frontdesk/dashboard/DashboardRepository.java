package com.frontdesk.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The dashboard's own SQL, where no module already counts the same: visitors let in per day and
 * held parcels by age. Each is an aggregate on an index; no rows are loaded.
 */
final class DashboardRepository {
    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    /**
     * Visitors let in (on site or gone since) in each {@code [bounds[i], bounds[i + 1])}, by the
     * {@code visit_by_time} index: one range count per day, so each day follows the site's zone.
     */
    List<Integer> visitsBetween(Handle h, long[] bounds) {
        List<Integer> out = new ArrayList<>(bounds.length - 1);
        for (int i = 0; i + 1 < bounds.length; i++) {
            out.add(h.createQuery("SELECT count(*) FROM visit WHERE checked_in_at >= :from AND checked_in_at < :to"
                            + " AND status IN ('ON_SITE', 'CHECKED_OUT') AND deleted_at IS NULL")
                    .bind("from", bounds[i]).bind("to", bounds[i + 1]).mapTo(Integer.class).one());
        }
        return out;
    }

    /**
     * Held parcels per age band at {@code now}: band i holds those held at least {@code days[i]}
     * whole days and less than {@code days[i + 1]} (the last band has no end), by {@code parcel_by_status}.
     */
    int[] heldByAge(Handle h, long now, int[] days) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < days.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("coalesce(sum(received_at <= ").append(now - days[i] * DAY_MS);
            if (i + 1 < days.length) {
                sql.append(" AND received_at > ").append(now - days[i + 1] * DAY_MS);
            }
            sql.append("), 0)");
        }
        sql.append(" FROM parcel WHERE status = 'HELD' AND deleted_at IS NULL");
        return h.createQuery(sql.toString()).map((rs, c) -> {
            int[] out = new int[days.length];
            for (int i = 0; i < days.length; i++) {
                out[i] = rs.getInt(i + 1);
            }
            return out;
        }).one();
    }
}
