package com.frontdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.Complaint;
import com.frontdesk.complaints.ComplaintAction;
import com.frontdesk.complaints.ComplaintBulkLoader;
import com.frontdesk.complaints.ComplaintFigures;
import com.frontdesk.complaints.ComplaintFilter;
import com.frontdesk.complaints.ComplaintForm;
import com.frontdesk.complaints.ComplaintItem;
import com.frontdesk.complaints.ComplaintLists;
import com.frontdesk.complaints.ComplaintSettings;
import com.frontdesk.complaints.ComplaintStatus;
import com.frontdesk.complaints.Severity;
import com.frontdesk.core.Messages;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.SqlRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
 * {@code demo-data}'s complaint book: a year of complaints, praise and suggestions (stored, so every
 * row keeps the table's checks and foreign keys), timelines that follow the transition table with
 * the rights each step needs, clocks fixed from the default settings, reopened cases carried on by
 * linked ones, recent cases in every status with some overdue, and numbering the program carries
 * on. Run on a Wednesday afternoon and on a summer morning.
 */
class DemoComplaintsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String CASES = "SELECT * FROM complaint ORDER BY number";
    private static final String EVENTS = "SELECT * FROM complaint_event ORDER BY complaint_id, at, id";
    private static final String CALL_BACKS = "SELECT * FROM complaint_callback ORDER BY complaint_id";
    /** Rooms, people and staff get random ids per site; the rest of a complaint book is the seed's. */
    private static final Set<String> PER_SITE_IDS = Set.of("room_id", "occupant_id", "taken_by", "assignee_staff_id",
            "escalation_seen_by", "by_staff_id");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T07:00:00Z", "2026-07-16T01:30:00Z"})
    void demoDataFillsAYearOfComplaintsThatFollowTheFlow(String at) {
        MutableClock clock = new MutableClock(Instant.parse(at));
        Instant now = clock.instant();
        LocalDate today = now.atZone(SHANGHAI).toLocalDate();
        try (Workstation ws = Workstation.open(new DataDirectory(temp.resolve("demo")), clock)) {
            ComplaintBulkLoader.Summary summary = new DemoData(ws).create().complaints();
            Path db = ws.dataDirectory().database();
            List<Map<String, Object>> cases = SqlRows.query(db, CASES);
            System.out.printf("demo complaints at %s: %s%n", at, summary);
            assertThat(cases).hasSize(summary.complaints() + summary.feedback());
            assertThat(summary.firstDay()).isEqualTo(today.minusDays(DemoData.DEMO_COMPLAINT_DAYS));
            assertThat(summary.took()).isLessThan(Duration.ofSeconds(5));
            assertThat(SqlRows.query(db, "PRAGMA foreign_key_check")).isEmpty();

            perDay(cases, today);
            Map<Object, String> roles = SqlRows.query(db, "SELECT id, role FROM staff").stream()
                    .collect(Collectors.toMap(r -> r.get("id"), r -> (String) r.get("role")));
            timelines(cases, group(SqlRows.query(db, EVENTS)), group(SqlRows.query(db, CALL_BACKS)), roles, now);
            clocksAndLinks(cases);
            mix(cases, summary);
            service(ws, today);
            numbers(ws, db, cases, today);
        }
    }

    @Test
    void theSameSeedAndClockGiveTheSameComplaintBook() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T07:00:00Z"));
        List<List<Map<String, Object>>> first = book(clock, "a");
        assertThat(first.get(0)).hasSizeGreaterThan(60);
        assertThat(book(clock, "b")).isEqualTo(first);
    }

    /** A site and 60 days of complaints; the rows without the ids of rooms, people and staff (random per site). */
    private List<List<Map<String, Object>>> book(MutableClock clock, String folder) {
        try (Workstation ws = Workstation.open(new DataDirectory(temp.resolve(folder)), clock)) {
            DemoData demo = new DemoData(ws);
            demo.createSite();
            new DemoComplaints(ws).create(demo.signIn(DemoData.STAFF.get(0)), 60);
            Path db = ws.dataDirectory().database();
            return Stream.of(CASES, EVENTS, CALL_BACKS).map(sql -> {
                List<Map<String, Object>> table = SqlRows.query(db, sql);
                table.forEach(r -> r.keySet().removeAll(PER_SITE_IDS));
                return table;
            }).toList();
        }
    }

    /** One to three new cases every whole day of the year (carried-on cases besides), none in the future. */
    private static void perDay(List<Map<String, Object>> cases, LocalDate today) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        cases.stream().filter(c -> c.get("previous_id") == null)
                .forEach(c -> perDay.merge(siteDay(c.get("received_at")), 1, Integer::sum));
        LocalDate first = today.minusDays(DemoData.DEMO_COMPLAINT_DAYS);
        for (LocalDate d = first; d.isBefore(today); d = d.plusDays(1)) {
            assertThat(perDay.getOrDefault(d, 0)).as("new cases on %s", d).isBetween(1, 3);
        }
        assertThat(cases).allMatch(c -> !siteDay(c.get("received_at")).isBefore(first)
                && !siteDay(c.get("received_at")).isAfter(today));
    }

    /**
     * Every timeline starts with the intake and takes only steps the table allows, by staff whose
     * role has the step's right (an unfounded answer the lead's), strictly later each time and never
     * after now, and ends where the row stands; the row's times and the call-back agree with it.
     */
    private static void timelines(List<Map<String, Object>> cases, Map<Object, List<Map<String, Object>>> events,
                                  Map<Object, List<Map<String, Object>>> callBacks, Map<Object, String> roles,
                                  Instant now) {
        for (Map<String, Object> c : cases) {
            List<Map<String, Object>> steps = events.get(c.get("id"));
            Map<String, Object> take = steps.get(0);
            assertThat(take.get("action")).isEqualTo("TAKE");
            assertThat(take.get("at")).isEqualTo(c.get("received_at"));
            assertThat(take.get("by_staff_id")).isEqualTo(c.get("taken_by"));
            assertThat(take.get("to_status")).isEqualTo("COMPLAINT".equals(c.get("kind")) ? "OPEN" : "RECORDED");
            for (int i = 1; i < steps.size(); i++) {
                Map<String, Object> before = steps.get(i - 1);
                Map<String, Object> step = steps.get(i);
                ComplaintAction action = ComplaintAction.valueOf((String) step.get("action"));
                ComplaintStatus from = ComplaintStatus.valueOf((String) before.get("to_status"));
                assertThat(action.allowedFrom(from)).as("%s %s from %s", c.get("number"), action, from).isTrue();
                assertThat(step.get("from_status")).isEqualTo(from.name());
                assertThat(step.get("to_status")).isEqualTo(action.to(from).name());
                assertThat(millis(step.get("at"))).isGreaterThan(millis(before.get("at")));
                Role role = Role.valueOf(roles.get(step.get("by_staff_id")));
                assertThat(role.may(action.permission())).as("%s %s by %s", c.get("number"), action, role).isTrue();
                if (action == ComplaintAction.ANSWER && millis(c.get("founded")) == 0) {
                    assertThat(role).isIn(Role.SHIFT_LEAD, Role.ADMINISTRATOR);
                }
            }
            Map<String, Object> last = steps.get(steps.size() - 1);
            assertThat(millis(last.get("at"))).isLessThanOrEqualTo(now.toEpochMilli());
            assertThat(last.get("to_status")).isEqualTo(c.get("status"));
            assertThat(c.get("updated_at")).isEqualTo(last.get("at"));
            Object acknowledged = firstAt(steps, "ACKNOWLEDGE");
            assertThat(c.get("acknowledged_at"))
                    .isEqualTo(acknowledged != null ? acknowledged : firstAt(steps, "ANSWER"));
            assertThat(c.get("answered_at")).isEqualTo(firstAt(steps, "ANSWER"));
            Object ended = firstAt(steps, "ACCEPT");
            assertThat(c.get("closed_at")).isEqualTo(ended != null ? ended : firstAt(steps, "REJECT"));
            assertThat(c.get("escalation_seen_at")).isEqualTo(firstAt(steps, "TAKE_NOTICE"));
            assertThat(c.get("called_back_at")).isEqualTo(firstAt(steps, "CALL_BACK"));
            List<Map<String, Object>> calls = callBacks.getOrDefault(c.get("id"), List.of());
            assertThat(calls.stream().map(k -> k.get("at")).toList()).isEqualTo(steps.stream()
                    .filter(s -> "CALL_BACK".equals(s.get("action"))).map(s -> s.get("at")).toList());
            assertThat(calls).allMatch(k -> !Set.of("GRIEVANCE", "ANGER").contains(k.get("feedback"))
                    || k.get("note") != null);
        }
    }

    /**
     * The clocks are the default settings' (48 hours; 7 working days, weekends only), escalations
     * have the reason the service gives, and a reopened case is carried on by a linked case taken
     * when it was not accepted, about the same thing.
     */
    private static void clocksAndLinks(List<Map<String, Object>> cases) {
        ComplaintSettings defaults = ComplaintSettings.DEFAULTS;
        Map<Object, Map<String, Object>> byId = cases.stream().collect(Collectors.toMap(c -> c.get("id"), c -> c));
        for (Map<String, Object> c : cases.stream().filter(k -> "COMPLAINT".equals(k.get("kind"))).toList()) {
            Instant received = Instant.ofEpochMilli(millis(c.get("received_at")));
            assertThat(millis(c.get("first_response_due")))
                    .isEqualTo(received.plus(Duration.ofHours(48)).toEpochMilli());
            assertThat(millis(c.get("resolution_due"))).isEqualTo(defaults.calendar()
                    .dueAfter(received, defaults.resolutionWorkingDays(), SHANGHAI).toEpochMilli());
            String expected = "URGENT".equals(c.get("severity")) ? "URGENT" : "SERIOUS".equals(c.get("severity"))
                    ? "SERIOUS" : "ANGER".equals(c.get("mood")) ? "ANGER" : null;
            if (expected != null) {
                assertThat(c.get("escalation_reason")).isEqualTo(expected);
                assertThat(c.get("escalated_at")).isEqualTo(c.get("received_at"));
            } else if (c.get("escalated_at") != null) {
                assertThat(c.get("escalation_reason")).isEqualTo("FIRST_RESPONSE_OVERDUE");
                assertThat(millis(c.get("escalated_at"))).isGreaterThan(millis(c.get("first_response_due")));
            }
            if ("REOPENED".equals(c.get("status"))) {
                Map<String, Object> next = byId.get(c.get("next_id"));
                assertThat(next.get("previous_id")).isEqualTo(c.get("id"));
                assertThat(next.get("received_at")).isEqualTo(c.get("closed_at"));
                for (String same : List.of("complainant", "contact_phone", "subject", "category", "severity")) {
                    assertThat(next.get(same)).isEqualTo(c.get(same));
                }
            }
        }
        assertThat(cases).filteredOn(c -> "RECORDED".equals(c.get("status")))
                .allMatch(c -> c.get("first_response_due") == null && c.get("escalated_at") == null);
    }

    /** The mix of a compound's book: mostly normal, some aggrieved, praise and suggestions, every status. */
    private static void mix(List<Map<String, Object>> cases, ComplaintBulkLoader.Summary summary) {
        Map<Object, Long> status = count(cases, "status");
        List<Map<String, Object>> complaints = cases.stream().filter(c -> "COMPLAINT".equals(c.get("kind"))).toList();
        Map<Object, Long> severity = count(complaints, "severity");
        System.out.printf("  by status %s%n  by kind %s%n  by severity %s%n  by mood %s%n  by channel %s%n"
                        + "  by category %s%n  by escalation %s%n  founded %s%n", status, count(cases, "kind"),
                severity, count(complaints, "mood"), count(cases, "channel"), count(cases, "category"),
                count(cases, "escalation_reason"), count(complaints, "founded"));
        for (ComplaintStatus s : ComplaintStatus.values()) {
            assertThat(status.getOrDefault(s.name(), 0L)).as("cases %s", s).isPositive();
        }
        double n = complaints.size();
        assertThat(summary.feedback() / (double) cases.size()).isBetween(0.12, 0.28);
        assertThat(severity.get("NORMAL") / n).isBetween(0.8, 0.95);
        assertThat(severity.get("SERIOUS") / n).isBetween(0.04, 0.15);
        assertThat(severity.get("URGENT")).isPositive();
        assertThat(count(complaints, "mood").keySet()).containsExactlyInAnyOrder("GRIEVANCE", "ANGER");
        assertThat(count(cases, "channel")).hasSize(5);
        assertThat(count(cases, "category").keySet()).containsAll(ComplaintSettings.DEFAULT_CATEGORIES.stream()
                .map(ComplaintSettings.ComplaintCategory::code).collect(Collectors.toSet()));
        Map<Object, Long> founded = count(complaints, "founded");
        assertThat(founded.get(0L) / (double) (founded.get(0L) + founded.get(1L))).isBetween(0.08, 0.3);
        assertThat(summary.reopened() / (double) summary.closed()).isBetween(0.05, 0.25);
        assertThat(count(cases, "escalation_reason").keySet())
                .containsExactlyInAnyOrder("ANGER", "SERIOUS", "URGENT", "FIRST_RESPONSE_OVERDUE");
        assertThat(complaints).anyMatch(c -> c.get("compensation") != null)
                .anyMatch(c -> c.get("room_id") == null);
    }

    /** The service's lists and figures work on the demo's book. */
    private static void service(Workstation ws, LocalDate today) {
        ComplaintLists lists = ws.complaintLists();
        YearMonth month = YearMonth.from(today);
        List<ComplaintFigures> figures = ws.complaintReports().figures(month.minusMonths(11), month);
        Map<YearMonth, Integer> received = figures.stream().collect(Collectors.groupingBy(ComplaintFigures::month,
                Collectors.summingInt(ComplaintFigures::received)));
        assertThat(received).hasSize(12).allSatisfy((m, k) -> assertThat(k).as("received in %s", m).isPositive());
        assertThat(figures).anyMatch(f -> f.reopened() > 0).anyMatch(f -> f.unfounded() > 0)
                .anyMatch(f -> f.answeredLate() > 0).anyMatch(f -> f.callBacks() > 0 && f.medianAnswerHours() != null);
        List<ComplaintItem> overdue = lists.overdue(null, 500);
        Session lead = signIn(ws, "L001", "lead2026");
        List<ComplaintItem> escalations = lists.escalations(lead, null, 500);
        System.out.printf("  open %d, overdue %d, escalations waiting %d, to call back %d%n", lists.countOpen(),
                overdue.size(), escalations.size(), lists.countToCallBack());
        assertThat(overdue).isNotEmpty().allMatch(ComplaintItem::overdue).hasSize(lists.countOverdue());
        assertThat(escalations).hasSize(lists.countEscalationsWaiting());
        assertThat(lists.open(null, 500)).isNotEmpty().hasSize(lists.countOpen());
        assertThat(lists.toCallBack(null, 500)).isNotEmpty().hasSize(lists.countToCallBack());
        assertThat(lists.feedback(null, 500)).isNotEmpty();
        Session agent = signIn(ws, "K001", "agent2026");
        assertThat(lists.mine(agent.user().id(), null, 500)).isNotEmpty();
        exportsEveryCase(ws, agent);
    }

    /** More than a page of 500: the export pages on to the end. */
    private static void exportsEveryCase(Workstation ws, Session agent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            int n = ws.complaintReports().exportCsv(agent, ComplaintFilter.ALL, out, new Messages(Locale.CHINA));
            assertThat(n).isGreaterThan(500);
            assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(n + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Numbers run 1..n per site day in the order of intake, the counters agree, and the next intake carries on. */
    private static void numbers(Workstation ws, Path db, List<Map<String, Object>> cases, LocalDate today) {
        Map<String, Object> counters = new TreeMap<>();
        SqlRows.query(db, "SELECT day, last FROM number_counter WHERE prefix = 'TS'")
                .forEach(r -> counters.put((String) r.get("day"), r.get("last")));
        Map<LocalDate, List<Map<String, Object>>> days = cases.stream()
                .collect(Collectors.groupingBy(c -> siteDay(c.get("received_at"))));
        days.forEach((day, list) -> {
            list.sort((a, b) -> Long.compare(millis(a.get("received_at")), millis(b.get("received_at"))));
            for (int i = 0; i < list.size(); i++) {
                assertThat(list.get(i).get("number")).isEqualTo(String.format("TS-%s-%04d", DAY.format(day), i + 1));
            }
            assertThat(counters.get(DAY.format(day))).as("counter of %s", day).isEqualTo(list.size());
        });
        Map<String, Object> home = cases.stream().filter(c -> c.get("occupant_id") != null).findFirst().orElseThrow();
        Complaint next = ws.complaints().take(signIn(ws, "R001", "desk2026"), ComplaintForm.phoned(
                (String) home.get("room_id"), (String) home.get("occupant_id"), null, "楼下烧烤油烟大",
                "每晚楼下餐馆油烟飘进家里", "要求协调整改", "OTHER", Severity.NORMAL, null));
        int todaySoFar = days.getOrDefault(today, List.of()).size();
        assertThat(next.number()).isEqualTo(String.format("TS-%s-%04d", DAY.format(today), todaySoFar + 1));
    }

    private static Session signIn(Workstation ws, String employeeNo, String password) {
        return ws.accounts().authenticate(employeeNo, password.toCharArray(), AccountService.Purpose.LOGIN);
    }

    private static Map<Object, List<Map<String, Object>>> group(List<Map<String, Object>> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get("complaint_id")));
    }

    private static Map<Object, Long> count(List<Map<String, Object>> rows, String column) {
        return rows.stream().filter(r -> r.get(column) != null).collect(Collectors.groupingBy(
                r -> r.get(column) instanceof Number v ? (Object) v.longValue() : r.get(column), TreeMap::new,
                Collectors.counting()));
    }

    private static Object firstAt(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(s -> action.equals(s.get("action"))).map(s -> s.get("at")).findFirst()
                .orElse(null);
    }

    private static LocalDate siteDay(Object epochMillis) {
        return Instant.ofEpochMilli(millis(epochMillis)).atZone(SHANGHAI).toLocalDate();
    }

    private static long millis(Object value) {
        return ((Number) Objects.requireNonNull(value)).longValue();
    }
}
