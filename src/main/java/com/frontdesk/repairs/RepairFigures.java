package com.frontdesk.repairs;

import java.time.YearMonth;

/**
 * One category in one month (in the site's time zone): the numbers a year-end summary needs.
 *
 * @param received         repairs taken in the month
 * @param done             repairs completed in the month (the last completion, for one reopened)
 * @param outstanding      repairs neither done nor cancelled at the month's end, whenever taken
 * @param medianFixHours   the median time from intake to completion of those done, without the
 *                         time on hold; null when none was done
 * @param callBacks        call-backs made in the month
 * @param satisfiedRatings of their four ratings each, how many were very satisfied or satisfied
 */
public record RepairFigures(YearMonth month, String category, int received, int done, int outstanding,
                            Double medianFixHours, int callBacks, int satisfiedRatings) {

    /** Four per call-back: attitude, skill, arrival time, promises kept. */
    public int ratings() {
        return callBacks * 4;
    }

    /** The share of satisfied ratings (0 to 1), null without call-backs. */
    public Double satisfiedShare() {
        return callBacks == 0 ? null : (double) satisfiedRatings / ratings();
    }
}
