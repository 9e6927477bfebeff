package com.frontdesk.demo;

import static com.frontdesk.testsupport.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Session;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.handover.Handover;
import com.frontdesk.handover.HandoverBulkLoader;
import com.frontdesk.handover.HandoverChain;
import com.frontdesk.handover.HandoverDetail;
import com.frontdesk.handover.HandoverItem;
import com.frontdesk.handover.HandoverNote;
import com.frontdesk.handover.HandoverStatus;
import com.frontdesk.handover.ItemCondition;
import com.frontdesk.testsupport.CommandLineRun;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.SqlRows;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo-data}'s handover book: 90 days of every shift of the lobby and the service desk, all
 * countersigned, sealed and chained as the service seals them (so the chain checks out), with a few
 * differences and notes, some notes still open, one refusal counted again, numbering the program
 * carries on, and the next handover the program makes chained to the last of the demo.
 */
class DemoHandoversTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Staff get random ids per site; the rest of the book is the seed's. */
    private static final Set<String> PER_SITE_IDS = Set.of("outgoing_staff_id", "incoming_staff_id", "lead_staff_id",
            "created_by", "done_by", "template_id", "seal_sha256", "content_sha256", "previous_sha256");

    @TempDir
    Path temp;

    @Test
    void ninetyDaysOfCountersignedHandoversThatVerifyAndCarryOn() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T07:00:00Z"));   // 15:00 in Shanghai
        Instant now = clock.instant();
        LocalDate today = now.atZone(SHANGHAI).toLocalDate();
        String dir;
        try (Workstation ws = Workstation.open(new DataDirectory(temp.resolve("demo")), clock)) {
            DemoData demo = new DemoData(ws);
            demo.createSite();
            HandoverBulkLoader.Summary summary = new DemoHandovers(ws).create(demo.signIn(DemoData.STAFF.get(0)),
                    DemoData.DEMO_HANDOVER_DAYS);
            System.out.printf("demo handovers: %s%n", summary);
            Path db = ws.dataDirectory().database();

            assertThat(new HandoverChain(ws.store()).verifyAll()).isEmpty();
            assertThat(ws.handovers().verifyAll()).isEmpty();
            assertThat(new HandoverChain(ws.store()).countSigned()).isEqualTo(summary.handovers());

            plausible(ws, db, summary, today, now);
            numbers(db);
            dir = ws.dataDirectory().root().toString();
            nextHandoverCarriesOn(ws, clock, db, today);
            assertThat(ws.handovers().verifyAll()).isEmpty();
        }
        CommandLineRun run = run("verify-handovers", "--data-dir", dir);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void theSameSeedAndClockGiveTheSameHandoverBook() {
        MutableClock clock = new MutableClock(Instant.parse("2026-07-16T01:30:00Z"));
        List<List<Map<String, Object>>> first = book(clock, "a");
        assertThat(first.get(0)).hasSizeGreaterThan(100);
        assertThat(book(clock, "b")).isEqualTo(first);
    }

    private List<List<Map<String, Object>>> book(MutableClock clock, String folder) {
        try (Workstation ws = Workstation.open(new DataDirectory(temp.resolve(folder)), clock)) {
            DemoData demo = new DemoData(ws);
            demo.createSite();
            new DemoHandovers(ws).create(demo.signIn(DemoData.STAFF.get(0)), 30);
            Path db = ws.dataDirectory().database();
            return Stream.of("SELECT * FROM handover ORDER BY number", "SELECT * FROM handover_item ORDER BY id",
                            "SELECT * FROM handover_note ORDER BY id",
                            "SELECT * FROM handover_shown_note ORDER BY handover_id, note_id")
                    .map(sql -> {
                        List<Map<String, Object>> table = SqlRows.query(db, sql);
                        table.forEach(r -> r.keySet().removeAll(PER_SITE_IDS));
                        return table;
                    }).toList();
        }
    }

    /** About five a day, every one countersigned by a third person in order, before now; a few differences. */
    private static void plausible(Workstation ws, Path db, HandoverBulkLoader.Summary summary, LocalDate today,
                                  Instant now) {
        List<Map<String, Object>> rows = SqlRows.query(db, "SELECT * FROM handover ORDER BY started_at");
        assertThat(rows).hasSize(summary.handovers());
        assertThat(summary.firstDay()).isEqualTo(today.minusDays(DemoData.DEMO_HANDOVER_DAYS));
        assertThat(summary.desks()).isEqualTo(2);
        assertThat(summary.handovers()).isBetween(DemoData.DEMO_HANDOVER_DAYS * 5 - 3,
                (DemoData.DEMO_HANDOVER_DAYS + 1) * 5 + 1);
        Map<String, Long> perDesk = rows.stream().collect(Collectors.groupingBy(r -> (String) r.get("desk"),
                TreeMap::new, Collectors.counting()));
        assertThat(perDesk.keySet()).containsExactly("LOBBY", "SERVICE");
        assertThat(perDesk.get("LOBBY")).isBetween(DemoData.DEMO_HANDOVER_DAYS * 3L - 2, DemoData.DEMO_HANDOVER_DAYS
                * 3L + 4);
        assertThat(SqlRows.query(db, "SELECT DISTINCT desk || '/' || shift AS s FROM handover ORDER BY s"))
                .extracting(r -> r.get("s")).containsExactly("LOBBY/DAY", "LOBBY/EVENING", "LOBBY/NIGHT",
                        "SERVICE/DAY", "SERVICE/EVENING");
        for (Map<String, Object> r : rows) {
            assertThat(r.get("status")).isEqualTo(HandoverStatus.COUNTERSIGNED.name());
            assertThat(millis(r.get("started_at"))).isLessThan(millis(r.get("outgoing_signed_at")));
            assertThat(millis(r.get("outgoing_signed_at"))).isLessThan(millis(r.get("incoming_at")));
            assertThat(millis(r.get("incoming_at"))).isLessThan(millis(r.get("countersigned_at")));
            assertThat(millis(r.get("countersigned_at"))).isLessThan(now.toEpochMilli());
            assertThat(Set.of(r.get("outgoing_name"), r.get("incoming_name"), r.get("lead_name"))).hasSize(3);
            assertThat(r.get("lead_name")).isEqualTo("李秀英");
        }
        assertThat(summary.withDifferences()).isBetween(8, 80);
        assertThat(summary.refused()).isEqualTo(1);
        assertThat(summary.notes()).isBetween(30, 150);
        assertThat(summary.openNotes()).isBetween(2, 12);

        List<Map<String, Object>> differing = SqlRows.query(db, "SELECT * FROM handover_item WHERE auto_source IS NULL"
                + " AND (counted <> expected OR condition <> 'GOOD')");
        assertThat(differing).isNotEmpty().allMatch(i -> i.get("note") != null);
        assertThat(SqlRows.query(db, "SELECT count(*) AS n FROM handover_item WHERE auto_source IS NOT NULL"
                + " AND (counted IS NULL OR auto_detail IS NULL)").get(0).get("n")).isEqualTo(0);

        // The refusal, countersigned by the lead, and the recount someone else took over.
        Map<String, Object> refused = rows.stream().filter(r -> r.get("refusal_reason") != null).findFirst()
                .orElseThrow();
        Map<String, Object> redo = rows.get(rows.indexOf(refused) + 1);
        assertThat(redo).containsEntry("desk", refused.get("desk")).containsEntry("shift", refused.get("shift"))
                .containsEntry("outgoing_name", refused.get("outgoing_name"))
                .containsEntry("previous_number", refused.get("number"));
        assertThat(redo.get("incoming_name")).isNotEqualTo(refused.get("incoming_name"));
        HandoverDetail detail = ws.handovers().detail((String) refused.get("id")).orElseThrow();
        assertThat(detail.items()).filteredOn(HandoverItem::differs).extracting(HandoverItem::condition)
                .containsExactly(ItemCondition.MISSING);

        // Notes carried from shift to shift until done; the open ones are what the next draft shows.
        for (String desk : List.of("LOBBY", "SERVICE")) {
            assertThat(ws.handovers().openNotes(desk)).as("open notes of %s", desk).isNotEmpty()
                    .allMatch(HandoverNote::open);
        }
        assertThat(SqlRows.query(db, "SELECT count(*) AS n FROM handover_shown_note").get(0).get("n"))
                .isInstanceOf(Number.class).matches(n -> ((Number) n).intValue() > summary.notes());
    }

    /** JJ-day-0001 onwards per site day in the order started, and the counters raised to them. */
    private static void numbers(Path db) {
        Map<String, Object> counters = new TreeMap<>();
        SqlRows.query(db, "SELECT day, last FROM number_counter WHERE prefix = 'JJ'")
                .forEach(r -> counters.put((String) r.get("day"), r.get("last")));
        Map<LocalDate, List<Map<String, Object>>> days = SqlRows.query(db, "SELECT * FROM handover").stream()
                .collect(Collectors.groupingBy(r -> Instant.ofEpochMilli(millis(r.get("started_at")))
                        .atZone(SHANGHAI).toLocalDate()));
        days.forEach((day, list) -> {
            list.sort((a, b) -> Long.compare(millis(a.get("started_at")), millis(b.get("started_at"))));
            for (int i = 0; i < list.size(); i++) {
                assertThat(list.get(i).get("number")).isEqualTo(String.format("JJ-%s-%04d", DAY.format(day), i + 1));
                assertThat(list.get(i).get("day")).isEqualTo(day.toString());
            }
            assertThat(counters.get(DAY.format(day))).as("counter of %s", day).isEqualTo(list.size());
        });
    }

    /** The program's next handover of the lobby is numbered after today's and sealed after the demo's last. */
    private static void nextHandoverCarriesOn(Workstation ws, MutableClock clock, Path db, LocalDate today) {
        Map<String, Object> last = SqlRows.query(db, "SELECT number, seal_sha256 FROM handover WHERE desk = 'LOBBY'"
                + " ORDER BY outgoing_signed_at DESC LIMIT 1").get(0);
        int todaySoFar = SqlRows.query(db, "SELECT number FROM handover WHERE number LIKE 'JJ-" + DAY.format(today)
                + "-%'").size();
        Session r1 = signIn(ws, "R001", "desk2026");
        Handover h = ws.handovers().start(r1, "LOBBY", "DAY");
        assertThat(h.number()).isEqualTo(String.format("JJ-%s-%04d", DAY.format(today), todaySoFar + 1));
        assertThat(ws.handovers().detail(h.id()).orElseThrow().notes())
                .containsAll(ws.handovers().openNotes("LOBBY"));
        for (HandoverItem i : ws.handovers().detail(h.id()).orElseThrow().items()) {
            if (!i.automatic()) {
                ws.handovers().count(r1, h.id(), i.code(), i.expected(), ItemCondition.GOOD, null);
            }
        }
        clock.advance(Duration.ofMinutes(5));
        Handover sealed = ws.handovers().signOutgoing(r1, h.id(), "desk2026".toCharArray());
        assertThat(sealed.previousNumber()).isEqualTo(last.get("number"));
        assertThat(sealed.previousSha256()).isEqualTo(last.get("seal_sha256"));
        clock.advance(Duration.ofMinutes(2));
        ws.handovers().signIncoming(r1, h.id(), "R002", "desk2026".toCharArray());
        clock.advance(Duration.ofMinutes(20));
        ws.handovers().countersign(r1, h.id(), "L001", "lead2026".toCharArray());
    }

    private static Session signIn(Workstation ws, String employeeNo, String password) {
        return ws.accounts().authenticate(employeeNo, password.toCharArray(), AccountService.Purpose.LOGIN);
    }

    private static long millis(Object value) {
        return ((Number) value).longValue();
    }
}
