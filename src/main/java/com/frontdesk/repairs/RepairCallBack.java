package com.frontdesk.repairs;

import java.time.Instant;

/**
 * A call-back (回访) after a repair was done: the owner's four ratings and the feedback grade.
 * A repair reopened and done again is called back again, so a repair may have several.
 *
 * @param escalated the grade was a grievance or anger: raised to the shift lead
 */
public record RepairCallBack(String id, String repairId, Instant at, String byStaffId, Rating attitude,
                             Rating skill, Rating arrival, Rating promises, FeedbackGrade feedback, String note,
                             boolean escalated) {

    /** Of the four ratings, how many were very satisfied or satisfied. */
    public int satisfiedRatings() {
        int n = 0;
        for (Rating r : new Rating[] {attitude, skill, arrival, promises}) {
            n += r.satisfied() ? 1 : 0;
        }
        return n;
    }
}
