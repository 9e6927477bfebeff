package com.frontdesk.repairs;

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
 * What the repair book adds up to: the figures per category and month a year-end summary needs,
 * and the search's repairs as CSV for head office or a spreadsheet.
 */
public final class RepairReports {
    private final Store store;
    private final AccessControl access;
    private final Supplier<RepairSettings> settings;
    private final RepairLists lists;
    private final RepairFiguresRepository counts = new RepairFiguresRepository();

    public RepairReports(Store store, AccessControl access, Supplier<RepairSettings> settings, RepairLists lists) {
        this.store = store;
        this.access = access;
        this.settings = settings;
        this.lists = lists;
    }

    /**
     * Per month (the site's time zone) and category, from {@code from} to {@code to} included: a
     * row for each category with anything to count, months in order, categories by code.
     */
    public List<RepairFigures> figures(YearMonth from, YearMonth to) {
        return store.read(h -> {
            List<RepairFigures> out = new ArrayList<>();
            for (GroupedFigures.Month m : GroupedFigures.months(from, to, SiteDays.zone(h),
                    "repair.monthsInvalid")) {
                Map<String, Integer> received = counts.receivedPerCategory(h, m.start(), m.end());
                Map<String, Integer> done = counts.donePerCategory(h, m.start(), m.end());
                Map<String, Integer> outstanding = counts.outstandingPerCategory(h, m.end());
                Map<String, Double> median = counts.medianFixMillisPerCategory(h, m.start(), m.end());
                Map<String, int[]> callBacks = counts.callBacksPerCategory(h, m.start(), m.end());
                Set<String> categories = new TreeSet<>(received.keySet());
                categories.addAll(done.keySet());
                categories.addAll(outstanding.keySet());
                categories.addAll(callBacks.keySet());
                for (String c : categories) {
                    int[] cb = callBacks.getOrDefault(c, new int[2]);
                    out.add(new RepairFigures(m.month(), c, received.getOrDefault(c, 0), done.getOrDefault(c, 0),
                            outstanding.getOrDefault(c, 0), GroupedFigures.hours(median.get(c)), cb[0], cb[1]));
                }
            }
            return out;
        });
    }

    /**
     * The search's repairs as CSV (UTF-8 with a BOM), 500 at a time, phones masked; the export is
     * audited with its count.
     */
    public int exportCsv(Session session, RepairFilter filter, OutputStream out, Messages texts) throws IOException {
        access.require(session, Permission.TAKE_REPAIRS);
        RepairCsv csv = new RepairCsv(texts, store.read(SiteDays::zone), settings.get());
        int written = CsvLines.export(out, csv.header(), (Repair after) -> {
            List<RepairItem> page = lists.search(filter, after, RepairLists.MAX_PAGE);
            return new CsvLines.Page<>(csv.lines(page), page.isEmpty() ? null : page.get(page.size() - 1).repair(),
                    page.size());
        });
        store.write(session.actor(), tx -> {
            tx.audit(RepairService.REPAIR, null, "EXPORT", Map.of("repairs", written));
            return null;
        });
        return written;
    }
}
