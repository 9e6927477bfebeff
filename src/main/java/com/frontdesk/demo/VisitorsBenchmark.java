package com.frontdesk.demo;

import com.frontdesk.Workstation;
import com.frontdesk.core.Actor;
import com.frontdesk.settings.SiteSecrets;
import com.frontdesk.visitors.HistoryFilter;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitForm;
import com.frontdesk.visitors.VisitStatus;
import com.frontdesk.visitors.VisitorBulkLoader;
import com.frontdesk.visitors.VisitorService;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The visitor register at scale: N visits over five years, then the lists and look-ups of the
 * visitors screen, the handover's counts, and a check-in and a check-out saved through the
 * service.
 */
final class VisitorsBenchmark implements Benchmark.Section {
    static final int YEARS = 5;
    static final int PAGE = 50;
    private static final int PROGRESS_EVERY = 100_000;

    @Override
    public String title() {
        return "Visitors";
    }

    @Override
    public String describe(Benchmark.Options options) {
        return String.format(Locale.ROOT, "%,d generated visits over %d years and today (seed %d)", options.visits(),
                YEARS, options.seed());
    }

    @Override
    public void generate(Workstation ws, Benchmark.Options options, PrintStream out) {
        int[] reported = {0};
        VisitorBulkLoader.Summary s = new VisitorBulkLoader(ws.store(), new SiteSecrets(ws.store()).visitorIdSalt())
                .loadExactly(Actor.SYSTEM, options.visits(), YEARS, options.seed(), stored -> {
                    if (stored - reported[0] >= PROGRESS_EVERY) {
                        reported[0] = stored;
                        out.printf(Locale.ROOT, "  %,d visits stored%n", stored);
                    }
                });
        out.printf(Locale.ROOT, "Generated %,d visits over %,d days (%s to %s) in %.1f s; today %d on site, %d waiting.%n",
                s.visits(), s.days(), s.firstDay(), s.lastDay(), s.took().toMillis() / 1000.0, s.onSite(), s.waiting());
    }

    private static HistoryFilter search(String query) {
        return new HistoryFilter(null, null, null, null, null, query);
    }

