package com.frontdesk.dashboard;

import com.frontdesk.complaints.ComplaintFigures;
import com.frontdesk.core.Messages;
import com.frontdesk.dashboard.MonthlyReport.ComplaintLine;
import com.frontdesk.dashboard.MonthlyReport.RepairLine;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The monthly report's columns as text, the same on screen, in the CSV and on paper: month,
 * category, counts, median hours with one decimal, the satisfied share in whole per cent; blank
 * where there is nothing to measure.
 */
public final class MonthlyReportCells {
    public static final List<String> REPAIR_TITLES = List.of("report.col.month", "report.col.category",
            "report.col.received", "report.col.done", "report.col.outstanding", "report.col.responseHours",
            "report.col.fixHours", "report.col.callBacks", "report.col.satisfied");
    public static final List<String> COMPLAINT_TITLES = List.of("report.col.month", "report.col.category",
            "report.col.received", "report.col.praise", "report.col.suggestions", "report.col.answered",
            "report.col.answeredLate", "report.col.firstResponsesLate", "report.col.founded",
            "report.col.unfounded", "report.col.reopened", "report.col.closed", "report.col.firstResponseHours",
            "report.col.answerHours", "report.col.callBacks", "report.col.satisfied");

    private MonthlyReportCells() {
    }

    public static List<String> repair(RepairLine l, MonthlyReport r, Messages texts) {
        return List.of(month(l.month(), r, texts), category(l.month(), l.name(), texts), n(l.received()),
                n(l.done()), n(l.outstanding()), hours(l.medianResponseHours()), hours(l.medianFixHours()),
                n(l.callBacks()), share(l.satisfiedShare()));
    }

    public static List<String> complaint(ComplaintLine l, MonthlyReport r, Messages texts) {
        ComplaintFigures f = l.figures();
        return List.of(month(l.month(), r, texts), category(l.month(), l.name(), texts), n(f.received()),
                n(f.praise()), n(f.suggestions()), n(f.answered()), n(f.answeredLate()), n(f.firstResponsesLate()),
                n(f.founded()), n(f.unfounded()), n(f.reopened()), n(f.closed()),
                hours(f.medianFirstResponseHours()), hours(f.medianAnswerHours()), n(f.callBacks()),
                share(f.satisfiedShare()));
    }

    /** The month, or the range on the last line ("2026-01 – 2026-12"). */
    static String month(YearMonth month, MonthlyReport r, Messages texts) {
        return month != null ? month.toString() : texts.get("report.range", r.from().toString(), r.to().toString());
    }

    private static String category(YearMonth month, String name, Messages texts) {
        return name != null ? name : texts.get(month != null ? "report.monthTotal" : "report.rangeTotal");
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    static String hours(Double h) {
        return h == null ? "" : String.format(Locale.ROOT, "%.1f", h);
    }

    static String share(Double s) {
        return s == null ? "" : String.format(Locale.ROOT, "%.0f%%", s * 100);
    }
}
