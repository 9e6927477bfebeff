package com.frontdesk.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A time on a list or a timeline, in the site's zone: "11-23 08:40" this year; a time of another
 * year says which ("2025-12-01 08:40"), so last winter's case is not read as this one's.
 */
public final class ShortTime {
    /** The width a column of these times needs, for {@link Tables#fit}. */
    public static final String SAMPLE = "11-23 08:00";
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY_THIS_YEAR = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter DAY_OTHER_YEAR = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final ZoneId zone;
    private final Clock clock;

    public ShortTime(UiContext ctx) {
        this.zone = ctx.workstation().sites().zone();
        this.clock = ctx.workstation().clock();
    }

    /** Empty for no time. */
    public String format(Instant at) {
        return at == null ? "" : (thisYear(at) ? THIS_YEAR : OTHER_YEAR).format(at.atZone(zone));
    }

    /** The day alone ("11-23"), for a deadline counted in whole days. */
    public String day(Instant at) {
        return at == null ? "" : (thisYear(at) ? DAY_THIS_YEAR : DAY_OTHER_YEAR).format(at.atZone(zone));
    }

    private boolean thisYear(Instant at) {
        return at.atZone(zone).getYear() == ZonedDateTime.now(clock.withZone(zone)).getYear();
    }
}
