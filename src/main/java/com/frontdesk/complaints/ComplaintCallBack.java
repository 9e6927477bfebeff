package com.frontdesk.complaints;

import com.frontdesk.repairs.FeedbackGrade;
import com.frontdesk.repairs.Rating;
import java.time.Instant;

/** The call-back after a case was closed: the same four ratings and feedback grade as for repairs. */
public record ComplaintCallBack(String id, String complaintId, Instant at, String byStaffId, Rating attitude,
                                Rating skill, Rating arrival, Rating promises, FeedbackGrade feedback, String note) {

    /** Of the four ratings, how many were very satisfied or satisfied. */
    public int satisfiedRatings() {
        int n = 0;
        for (Rating r : new Rating[] {attitude, skill, arrival, promises}) {
            n += r.satisfied() ? 1 : 0;
        }
        return n;
    }
}
