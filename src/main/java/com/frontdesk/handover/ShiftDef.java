package com.frontdesk.handover;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** A shift of a desk; the end may be past midnight (the night shift). Neighbouring shifts overlap for the handover. */
public record ShiftDef(String code, String name, LocalTime start, LocalTime end) {

    /**
     * When this shift last began at or before {@code now} (site time). A night shift that began at
     * 21:50 is still the one that began yesterday at 03:00, so "today's night shift" must not be
     * looked up by today's date after midnight.
     */
    public LocalDateTime lastStart(LocalDateTime now) {
        LocalDateTime today = now.toLocalDate().atTime(start);
        return today.isAfter(now) ? today.minusDays(1) : today;
    }
}
