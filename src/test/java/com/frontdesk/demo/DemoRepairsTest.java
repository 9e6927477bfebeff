package com.frontdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Session;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.repairs.Repair;
import com.frontdesk.repairs.RepairAction;
import com.frontdesk.repairs.RepairBulkLoader;
import com.frontdesk.repairs.RepairFigures;
import com.frontdesk.repairs.RepairForm;
import com.frontdesk.repairs.RepairItem;
import com.frontdesk.repairs.RepairPriority;
import com.frontdesk.repairs.RepairSettings;
import com.frontdesk.repairs.RepairStatus;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.SqlRows;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code demo-data}'s repair book: a year of repairs a desk would recognise (stored, so every row
 * keeps the table's checks), timelines that follow the transition table step by step, call-backs
 * with their escalations, recent repairs in every status with some overdue and some waiting for a
 * manufacturer, and numbering the program carries on. Run on a Wednesday afternoon in the heating
 * season and on a summer morning.
 */
class DemoRepairsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String REPAIRS = "SELECT * FROM repair ORDER BY number";
    private static final String EVENTS = "SELECT * FROM repair_event ORDER BY repair_id, at, id";
    private static final String CALL_BACKS = "SELECT * FROM repair_callback ORDER BY repair_id, at, id";
    /** Rooms, people and staff get random ids per site; the rest of a repair book is the seed's. */
    private static final Set<String> PER_SITE_IDS = Set.of("room_id", "occupant_id", "reported_by",
            "assignee_staff_id", "by_staff_id");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T07:00:00Z", "2026-07-16T01:30:00Z"})
    void demoDataFillsAYearOfRepairsThatFollowTheFlow(String at) {
        MutableClock clock = new MutableClock(Instant.parse(at));
        Instant now = clock.instant();
        LocalDate today = now.atZone(SHANGHAI).toLocalDate();
        try (Workstation ws = Workstation.open(new DataDirectory(temp.resolve("demo")), clock)) {
            RepairBulkLoader.Summary summary = new DemoData(ws).create().repairs();
            Path db = ws.dataDirectory().database();
            List<Map<String, Object>> repairs = SqlRows.query(db, REPAIRS);
            System.out.printf("demo repairs at %s: %s%n", at, summary);
            assertThat(repairs).hasSize(summary.repairs());
            assertThat(summary.firstDay()).isEqualTo(today.minusDays(DemoData.DEMO_REPAIR_DAYS));

            perDay(repairs, today);
            timelines(repairs, group(SqlRows.query(db, EVENTS)), group(SqlRows.query(db, CALL_BACKS)), now);
            mix(repairs, summary);
            places(db);
            service(ws, today);
            numbers(ws, db, repairs, today);
        }
    }

    @Test
    void theSameSeedAndClockGiveTheSameRepairBook() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T07:00:00Z"));
        List<List<Map<String, Object>>> first = book(clock, "a");
        assertThat(first.get(0)).hasSizeGreaterThan(300);
        assertThat(book(clock, "b")).isEqualTo(first);
    }

    /** A site and 60 days of repairs; the rows without the ids of rooms, people and staff (random per site). */
    private List<List<Map<String, Object>>> book(MutableClock clock, String folder) {
        try (Workstation ws = Workstation.open(new DataDirectory(temp.resolve(folder)), clock)) {
            DemoData demo = new DemoData(ws);
            demo.createSite();
            new DemoRepairs(ws).create(demo.signIn(DemoData.STAFF.get(0)), 60);
            Path db = ws.dataDirectory().database();
            return Stream.of(REPAIRS, EVENTS, CALL_BACKS, "SELECT id, signer_name, sha256 FROM signature ORDER BY id")
                    .map(sql -> {
                        List<Map<String, Object>> table = SqlRows.query(db, sql);
                        table.forEach(r -> r.keySet().removeAll(PER_SITE_IDS));
                        return table;
                    }).toList();
        }
    }

    /** 365 whole days before today at 6–10 a day (a few more when the heating comes on), none in the future. */
    private static void perDay(List<Map<String, Object>> repairs, LocalDate today) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        repairs.forEach(r -> perDay.merge(siteDay(r.get("reported_at")), 1, Integer::sum));
        for (LocalDate d = today.minusDays(DemoData.DEMO_REPAIR_DAYS); d.isBefore(today); d = d.plusDays(1)) {
            assertThat(perDay.getOrDefault(d, 0)).as("repairs on %s", d).isBetween(6, 12);
        }
        assertThat(perDay.keySet()).allMatch(d -> !d.isBefore(today.minusDays(DemoData.DEMO_REPAIR_DAYS))
                && !d.isAfter(today));
    }

    /**
     * Every timeline starts with the intake and takes only steps the table allows, strictly later each
     * time and never after now, and ends where the row stands; the row's times, holds, call-backs and
     * escalation agree with it.
     */
    private static void timelines(List<Map<String, Object>> repairs, Map<Object, List<Map<String, Object>>> events,
                                  Map<Object, List<Map<String, Object>>> callBacks, Instant now) {
        for (Map<String, Object> r : repairs) {
            List<Map<String, Object>> steps = events.get(r.get("id"));
            Map<String, Object> take = steps.get(0);
            assertThat(take.get("action")).isEqualTo("TAKE");
            assertThat(take.get("at")).isEqualTo(r.get("reported_at"));
            long held = 0;
            for (int i = 1; i < steps.size(); i++) {
                Map<String, Object> before = steps.get(i - 1);
                Map<String, Object> step = steps.get(i);
                RepairAction action = RepairAction.valueOf((String) step.get("action"));
                RepairStatus from = RepairStatus.valueOf((String) before.get("to_status"));
                assertThat(action.allowedFrom(from)).as("%s %s from %s", r.get("number"), action, from).isTrue();
                assertThat(step.get("from_status")).isEqualTo(from.name());
                assertThat(step.get("to_status")).isEqualTo(action.to().name());
                assertThat(millis(step.get("at"))).isGreaterThan(millis(before.get("at")));
                if (from == RepairStatus.ON_HOLD) {
                    held += millis(step.get("at")) - millis(before.get("at"));
                }
            }
            Map<String, Object> last = steps.get(steps.size() - 1);
            assertThat(millis(last.get("at"))).isLessThanOrEqualTo(now.toEpochMilli());
            assertThat(last.get("to_status")).isEqualTo(r.get("status"));
            assertThat(r.get("updated_at")).isEqualTo(last.get("at"));
            assertThat(millis(r.get("held_ms"))).isEqualTo(held);
            assertThat(r.get("responded_at")).isEqualTo(firstAt(steps, "DISPATCH"));
            if (r.get("fixed_at") != null) {
                assertThat(r.get("fixed_at")).isEqualTo(lastAt(steps, "COMPLETE"));
            }
            if ("ON_HOLD".equals(r.get("status"))) {
                assertThat(r.get("hold_since")).isEqualTo(last.get("at"));
                assertThat(r.get("hold_reason")).isEqualTo(last.get("hold_reason"));
            }
            callBacks(r, steps, callBacks.getOrDefault(r.get("id"), List.of()));
        }
    }

    private static void callBacks(Map<String, Object> r, List<Map<String, Object>> steps,
                                  List<Map<String, Object>> calls) {
        assertThat(calls.stream().map(c -> c.get("at")).toList()).isEqualTo(steps.stream()
                .filter(s -> "CALL_BACK".equals(s.get("action"))).map(s -> s.get("at")).toList());
        Object escalatedAt = null;
        for (Map<String, Object> c : calls) {
            boolean escalates = Set.of("GRIEVANCE", "ANGER").contains(c.get("feedback"));
            assertThat(millis(c.get("escalated"))).isEqualTo(escalates ? 1 : 0);
            if (escalates) {
                assertThat(c.get("note")).isNotNull();
                escalatedAt = c.get("at");
            }
        }
        assertThat(r.get("escalated_at")).isEqualTo(escalatedAt);
    }

    /** The mix a compound's book has: mostly normal and in-house, some in every open status, a few cancelled. */
    private static void mix(List<Map<String, Object>> repairs, RepairBulkLoader.Summary summary) {
        Map<Object, Long> status = count(repairs, "status");
        System.out.printf("  by status %s%n  by priority %s%n  by fixer %s%n  by category %s%n  by service %s%n",
                status, count(repairs, "priority"), count(repairs, "fixer_kind"), count(repairs, "category"),
                count(repairs, "service_kind"));
        for (RepairStatus s : RepairStatus.values()) {
            assertThat(status.getOrDefault(s.name(), 0L)).as("repairs %s", s).isPositive();
        }
        double n = repairs.size();
        assertThat(status.get("CLOSED") / n).isGreaterThan(0.8);
        assertThat(status.get("CANCELLED") / n).isBetween(0.02, 0.08);
        assertThat(repairs).filteredOn(r -> "CANCELLED".equals(r.get("status")))
                .allMatch(r -> r.get("end_reason") != null);
        assertThat(repairs).filteredOn(r -> "ON_HOLD".equals(r.get("status")))
                .anyMatch(r -> "WAITING_VENDOR".equals(r.get("hold_reason"))
                        && "MANUFACTURER".equals(r.get("fixer_kind")));
        Map<Object, Long> priority = count(repairs, "priority");
        assertThat(priority.get("NORMAL") / n).isBetween(0.5, 0.75);
        assertThat(priority.get("HIGH") / n).isBetween(0.15, 0.35);
        assertThat(priority.get("URGENT") / n).isBetween(0.01, 0.07);
        assertThat(priority.get("LOW") / n).isBetween(0.03, 0.15);
        Map<Object, Long> fixer = count(repairs, "fixer_kind");
        assertThat(fixer.get("IN_HOUSE") / n).isGreaterThan(0.6);
        assertThat(fixer.keySet()).contains("MANUFACTURER", "UTILITY", "VENDOR", "BUILDER");
        assertThat(count(repairs, "category").keySet()).containsAll(RepairSettings.DEFAULT_CATEGORIES.stream()
                .map(c -> c.code()).collect(Collectors.toSet()));
        assertThat(repairs).filteredOn(r -> "HEATING".equals(r.get("category")))
                .allMatch(r -> heatingSeason(siteDay(r.get("reported_at"))));
        assertThat(repairs).filteredOn(r -> r.get("service_kind") != null)
                .allMatch(r -> "PAID".equals(r.get("service_kind"))
                        ? millis(r.get("cost_cents")) > 0 && "OWNER".equals(r.get("payer"))
                        : millis(r.get("cost_cents")) == 0);
        Map<Object, Long> service = count(repairs, "service_kind");
        assertThat(service.keySet()).containsExactlyInAnyOrder("FREE", "INTERNAL", "CONTRACT", "PAID");
        assertThat(service.get("PAID") / n).as("paid by the owner").isBetween(0.05, 0.3);
        long escalated = repairs.stream().filter(r -> r.get("escalated_at") != null).count();
        assertThat(escalated).isEqualTo(summary.escalated()).isBetween(summary.callBacks() / 100L,
                summary.callBacks() / 10L);
        assertThat(repairs.stream().filter(r -> r.get("escalated_at") != null && "CLOSED".equals(r.get("status"))))
                .isNotEmpty();
    }

    /** Homes are the directory's people as intake names them; public places are the directory's or in words. */
    private static void places(Path db) {
        assertThat(SqlRows.query(db, """
                SELECT count(*) AS n FROM repair p JOIN room r ON r.id = p.room_id
                LEFT JOIN occupant o ON o.id = p.occupant_id AND o.room_id = r.id
                WHERE p.location_text <> CASE WHEN p.occupant_id IS NULL THEN r.code ELSE r.code || ' · ' || o.name END
                   OR p.room_code <> r.code OR (p.occupant_id IS NULL) <> (r.public_area = 1)""").get(0).get("n"))
                .isEqualTo(0);
        assertThat(SqlRows.query(db, "SELECT count(*) AS n FROM repair WHERE room_id IS NULL").get(0).get("n"))
                .isNotEqualTo(0);
        assertThat(SqlRows.query(db, """
                SELECT count(*) AS n FROM repair p LEFT JOIN signature s ON s.id = p.signature_id
                WHERE p.status IN ('DONE', 'CALLED_BACK', 'CLOSED') AND (s.signer_name IS NULL
                      OR s.signer_name <> p.reporter_name)""").get(0).get("n")).isEqualTo(0);
        assertThat(SqlRows.query(db, "SELECT count(*) AS n FROM repair WHERE channel = 'PATROL' AND reporter_phone"
                + " IS NOT NULL OR channel <> 'PATROL' AND reporter_phone IS NULL").get(0).get("n")).isEqualTo(0);
    }

    /** The service's lists and figures work on the demo's book. */
    private static void service(Workstation ws, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        List<RepairFigures> figures = ws.repairReports().figures(month.minusMonths(11), month);
        Map<YearMonth, Integer> received = figures.stream()
                .collect(Collectors.groupingBy(RepairFigures::month, Collectors.summingInt(RepairFigures::received)));
        assertThat(received).hasSize(12).allSatisfy((m, n) -> assertThat(n).as("received in %s", m).isPositive());
        assertThat(figures).anyMatch(f -> f.callBacks() > 0 && f.medianFixHours() != null);
        List<RepairItem> overdue = ws.repairLists().overdue(null, 500);
        System.out.printf("  open %d, overdue %d, on hold %d, waiting for a vendor %d%n", ws.repairLists().countOpen(),
                overdue.size(), ws.repairLists().countOnHold(), ws.repairLists().waitingForVendor(null, 500).size());
        assertThat(overdue).isNotEmpty().allMatch(RepairItem::overdue).hasSize(ws.repairLists().countOverdue());
        assertThat(ws.repairLists().open(null, 500)).hasSize(ws.repairLists().countOpen());
        assertThat(ws.repairLists().waitingForVendor(null, 500)).isNotEmpty();
        Session lead = signIn(ws, "L001", "lead2026");
        assertThat(ws.repairLists().escalations(lead, null, 500)).isNotEmpty();
        Session agent = signIn(ws, "K001", "agent2026");
        assertThat(ws.repairLists().mine(agent.user().id(), null, 500)).isNotEmpty();
    }

    /** Numbers run 1..n per site day in the order of intake, the counters agree, and the next intake carries on. */
    private static void numbers(Workstation ws, Path db, List<Map<String, Object>> repairs, LocalDate today) {
        Map<String, Object> counters = new TreeMap<>();
        SqlRows.query(db, "SELECT day, last FROM number_counter WHERE prefix = 'BX'")
                .forEach(r -> counters.put((String) r.get("day"), r.get("last")));
        Map<LocalDate, List<Map<String, Object>>> days = repairs.stream()
                .collect(Collectors.groupingBy(r -> siteDay(r.get("reported_at"))));
        days.forEach((day, list) -> {
            list.sort((a, b) -> Long.compare(millis(a.get("reported_at")), millis(b.get("reported_at"))));
            for (int i = 0; i < list.size(); i++) {
                assertThat(list.get(i).get("number")).isEqualTo(String.format("BX-%s-%04d", DAY.format(day), i + 1));
            }
            assertThat(counters.get(DAY.format(day))).as("counter of %s", day).isEqualTo(list.size());
        });
        Map<String, Object> home = SqlRows.query(db, "SELECT room_id, occupant_id, reporter_name, reporter_phone"
                + " FROM repair WHERE occupant_id IS NOT NULL ORDER BY number LIMIT 1").get(0);
        RepairForm form = RepairForm.phoned((String) home.get("room_id"), (String) home.get("occupant_id"),
                (String) home.get("reporter_name"), (String) home.get("reporter_phone"), "PLUMBING", "厨房水槽下水慢",
                RepairPriority.NORMAL);
        Repair next = ws.repairs().take(signIn(ws, "R001", "desk2026"), form);
        int todaySoFar = days.getOrDefault(today, List.of()).size();
        assertThat(next.number()).isEqualTo(String.format("BX-%s-%04d", DAY.format(today), todaySoFar + 1));
    }

    private static Session signIn(Workstation ws, String employeeNo, String password) {
        return ws.accounts().authenticate(employeeNo, password.toCharArray(), AccountService.Purpose.LOGIN);
    }

    private static boolean heatingSeason(LocalDate d) {
        MonthDay md = MonthDay.from(d);
        return !md.isBefore(MonthDay.of(11, 15)) || !md.isAfter(MonthDay.of(3, 15));
    }

    private static Map<Object, List<Map<String, Object>>> group(List<Map<String, Object>> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get("repair_id")));
    }

    private static Map<Object, Long> count(List<Map<String, Object>> rows, String column) {
        return rows.stream().filter(r -> r.get(column) != null)
                .collect(Collectors.groupingBy(r -> r.get(column), TreeMap::new, Collectors.counting()));
    }

    private static Object firstAt(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(s -> action.equals(s.get("action"))).map(s -> s.get("at")).findFirst()
                .orElse(null);
    }

    private static Object lastAt(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(s -> action.equals(s.get("action"))).map(s -> s.get("at"))
                .reduce((a, b) -> b).orElse(null);
    }

    private static LocalDate siteDay(Object epochMillis) {
        return Instant.ofEpochMilli(millis(epochMillis)).atZone(SHANGHAI).toLocalDate();
    }

    private static long millis(Object value) {
        return ((Number) Objects.requireNonNull(value)).longValue();
    }
}