    @Override
    public List<Benchmark.Operation> operations(Benchmark.Services services) {
        VisitorService visitors = services.visitors();
        // Subjects picked from the generated data through the same API (up to yesterday, so the
        // visits an earlier bench run saved do not count): the latest visit's host room, name,
        // number and plate, a courier who comes every day, a week and a month a year back.
        LocalDate today = LocalDate.now(services.ws().clock().withZone(services.zone()));
        List<Visit> newest = visitors.history(new HistoryFilter(null, today.minusDays(1), null, null, null), null, PAGE);
        Visit lastOfFirstPage = visitors.history(HistoryFilter.ALL, null, PAGE).stream()
                .reduce((first, second) -> second).orElse(null);
        String room = newest.stream().map(Visit::hostRoomId).filter(Objects::nonNull).findFirst().orElse(null);
        String name = newest.isEmpty() ? "王伟" : newest.get(0).visitorName();
        String number = newest.isEmpty() ? "FK-20260101-0001" : newest.get(0).number();
        String plate = newest.stream().map(Visit::plate).filter(Objects::nonNull).findFirst().orElse("京A12345");
        String regular = visitors.history(new HistoryFilter(null, null, Purpose.DELIVERY, null, null), null, 200)
                .stream().map(Visit::phone).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("13800000000");
        LocalDate yearAgo = today.minusYears(1);
        HistoryFilter week = new HistoryFilter(yearAgo, yearAgo.plusDays(6), null, null, null);
        HistoryFilter contractorsMonth = new HistoryFilter(yearAgo.minusMonths(1), yearAgo, Purpose.CONTRACTOR, null, null);
        Deque<Visit> inside = new ArrayDeque<>();
        int[] saved = {0};

        long page = Benchmark.PAGE_TARGET_MS;
        long read = Benchmark.READ_TARGET_MS;
        return List.of(
                Benchmark.Operation.read("on-site list, first page", page, s -> s.visitors().onSite(null, PAGE)),
                Benchmark.Operation.read("waiting list, first page", page, s -> s.visitors().waiting(null, PAGE)),
                Benchmark.Operation.read("history, first page", page,
                        s -> s.visitors().history(HistoryFilter.ALL, null, PAGE))
                        .against(s -> SiteAtScale.naive(s, "SELECT id FROM visit NOT INDEXED WHERE deleted_at IS NULL "
                                + "ORDER BY checked_in_at DESC, id DESC LIMIT 50")),
                Benchmark.Operation.read("history, next page (keyset)", page,
                        s -> s.visitors().history(HistoryFilter.ALL, lastOfFirstPage, PAGE)),
                Benchmark.Operation.read("history by purpose (interview)", page,
                        s -> s.visitors().history(new HistoryFilter(null, null, Purpose.INTERVIEW, null, null), null, PAGE)),
                Benchmark.Operation.read("history by status (turned away)", page,
                        s -> s.visitors().history(new HistoryFilter(null, null, null, VisitStatus.REFUSED, null), null, PAGE)),
                Benchmark.Operation.read("history by host room", page,
                        s -> s.visitors().history(new HistoryFilter(null, null, null, null, room), null, PAGE)),
                Benchmark.Operation.read("history by date range (a week)", page,
                        s -> s.visitors().history(week, null, PAGE)),
                Benchmark.Operation.read("history by purpose and dates (a month)", page,
                        s -> s.visitors().history(contractorsMonth, null, PAGE)),
                // Two filters with few matches: the worst case of a list page.
                Benchmark.Operation.read("history by purpose and outcome (sales, checked out)", page,
                        s -> s.visitors().history(new HistoryFilter(null, null, Purpose.SALES, VisitStatus.CHECKED_OUT,
                                null), null, PAGE)),
                Benchmark.Operation.read("history by purpose and outcome (visit, waiting)", page,
                        s -> s.visitors().history(new HistoryFilter(null, null, Purpose.VISIT, VisitStatus.WAITING,
                                null), null, PAGE)),
                Benchmark.Operation.read("history search: visit number", page,
                        s -> s.visitors().history(search(number), null, PAGE)),
                Benchmark.Operation.read("history search: last 4 digits of a phone", page,
                        s -> s.visitors().history(search(regular.substring(regular.length() - 4)), null, PAGE)),
                Benchmark.Operation.read("history search: whole phone (daily courier)", page,
                        s -> s.visitors().history(search(regular), null, PAGE)),
                Benchmark.Operation.read("history search: plate", page,
                        s -> s.visitors().history(search(plate), null, PAGE)),
                Benchmark.Operation.read("history search: surname (王)", page,
                        s -> s.visitors().history(search("王"), null, PAGE)),
                Benchmark.Operation.read("history search: full name", page,
                        s -> s.visitors().history(search(name), null, PAGE)),
                Benchmark.Operation.read("returning visitor by phone (daily courier)", read,
                        s -> s.visitors().lastDetails(regular)),
                Benchmark.Operation.read("visitor by phone (new, no match)", read,
                        s -> s.visitors().lastDetails("19912340000")),
                Benchmark.Operation.read("returning visitor by name", read,
                        s -> s.visitors().lastDetailsByName(name, 10)),
                Benchmark.Operation.read("count on site", read, s -> s.visitors().countOnSite()),
                Benchmark.Operation.read("count passes out", read, s -> s.visitors().countPassesOut()),
                Benchmark.Operation.read("passes out (list)", read, s -> s.visitors().passesOut()),
                Benchmark.Operation.read("everyone inside (roll call)", read, s -> s.visitors().everyoneInside()),
                Benchmark.Operation.write("check-in, saved", Benchmark.WRITE_TARGET_MS, s -> {
                    saved[0]++;
                    VisitForm form = VisitForm.of("测试访客" + saved[0], Purpose.VISIT, room, Verification.CONFIRMED)
                            .withPhone("13800138000");
                    Visit v = s.visitors().checkIn(s.desk(), room == null ? form.withHost(null, null, "物业管理处") : form);
                    inside.push(v);
                    return v;
                }),
                Benchmark.Operation.write("check-out by number, saved", Benchmark.WRITE_TARGET_MS,
                        s -> s.visitors().checkOut(s.desk(), inside.pop().number())));
    }
}
