package com.frontdesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Working days across weekends, holidays and adjusted working days. The fixture is the 2026
 * National Day week as the official calendar arranges it: 1–7 October off (a Thursday to the next
 * Wednesday), with Sunday 20 September and Saturday 10 October worked instead; and the Mid-Autumn
 * Festival, Friday 25 to Sunday 27 September.
 */
class WorkCalendarTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Set<LocalDate> HOLIDAYS = day(10, 1).datesUntil(day(10, 8))
            .collect(Collectors.toSet());
    private static final WorkCalendar NATIONAL_DAY_2026 = new WorkCalendar(
            union(HOLIDAYS, day(9, 25).datesUntil(day(9, 28)).collect(Collectors.toSet())),
            Set.of(day(9, 20), day(10, 10)));

    @Test
    void weekdaysAreWorkedAndWeekendsAreNot() {
        WorkCalendar c = WorkCalendar.WEEKENDS_ONLY;
        assertThat(c.isWorkingDay(day(11, 20))).as("Friday").isTrue();
        assertThat(c.isWorkingDay(day(11, 21))).as("Saturday").isFalse();
        assertThat(c.isWorkingDay(day(11, 22))).as("Sunday").isFalse();
        assertThat(c.isWorkingDay(day(11, 23))).as("Monday").isTrue();
    }

    @Test
    void aHolidayIsOffEvenOnAWeekdayAndAnAdjustedWorkingDayIsWorkedEvenAtAWeekend() {
        assertThat(NATIONAL_DAY_2026.isWorkingDay(day(10, 1))).as("Thursday, National Day").isFalse();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(day(10, 7))).as("Wednesday, still off").isFalse();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(day(10, 10))).as("Saturday, worked").isTrue();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(day(9, 20))).as("Sunday, worked").isTrue();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(day(10, 11))).as("Sunday").isFalse();
        assertThat(NATIONAL_DAY_2026.isWorkingDay(day(10, 8))).as("Thursday after").isTrue();
    }

    @Test
    void theDayCountedFromNeverCountsItself() {
        WorkCalendar c = WorkCalendar.WEEKENDS_ONLY;
        assertThat(c.addWorkingDays(day(11, 23), 1)).as("Monday + 1").isEqualTo(day(11, 24));
        assertThat(c.addWorkingDays(day(11, 20), 1)).as("Friday + 1").isEqualTo(day(11, 23));
        assertThat(c.addWorkingDays(day(11, 21), 1)).as("Saturday + 1")
                .isEqualTo(day(11, 23));
        assertThat(c.addWorkingDays(day(11, 23), 7)).as("Monday + 7: Wednesday of next week")
                .isEqualTo(day(12, 2));
    }

    @Test
    void sevenWorkingDaysAcrossTheNationalDayWeek() {
        LocalDate wednesdayBefore = day(9, 30);

        // 8 Thu, 9 Fri, 10 Sat (adjusted), 12 Mon, 13 Tue, 14 Wed, 15 Thu; 1–7 and Sunday 11 are off.
        assertThat(NATIONAL_DAY_2026.addWorkingDays(wednesdayBefore, 1)).isEqualTo(day(10, 8));
        assertThat(NATIONAL_DAY_2026.addWorkingDays(wednesdayBefore, 3)).isEqualTo(day(10, 10));
        assertThat(NATIONAL_DAY_2026.addWorkingDays(wednesdayBefore, 4)).isEqualTo(day(10, 12));
        assertThat(NATIONAL_DAY_2026.addWorkingDays(wednesdayBefore, 7)).isEqualTo(day(10, 15));
        assertThat(WorkCalendar.WEEKENDS_ONLY.addWorkingDays(wednesdayBefore, 7)).as("without the holidays")
                .isEqualTo(day(10, 9));

        // Friday 18 September: the next working day is the Sunday worked instead.
        assertThat(NATIONAL_DAY_2026.addWorkingDays(day(9, 18), 1)).isEqualTo(day(9, 20));
    }

    @Test
    void workingDaysBetweenTwoDaysCountTheEndButNotTheStart() {
        LocalDate wednesdayBefore = day(9, 30);
        assertThat(NATIONAL_DAY_2026.workingDaysAfter(wednesdayBefore, day(10, 15))).isEqualTo(7);
        assertThat(NATIONAL_DAY_2026.workingDaysAfter(wednesdayBefore, day(10, 7))).isZero();
        assertThat(NATIONAL_DAY_2026.workingDaysAfter(wednesdayBefore, wednesdayBefore)).isZero();
        assertThat(NATIONAL_DAY_2026.workingDaysAfter(day(10, 15), wednesdayBefore))
                .as("backwards").isZero();
        assertThat(WorkCalendar.WEEKENDS_ONLY.workingDaysAfter(day(1, 1), LocalDate.of(2027, 1, 1)))
                .as("the weekdays of 2026 after New Year's Day, and Friday 1 January 2027").isEqualTo(261);
    }

    /** The counting by whole weeks must agree with walking day by day, around every day of the fixture. */
    @Test
    void countingAndAddingAgreeOnEveryStartingDay() {
        for (LocalDate from = day(8, 20); from.isBefore(day(11, 1)); from = from.plusDays(1)) {
            for (int n = 1; n <= 30; n++) {
                LocalDate due = NATIONAL_DAY_2026.addWorkingDays(from, n);
                assertThat(NATIONAL_DAY_2026.workingDaysAfter(from, due)).as("%s + %d = %s", from, n, due).isEqualTo(n);
                assertThat(NATIONAL_DAY_2026.workingDaysAfter(from, due.minusDays(1))).isEqualTo(n - 1);
                assertThat(NATIONAL_DAY_2026.isWorkingDay(due)).isTrue();
            }
        }
    }

    @Test
    void theDeadlineIsTheEndOfTheLastWorkingDayInTheSitesZone() {
        Instant wednesdayMorning = Instant.parse("2026-09-30T02:15:00Z");   // 10:15 in Shanghai

        assertThat(NATIONAL_DAY_2026.dueAfter(wednesdayMorning, 7, SHANGHAI))
                .as("midnight after Thursday 15 October in Shanghai")
                .isEqualTo(Instant.parse("2026-10-15T16:00:00Z"));

        // 00:30 on 1 October in Shanghai is still 30 September in UTC: the site's day is what counts.
        Instant justAfterMidnight = Instant.parse("2026-09-30T16:30:00Z");
        assertThat(NATIONAL_DAY_2026.dueAfter(justAfterMidnight, 1, SHANGHAI))
                .isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
        assertThat(NATIONAL_DAY_2026.dueAfter(justAfterMidnight, 1, ZoneId.of("UTC")))
                .isEqualTo(Instant.parse("2026-10-09T00:00:00Z"));
    }

    @Test
    void aCalendarWithoutWorkingDaysStopsWithAClearMessageInsteadOfSearchingForever() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        WorkCalendar allOff =
                new WorkCalendar(start.datesUntil(start.plusYears(4)).collect(Collectors.toSet()), Set.of());

        assertThatThrownBy(() -> allOff.addWorkingDays(start, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only 0 of 1 working days")
                .hasMessageContaining("2027-01-01");
        assertThatThrownBy(() -> allOff.dueAfter(Instant.parse("2027-01-01T02:00:00Z"), 7, SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(allOff.workingDaysAfter(start, start.plusYears(2))).isZero();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> WorkCalendar.WEEKENDS_ONLY.addWorkingDays(day(11, 23), 0))
                .isInstanceOf(IllegalArgumentException.class);
        LocalDate day = day(10, 10);
        assertThatThrownBy(() -> new WorkCalendar(Set.of(day), Set.of(day)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-10-10");
    }

    /** A day of 2026. */
    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private static Set<LocalDate> union(Set<LocalDate> a, Set<LocalDate> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
