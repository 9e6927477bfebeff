package com.frontdesk.core;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days as a Chinese site counts them: Monday to Friday, except the public holidays, plus
 * the official adjusted working days (调休上班, usually a Saturday or Sunday next to a long holiday).
 * The site types both lists from the calendar the State Council publishes each year; nothing here
 * knows a year's holidays by itself.
 *
 * @param holidays days off, whatever day of the week they fall on
 * @param workdays adjusted working days, worked even at a weekend; never also a holiday
 */
public record WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
    /** Mondays to Fridays are worked, weekends are not, and there are no holidays. */
    public static final WorkCalendar WEEKENDS_ONLY = new WorkCalendar(Set.of(), Set.of());

    /**
     * How far a search for a working day may run. A deadline is weeks away at most; a calendar that
     * finds none in three years is wrong (every day typed as a holiday), and an endless search would
     * hang the desk instead of saying so.
     */
    static final int SEARCH_DAYS = 3 * 366;

    public WorkCalendar {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        workdays = workdays == null ? Set.of() : Set.copyOf(workdays);
        Set<LocalDate> both = new HashSet<>(holidays);
        both.retainAll(workdays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("a day cannot be both a holiday and an adjusted working day: " + both);
        }
    }

    public boolean isWorkingDay(LocalDate d) {
        if (workdays.contains(d)) {
            return true;
        }
        return !holidays.contains(d) && !isWeekend(d);
    }

    /**
     * The n-th working day after {@code from}; {@code from} itself never counts, working day or not.
     *
     * @throws IllegalArgumentException if n is below 1, or the calendar has no n-th working day within
     *                                  {@value #SEARCH_DAYS} days
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("count at least 1 working day, not " + n);
        }
        LocalDate d = from;
        int found = 0;
        for (int step = 1; step <= SEARCH_DAYS; step++) {
            d = d.plusDays(1);
            if (isWorkingDay(d) && ++found == n) {
                return d;
            }
        }
        throw new IllegalArgumentException("only " + found + " of " + n + " working days in the " + SEARCH_DAYS
                + " days after " + from + ": the calendar has too few working days (is every day a holiday?)");
    }

    /**
     * The working days in {@code (from, to]}: 0 when {@code to} is not after {@code from}. Counted
     * from whole weeks and the two lists rather than day by day, so a range of years costs nothing.
     */
    public int workingDaysAfter(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long count = weekdaysBefore(to.plusDays(1)) - weekdaysBefore(from.plusDays(1));
        for (LocalDate h : holidays) {
            if (h.isAfter(from) && !h.isAfter(to) && !isWeekend(h)) {
                count--;
            }
        }
        for (LocalDate w : workdays) {
            if (w.isAfter(from) && !w.isAfter(to) && isWeekend(w)) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }

    /**
     * The deadline "within n working days" of something received at {@code received}: the end of the
     * n-th working day after the day it was received in {@code zone}, given as the first instant of
     * the following calendar day. The day of receipt never counts, even when it is a working day
     * received in the early morning: the desk promises whole days, as the complaint rules say.
     */
    public Instant dueAfter(Instant received, int workingDays, ZoneId zone) {
        LocalDate day = received.atZone(zone).toLocalDate();
        return addWorkingDays(day, workingDays).plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek dow = d.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /** Mondays to Fridays before {@code d}, counted from Monday 1969-12-29 (negative before it). */
    private static long weekdaysBefore(LocalDate d) {
        long days = d.toEpochDay() + 3;   // 1970-01-01 was a Thursday
        return Math.floorDiv(days, 7) * 5 + Math.min(Math.floorMod(days, 7), 5);
    }
}
