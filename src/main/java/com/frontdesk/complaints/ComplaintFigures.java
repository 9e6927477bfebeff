package com.frontdesk.complaints;

import java.time.YearMonth;
import java.util.List;

/**
 * One category in one month (in the site's time zone): the numbers the complaint summary needs
 * (ISO 10002's monitoring: how many, how fast, how many founded, how many not accepted).
 *
 * <p>The handling figures ({@code answered} to {@code unfounded}, the medians) are of the cases
 * answered in the month, so their shares compare like with like; a case whose complainant did not
 * accept the answer is counted once per answer, and its continuation is counted in
 * {@code reopened}, not again in {@code received}.
 *
 * @param received                 complaints taken in the month, not counting the cases that carry on a
 *                                 rejected answer
 * @param praise                   praise (赞扬) recorded in the month
 * @param suggestions              suggestions (改进提醒) recorded in the month
 * @param answered                 cases answered in the month
 * @param answeredLate             of those, answered after the resolution due
 * @param firstResponsesLate       of those, acknowledged after the first-response due
 * @param founded                  of those, judged founded (有效)
 * @param unfounded                of those, judged unfounded by the shift lead
 * @param reopened                 answers the complainant did not accept in the month (a new linked case went on)
 * @param closed                   answers accepted in the month
 * @param medianFirstResponseHours the median hours from intake to the first response of those answered;
 *                                 null when none was answered
 * @param medianAnswerHours        the median hours from intake to the answer of those answered; null likewise
 * @param callBacks                call-backs made in the month
 * @param satisfiedRatings         of their four ratings each, how many were very satisfied or satisfied
 */
public record ComplaintFigures(YearMonth month, String category, int received, int praise, int suggestions,
                               int answered, int answeredLate, int firstResponsesLate, int founded, int unfounded,
                               int reopened, int closed, Double medianFirstResponseHours, Double medianAnswerHours,
                               int callBacks, int satisfiedRatings) {

    /** Founded of those answered (0 to 1), null when none was answered. */
    public Double foundedShare() {
        return share(founded, answered);
    }

    /** Answers not accepted of those given in the month (0 to 1), null when none was answered. */
    public Double reopenShare() {
        return share(reopened, answered);
    }

    /** Satisfied of the four ratings of each call-back (0 to 1), null without call-backs. */
    public Double satisfiedShare() {
        return share(satisfiedRatings, callBacks * 4);
    }

    /**
     * The month's total of its categories' rows (category null). The categories' medians do not
     * make the month's, so the total has none.
     */
    public static ComplaintFigures total(YearMonth month, List<ComplaintFigures> rows) {
        int[] sum = new int[12];
        for (ComplaintFigures f : rows) {
            int[] values = {f.received, f.praise, f.suggestions, f.answered, f.answeredLate, f.firstResponsesLate,
                    f.founded, f.unfounded, f.reopened, f.closed, f.callBacks, f.satisfiedRatings};
            for (int i = 0; i < values.length; i++) {
                sum[i] += values[i];
            }
        }
        return new ComplaintFigures(month, null, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7],
                sum[8], sum[9], null, null, sum[10], sum[11]);
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
