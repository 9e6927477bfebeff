package com.frontdesk.settings;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * The desk's shifts. Neighbouring shifts overlap by a few minutes for the handover; during the
 * overlap the shift that started last is the current one.
 */
public record ShiftSchedule(List<Shift> shifts) {
    /** A shift by its message key and its hours; the end may be past midnight. */
    public record Shift(String key, LocalTime start, LocalTime end) {
        boolean covers(LocalTime t) {
            return start.isBefore(end)
                    ? !t.isBefore(start) && t.isBefore(end)
                    : !t.isBefore(start) || t.isBefore(end);
        }

        long minutesSinceStart(LocalTime t) {
            long diff = (t.toSecondOfDay() - start.toSecondOfDay()) / 60;
            return diff < 0 ? diff + 24 * 60 : diff;
        }
    }

    /** The regulations' example: day 07:50–15:00, evening 14:50–22:00, night until the day shift. */
    public static final ShiftSchedule DEFAULT = new ShiftSchedule(List.of(
            new Shift("shift.day", LocalTime.of(7, 50), LocalTime.of(15, 0)),
            new Shift("shift.evening", LocalTime.of(14, 50), LocalTime.of(22, 0)),
            new Shift("shift.night", LocalTime.of(21, 50), LocalTime.of(8, 0))));

    public Shift current(LocalTime time) {
        return shifts.stream()
                .filter(s -> s.covers(time))
                .min(Comparator.comparingLong(s -> s.minutesSinceStart(time)))
                .orElse(shifts.get(0));
    }
}
