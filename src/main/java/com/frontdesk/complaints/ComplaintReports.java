package com.frontdesk.complaints;

import com.frontdesk.core.SiteDays;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.CsvLines;
import com.frontdesk.core.GroupedFigures;
import com.frontdesk.core.Messages;
import com.frontdesk.core.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What the complaint book adds up to: the figures per category and month (how many, how fast, how
 * many founded, how many answers not accepted, how satisfied at the call-back), and the search's
 * cases as CSV. The overdue report is {@link ComplaintLists#overdue}.
 */
public final class ComplaintReports {
    private final Store store;
    private final AccessControl access;
    private final Supplier<ComplaintSettings> settings;
    private final ComplaintLists lists;
    private final ComplaintFiguresRepository counts = new ComplaintFiguresRepository();

    public ComplaintReports(Store store, AccessControl access, Supplier<ComplaintSettings> settings,
                            ComplaintLists lists) {
        this.store = store;
        this.access = access;
        this.settings = settings;
        this.lists = lists;
    }

    /**
     * Per month (the site's time zone) and category code, from {@code from} to {@code to} included:
     * a row for each category with anything to count, months in order, categories by code.
     */
    public List<ComplaintFigures> figures(YearMonth from, YearMonth to) {
        return store.read(h -> {
            List<ComplaintFigures> out = new ArrayList<>();
            for (GroupedFigures.Month m : GroupedFigures.months(from, to, SiteDays.zone(h),
                    "complaint.monthsInvalid")) {
                Map<String, int[]> received = counts.receivedPerCategory(h, m.start(), m.end());
                Map<String, int[]> answered = counts.answeredPerCategory(h, m.start(), m.end());
                Map<String, int[]> ended = counts.endedPerCategory(h, m.start(), m.end());
                Map<String, Double> firstResponse = counts.medianFirstResponseMillis(h, m.start(), m.end());
                Map<String, Double> answer = counts.medianAnswerMillis(h, m.start(), m.end());
                Map<String, int[]> callBacks = counts.callBacksPerCategory(h, m.start(), m.end());
                Set<String> categories = new TreeSet<>(received.keySet());
                categories.addAll(answered.keySet());
                categories.addAll(ended.keySet());
                categories.addAll(callBacks.keySet());
                for (String c : categories) {
                    int[] r = received.getOrDefault(c, new int[3]);
                    int[] a = answered.getOrDefault(c, new int[5]);
                    int[] e = ended.getOrDefault(c, new int[2]);
                    int[] cb = callBacks.getOrDefault(c, new int[2]);
                    out.add(new ComplaintFigures(m.month(), c, r[0], r[1], r[2], a[0], a[1], a[2], a[3], a[4], e[0],
                            e[1], GroupedFigures.hours(firstResponse.get(c)), GroupedFigures.hours(answer.get(c)),
                            cb[0], cb[1]));
                }
            }
            return out;
        });
    }

    /**
     * The search's cases as CSV (UTF-8 with a BOM), 500 at a time, phones masked; the export is
     * audited with its count.
     */
    public int exportCsv(Session session, ComplaintFilter filter, OutputStream out, Messages texts)
            throws IOException {
        access.require(session, Permission.TAKE_COMPLAINTS);
        ComplaintCsv csv = new ComplaintCsv(texts, store.read(SiteDays::zone), settings.get());
        int count = CsvLines.export(out, csv.header(), (Complaint after) -> {
            List<ComplaintItem> page = lists.search(filter, after, ComplaintLists.MAX_PAGE);
            return new CsvLines.Page<>(csv.lines(page), page.isEmpty() ? null : page.get(page.size() - 1).complaint(),
                    page.size());
        });
        store.write(session.actor(), tx -> {
            tx.audit(ComplaintService.COMPLAINT, null, "EXPORT", Map.of("complaints", count));
            return null;
        });
        return count;
    }
}
