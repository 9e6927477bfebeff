package com.frontdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Session;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.visitors.OnSiteVisit;
import com.frontdesk.visitors.Purpose;
import com.frontdesk.visitors.Verification;
import com.frontdesk.visitors.Visit;
import com.frontdesk.visitors.VisitForm;
import com.frontdesk.visitors.VisitStatus;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code demo-data}'s visitor register: 90 days a desk would recognise, today's visitors still
 * inside, and numbering that the program carries on without a collision. Run at three times of
 * the site's day: a Sunday morning, a Tuesday before dawn (the long stay began yesterday
 * evening), and a busy weekday afternoon.
 */
class DemoVisitsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22T01:30:00Z", "2026-11-23T18:30:00Z", "2026-11-25T07:00:00Z"})
    void demoDataFillsNinetyDaysOfRealisticVisitsAndTheNextCheckInGetsTheNextFreeNumber(String at) {
        MutableClock clock = new MutableClock(Instant.parse(at));
        Instant now = clock.instant();
        LocalDate today = now.atZone(SHANGHAI).toLocalDate();
        try (Workstation ws = Workstation.open(new DataDirectory(temp.resolve("demo")), clock)) {
            DemoData.Result result = new DemoData(ws).create();
            Path db = ws.dataDirectory().database();
            // Every demo person has a 称呼 that fits the given name: 女士 for 李娜, 先生 for 张伟.
            assertThat(SqlRows.query(db, "SELECT count(*) AS n FROM occupant WHERE title IS NULL")).singleElement()
                    .satisfies(r -> assertThat(((Number) r.get("n")).intValue()).isZero());
            assertThat(SqlRows.query(db, "SELECT DISTINCT title FROM occupant WHERE name LIKE '_娜'"))
                    .extracting(r -> r.get("title")).containsExactly("MS");
            assertThat(SqlRows.query(db, "SELECT DISTINCT title FROM occupant WHERE name LIKE '_伟'"))
                    .extracting(r -> r.get("title")).containsExactly("MR");
            List<Map<String, Object>> rows = SqlRows.query(db, """
                    SELECT number, purpose, status, verification, pass_no, job_size, engineering_note, approval_ref,
                           host_room_id, host_occupant_id, host_text, checked_in_at, checked_out_at, created_at
                    FROM visit""");

            assertThat(result.visits().visits()).isEqualTo(rows.size());

            // 90 whole days before today, each with the desk's usual pace.
            Map<LocalDate, Integer> perDay = new TreeMap<>();
            for (Map<String, Object> r : rows) {
                perDay.merge(siteDay(r.get("created_at")), 1, Integer::sum);
            }
            assertThat(perDay.keySet().stream().filter(d -> d.isBefore(today))).hasSizeGreaterThanOrEqualTo(90);
            assertThat(perDay.keySet()).allMatch(d -> !d.isBefore(today.minusDays(DemoData.DEMO_VISIT_DAYS)));
            perDay.forEach((d, n) -> {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (d.isBefore(today)) {
                    assertThat(n).as("visits on %s", d).isGreaterThanOrEqualTo(weekend ? 8 : 20);
                }
                if (d.isBefore(today.minusDays(1))) {
                    // Yesterday may also hold the start of today's long stay.
                    assertThat(n).as("visits on %s", d).isLessThanOrEqualTo(weekend ? 18 : 45);
                }
            });

            // What a desk sees: refusals, contractors with their papers, arrivals in office hours.
            assertThat(rows).anyMatch(r -> "REFUSED".equals(r.get("status")) && "REFUSED".equals(r.get("verification")));
            assertThat(rows).noneMatch(r -> "SALES".equals(r.get("purpose")));
            assertThat(rows).filteredOn(r -> "CONTRACTOR".equals(r.get("purpose"))).isNotEmpty()
                    .allMatch(r -> "SMALL".equals(r.get("job_size")) ? r.get("engineering_note") != null
                            : r.get("approval_ref") != null);
            assertThat(rows).filteredOn(r -> siteDay(r.get("created_at")).isBefore(today.minusDays(1)))
                    .allMatch(r -> {
                        int hour = time(r.get("created_at")).getHour();
                        return hour >= 8 && hour < 19;
                    });
            assertThat(rows).filteredOn(r -> "CHECKED_OUT".equals(r.get("status"))).allMatch(r -> {
                long stay = ((Number) r.get("checked_out_at")).longValue() - ((Number) r.get("checked_in_at")).longValue();
                return stay >= 15 * 60_000L && stay <= 3 * 3_600_000L + 60_000L;
            });
            assertThat(rows).filteredOn(r -> "CHECKED_OUT".equals(r.get("status")))
                    .allMatch(r -> ((Number) r.get("checked_out_at")).longValue() <= now.toEpochMilli());
            assertThat(rows).allMatch(r -> ((Number) r.get("created_at")).longValue() <= now.toEpochMilli());

            // Hosts are the directory's rooms and people, written as the check-in form writes them.
            assertThat(SqlRows.query(db, """
                    SELECT count(*) AS n FROM visit v
                    JOIN room r ON r.id = v.host_room_id
                    LEFT JOIN occupant o ON o.id = v.host_occupant_id AND o.room_id = r.id
                    WHERE v.host_text <> CASE WHEN v.host_occupant_id IS NULL THEN r.code
                                              ELSE r.code || ' · ' || o.name END""").get(0).get("n"))
                    .isEqualTo(0);
            assertThat(rows).allMatch(r -> r.get("host_room_id") != null);

            // Today: visitors inside, one of them past the four hours, and one waiting in the lounge.
            List<OnSiteVisit> onSite = ws.visitors().onSite(null, 50);
            assertThat(onSite).hasSizeGreaterThanOrEqualTo(3);
            assertThat(onSite).anyMatch(OnSiteVisit::overstay);
            assertThat(ws.visitors().countOnSite()).isEqualTo(onSite.size());
            assertThat(ws.visitors().waiting(null, 50)).hasSize(1)
                    .allMatch(v -> v.verification() == Verification.NO_ANSWER && v.passNo() == null);

            // A pass is never with two visitors at once, today or on any past day.
            Map<String, List<Map<String, Object>>> byPass = new HashMap<>();
            for (Map<String, Object> r : rows) {
                if (r.get("pass_no") != null) {
                    byPass.computeIfAbsent((String) r.get("pass_no"), p -> new ArrayList<>()).add(r);
                }
            }
            assertThat(byPass.keySet()).allMatch(p -> p.matches("P(0[1-9]|1[0-9]|20)"));
            for (List<Map<String, Object>> held : byPass.values()) {
                held.sort((a, b) -> Long.compare(millis(a.get("checked_in_at")), millis(b.get("checked_in_at"))));
                for (int i = 1; i < held.size(); i++) {
                    Object previousOut = held.get(i - 1).get("checked_out_at");
                    assertThat(previousOut).as("pass %s given out again while still out", held.get(i).get("pass_no"))
                            .isNotNull();
                    assertThat(millis(held.get(i).get("checked_in_at"))).isGreaterThanOrEqualTo(millis(previousOut));
                }
            }
            assertThat(rows).filteredOn(r -> "REFUSED".equals(r.get("status")) || "WAITING".equals(r.get("status")))
                    .allMatch(r -> r.get("pass_no") == null);
            assertThat(ws.visitors().countPassesOut()).isEqualTo(ws.visitors().passesOut().size());

            // Numbers run 1..n per site day in the order of registration, and the counter agrees.
            Map<LocalDate, List<Map<String, Object>>> days = rows.stream()
                    .collect(Collectors.groupingBy(r -> siteDay(r.get("created_at"))));
            Map<String, Object> counters = new HashMap<>();
            SqlRows.query(db, "SELECT day, last FROM number_counter WHERE prefix = 'FK'")
                    .forEach(r -> counters.put((String) r.get("day"), r.get("last")));
            days.forEach((day, visits) -> {
                visits.sort((a, b) -> Long.compare(millis(a.get("created_at")), millis(b.get("created_at"))));
                for (int i = 0; i < visits.size(); i++) {
                    assertThat(visits.get(i).get("number")).isEqualTo(String.format("FK-%s-%04d", DAY.format(day), i + 1));
                }
                assertThat(counters.get(DAY.format(day))).as("counter of %s", day).isEqualTo(visits.size());
            });

            // The program carries on: the receptionist's next check-in gets the next free number.
            int todaySoFar = days.getOrDefault(today, List.of()).size();
            Session desk = ws.accounts().authenticate("R001", "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
            String room = (String) rows.get(0).get("host_room_id");
            Visit next = ws.visitors().checkIn(desk, VisitForm.of("新来访客", Purpose.VISIT, room, Verification.CONFIRMED));
            assertThat(next.number()).isEqualTo(String.format("FK-%s-%04d", DAY.format(today), todaySoFar + 1));
            assertThat(rows).noneMatch(r -> next.number().equals(r.get("number")));
            assertThat(next.status()).isEqualTo(VisitStatus.ON_SITE);
        }
    }

    private static LocalDate siteDay(Object epochMillis) {
        return Instant.ofEpochMilli(millis(epochMillis)).atZone(SHANGHAI).toLocalDate();
    }

    private static java.time.LocalTime time(Object epochMillis) {
        return Instant.ofEpochMilli(millis(epochMillis)).atZone(SHANGHAI).toLocalTime();
    }

    private static long millis(Object value) {
        return ((Number) value).longValue();
    }
}
