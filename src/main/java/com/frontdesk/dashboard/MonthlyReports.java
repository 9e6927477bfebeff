package com.frontdesk.dashboard;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintFigures;
import com.frontdesk.complaints.ComplaintReports;
import com.frontdesk.complaints.ComplaintSettings;
import com.frontdesk.core.GroupedFigures;
import com.frontdesk.core.SiteDays;
import com.frontdesk.core.Store;
import com.frontdesk.dashboard.MonthlyReport.ComplaintLine;
import com.frontdesk.dashboard.MonthlyReport.RepairLine;
import com.frontdesk.repairs.RepairFigures;
import com.frontdesk.repairs.RepairReports;
import com.frontdesk.repairs.RepairSettings;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * The monthly report (月度报表): the repair and complaint books' figures per category and month
 * ({@link RepairReports#figures}, {@link ComplaintReports#figures}), with the repairs' response
 * times, a total for each month and one for the whole range. Shift leads and administrators
 * ({@link Permission#VIEW_REPORTS}); the screen shows it and saves it as CSV ({@link MonthlyReportCsv})
 * and PDF ({@link MonthlyReportSheet}).
 */
public final class MonthlyReports {
    private final Store store;
    private final AccessControl access;
    private final RepairReports repairs;
    private final ComplaintReports complaints;
    private final DashboardService.Settings settings;
    private final MonthlyReportRepository repository = new MonthlyReportRepository();

    public MonthlyReports(Store store, AccessControl access, RepairReports repairs, ComplaintReports complaints,
                          DashboardService.Settings settings) {
        this.store = store;
        this.access = access;
        this.repairs = repairs;
        this.complaints = complaints;
        this.settings = settings;
    }

    /** @throws com.frontdesk.core.ValidationException for a range backwards or longer than ten years */
    public MonthlyReport report(Session session, YearMonth from, YearMonth to) {
        access.require(session, Permission.VIEW_REPORTS);
        List<GroupedFigures.Month> months = store.read(h -> GroupedFigures.months(from, to, SiteDays.zone(h),
                "report.monthsInvalid"));
        return new MonthlyReport(from, to, repairLines(months), complaintLines(months));
    }

    private List<RepairLine> repairLines(List<GroupedFigures.Month> months) {
        RepairSettings names = settings.repairs().get();
        Map<YearMonth, List<RepairFigures>> byMonth = repairs.figures(months.get(0).month(),
                months.get(months.size() - 1).month()).stream()
                .collect(Collectors.groupingBy(RepairFigures::month, TreeMap::new, Collectors.toList()));
        List<RepairLine> out = new ArrayList<>();
        List<RepairLine> totals = new ArrayList<>();
        for (GroupedFigures.Month m : months) {
            List<RepairFigures> rows = byMonth.getOrDefault(m.month(), List.of());
            Map<String, Double> response = store.read(h -> repository.repairResponse(h, m.start(), m.end()));
            for (RepairFigures f : rows) {
                out.add(new RepairLine(m.month(), f.category(), names.categoryName(f.category()), f.received(),
                        f.done(), f.outstanding(), GroupedFigures.hours(response.get(f.category())),
                        f.medianFixHours(), f.callBacks(), f.satisfiedRatings()));
            }
            RepairLine total = new RepairLine(m.month(), null, null, sum(rows, RepairFigures::received),
                    sum(rows, RepairFigures::done), sum(rows, RepairFigures::outstanding),
                    GroupedFigures.hours(response.get(MonthlyReportRepository.ALL)),
                    GroupedFigures.hours(store.read(h -> repository.repairFix(h, m.start(), m.end()))),
                    sum(rows, RepairFigures::callBacks), sum(rows, RepairFigures::satisfiedRatings));
            out.add(total);
            totals.add(total);
        }
        long start = months.get(0).start();
        long end = months.get(months.size() - 1).end();
        out.add(new RepairLine(null, null, null, totals.stream().mapToInt(RepairLine::received).sum(),
                totals.stream().mapToInt(RepairLine::done).sum(), totals.get(totals.size() - 1).outstanding(),
                GroupedFigures.hours(store.read(h -> repository.repairResponse(h, start, end))
                        .get(MonthlyReportRepository.ALL)),
                GroupedFigures.hours(store.read(h -> repository.repairFix(h, start, end))),
                totals.stream().mapToInt(RepairLine::callBacks).sum(),
                totals.stream().mapToInt(RepairLine::satisfiedRatings).sum()));
        return out;
    }

    private List<ComplaintLine> complaintLines(List<GroupedFigures.Month> months) {
        ComplaintSettings names = settings.complaints().get();
        Map<YearMonth, List<ComplaintFigures>> byMonth = complaints.figures(months.get(0).month(),
                months.get(months.size() - 1).month()).stream()
                .collect(Collectors.groupingBy(ComplaintFigures::month, TreeMap::new, Collectors.toList()));
        List<ComplaintLine> out = new ArrayList<>();
        List<ComplaintFigures> all = new ArrayList<>();
        for (GroupedFigures.Month m : months) {
            List<ComplaintFigures> rows = byMonth.getOrDefault(m.month(), List.of());
            rows.forEach(f -> out.add(new ComplaintLine(m.month(), f.category(), names.categoryName(f.category()), f)));
            out.add(new ComplaintLine(m.month(), null, null, withMedians(ComplaintFigures.total(m.month(), rows),
                    m.start(), m.end())));
            all.addAll(rows);
        }
        out.add(new ComplaintLine(null, null, null, withMedians(ComplaintFigures.total(null, all),
                months.get(0).start(), months.get(months.size() - 1).end())));
        return out;
    }

    /** A total line with the medians of all its cases together, which the categories' medians do not make. */
    private ComplaintFigures withMedians(ComplaintFigures t, long from, long to) {
        Double first = store.read(h -> repository.complaintFirstResponse(h, from, to));
        Double answer = store.read(h -> repository.complaintAnswer(h, from, to));
        return new ComplaintFigures(t.month(), null, t.received(), t.praise(), t.suggestions(), t.answered(),
                t.answeredLate(), t.firstResponsesLate(), t.founded(), t.unfounded(), t.reopened(), t.closed(),
                GroupedFigures.hours(first), GroupedFigures.hours(answer), t.callBacks(), t.satisfiedRatings());
    }

    private static int sum(List<RepairFigures> rows, ToIntFunction<RepairFigures> value) {
        return rows.stream().mapToInt(value).sum();
    }
}
