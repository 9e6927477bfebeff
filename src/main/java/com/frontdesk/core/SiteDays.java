package com.frontdesk.core;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jdbi.v3.core.Handle;

/**
 * The site's days as the lists' date filters mean them: a day starts at midnight in the site's
 * time zone, and "to" includes the whole of its day.
 */
public final class SiteDays {
    private SiteDays() {
    }

    /** The site's zone, read in the caller's transaction; the machine's before a site exists. */
    public static ZoneId zone(Handle h) {
        return h.createQuery("SELECT zone_id FROM site").mapTo(String.class).findOne()
                .map(ZoneId::of).orElse(ZoneId.systemDefault());
    }

    /** Epoch milliseconds at the start of {@code day}; null for no bound. */
    public static Long from(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** Epoch milliseconds at the end of {@code day} (the next day's start, excluded); null for no bound. */
    public static Long to(LocalDate day, ZoneId zone) {
        return day == null ? null : from(day.plusDays(1), zone);
    }
}
