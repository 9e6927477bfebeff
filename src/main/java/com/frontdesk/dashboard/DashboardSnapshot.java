package com.frontdesk.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The desk's state at one moment, as the dashboard shows it: the counts of its tiles and the data
 * of its charts. Counts are the same the handover counts ({@code handover.AutoCounts}) and the
 * modules' lists show.
 *
 * @param at                 when it was read
 * @param visitorsOnSite     visitors inside now
 * @param passesOut          temporary passes not yet back at the desk
 * @param parcelsHeld        parcels on the shelves
 * @param parcelsOverdue     of those, held beyond the days for their size
 * @param repairsOpen        repairs neither closed nor cancelled
 * @param repairsOverdue     pending repairs past a deadline
 * @param repairsOnHold      repairs on hold (waiting for a vendor, parts or the owner)
 * @param complaintsOpen     complaints not yet closed
 * @param complaintsOverdue  pending complaints past a deadline
 * @param escalationsWaiting escalated complaints no shift lead has taken notice of
 * @param shift              the workstation desk's shift on duty and its handover
 * @param visitsPerDay       visitors let in per site day, the last {@value DashboardService#DAYS} days, oldest first
 * @param parcelsByAge       parcels held by days on the shelf, youngest band first
 * @param repairsByCategory  per repair category: pending now and done this month
 * @param complaintsByMonth  complaints received per category and month, the last {@value DashboardService#MONTHS}
 *                           months
 * @param satisfaction       the call-backs' ratings over the same months
 */
public record DashboardSnapshot(Instant at, int visitorsOnSite, int passesOut, int parcelsHeld, int parcelsOverdue,
                                int repairsOpen, int repairsOverdue, int repairsOnHold, int complaintsOpen,
                                int complaintsOverdue, int escalationsWaiting, ShiftState shift,
                                List<DayCount> visitsPerDay, List<AgeBand> parcelsByAge,
                                List<CategoryCount> repairsByCategory, List<MonthCount> complaintsByMonth,
                                Satisfaction satisfaction) {

    public DashboardSnapshot {
        visitsPerDay = List.copyOf(visitsPerDay);
        parcelsByAge = List.copyOf(parcelsByAge);
        repairsByCategory = List.copyOf(repairsByCategory);
        complaintsByMonth = List.copyOf(complaintsByMonth);
    }

    /**
     * The workstation desk's shift now and whether its handover is done.
     *
     * @param deskName        the desk's name in Settings → Handover
     * @param shiftName       the shift on duty; null between shifts (a service desk closed at night)
     * @param done            the handover that opened this shift is signed by both sides
     * @param refusalsWaiting refused handovers waiting for a shift lead's countersignature
     */
    public record ShiftState(String deskName, String shiftName, boolean done, int refusalsWaiting) {
        public boolean onShift() {
            return shiftName != null;
        }
    }

    /** Visitors let in on one site day. */
    public record DayCount(LocalDate day, int visits) {
    }

    /**
     * Parcels held for at least {@code fromDays} and less than {@code toDays} whole days.
     *
     * @param toDays null for the last, open band
     */
    public record AgeBand(int fromDays, Integer toDays, int held) {
    }

    /** One repair category: pending now (new, dispatched, in progress, on hold) and done this month. */
    public record CategoryCount(String category, String name, int pending, int doneThisMonth) {
    }

    /** Complaints received in one category and month. */
    public record MonthCount(YearMonth month, String category, String name, int received) {
    }

    /**
     * The call-backs' ratings (four per call-back) and how many were very satisfied or satisfied.
     */
    public record Satisfaction(int repairRatings, int repairSatisfied, int complaintRatings, int complaintSatisfied) {
        public int ratings() {
            return repairRatings + complaintRatings;
        }

        public int satisfied() {
            return repairSatisfied + complaintSatisfied;
        }

        /** 0 to 1; null without call-backs. */
        public Double share() {
            return ratings() == 0 ? null : (double) satisfied() / ratings();
        }
    }
}
