package com.frontdesk.repairs;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Messages;
import com.frontdesk.core.Store;
import com.frontdesk.core.Validation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
    static final int MAX_FIGURE_MONTHS = 120;

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
        new Validation().check(from != null && to != null && !from.isAfter(to)
                                && ChronoUnit.MONTHS.between(from, to) < MAX_FIGURE_MONTHS, "months",
                        "repair.monthsInvalid", MAX_FIGURE_MONTHS)
                .throwIfAny();
        return store.read(h -> {
            ZoneId zone = RepairLists.zone(h);
            List<RepairFigures> out = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                long start = RepairLists.startOf(m.atDay(1), zone);
                long end = RepairLists.startOf(m.plusMonths(1).atDay(1), zone);
                Map<String, Integer> received = counts.receivedPerCategory(h, start, end);
                Map<String, Integer> done = counts.donePerCategory(h, start, end);
                Map<String, Integer> outstanding = counts.outstandingPerCategory(h, end);
                Map<String, Double> median = counts.medianFixMillisPerCategory(h, start, end);
                Map<String, int[]> callBacks = counts.callBacksPerCategory(h, start, end);
                Set<String> categories = new TreeSet<>(received.keySet());
                categories.addAll(done.keySet());
                categories.addAll(outstanding.keySet());
                categories.addAll(callBacks.keySet());
                for (String c : categories) {
                    int[] cb = callBacks.getOrDefault(c, new int[2]);
                    Double ms = median.get(c);
                    out.add(new RepairFigures(m, c, received.getOrDefault(c, 0), done.getOrDefault(c, 0),
                            outstanding.getOrDefault(c, 0), ms == null ? null : ms / 3_600_000d, cb[0], cb[1]));
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
        RepairCsv csv = new RepairCsv(texts, store.read(RepairLists::zone), settings.get());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(csv.header());
        int count = 0;
        Repair after = null;
        while (true) {
            List<RepairItem> page = lists.search(filter, after, RepairLists.MAX_PAGE);
            if (page.isEmpty()) {
                break;
            }
            writer.write(csv.lines(page));
            count += page.size();
            after = page.get(page.size() - 1).repair();
        }
        writer.flush();
        int written = count;
        store.write(session.actor(), tx -> {
            tx.audit(RepairService.REPAIR, null, "EXPORT", Map.of("repairs", written));
            return null;
        });
        return count;
    }
}
