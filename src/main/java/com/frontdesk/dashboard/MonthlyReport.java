package com.frontdesk.dashboard;

import com.frontdesk.complaints.ComplaintFigures;
import java.time.YearMonth;
import java.util.List;

/**
 * The figures a property's year-end summary uses, per category and month, for repairs and for
 * complaints. Each month lists its categories and ends in a total line (category null); the report
 * ends in a line for the whole range (month and category null).
 *
 * @param from the first month, included
 * @param to   the last month, included
 */
public record MonthlyReport(YearMonth from, YearMonth to, List<RepairLine> repairs, List<ComplaintLine> complaints) {

    public MonthlyReport {
        repairs = List.copyOf(repairs);
        complaints = List.copyOf(complaints);
    }

    /**
     * Repairs of one category (or all) in one month (or the range).
     *
     * @param name                the category's name in Settings; null on a total line
     * @param received            taken in the month
     * @param done                completed in the month
     * @param outstanding         pending at the month's end (for the range: at its end)
     * @param medianResponseHours from intake to the first response (dispatch), of those taken in the month
     * @param medianFixHours      from intake to completion, without the time on hold, of those done in the month
     * @param callBacks           call-backs made in the month
     * @param satisfiedRatings    of their four ratings each, how many were very satisfied or satisfied
     */
    public record RepairLine(YearMonth month, String category, String name, int received, int done, int outstanding,
                             Double medianResponseHours, Double medianFixHours, int callBacks,
                             int satisfiedRatings) {
        public boolean total() {
            return category == null;
        }

        /** 0 to 1; null without call-backs. */
        public Double satisfiedShare() {
            return callBacks == 0 ? null : (double) satisfiedRatings / (callBacks * 4);
        }
    }

    /**
     * Complaints of one category (or all) in one month (or the range): the complaint book's own
     * monthly figures, with the medians of the whole month or range on the total lines.
     *
     * @param name the category's name in Settings; null on a total line
     */
    public record ComplaintLine(YearMonth month, String category, String name, ComplaintFigures figures) {
        public boolean total() {
            return category == null;
        }
    }
}
