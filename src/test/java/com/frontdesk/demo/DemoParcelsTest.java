package com.frontdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Session;
import com.frontdesk.db.DataDirectory;
import com.frontdesk.parcels.Carrier;
import com.frontdesk.parcels.Deposit;
import com.frontdesk.parcels.DepositForm;
import com.frontdesk.parcels.HeldParcel;
import com.frontdesk.parcels.LostItem;
import com.frontdesk.parcels.LostItemCategory;
import com.frontdesk.parcels.LostItemForm;
import com.frontdesk.parcels.Parcel;
import com.frontdesk.parcels.ParcelBulkLoader;
import com.frontdesk.parcels.ParcelForm;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.SqlRows;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code demo-data}'s parcel room: 90 days of parcels a desk would recognise (signed for on the pad,
 * some by proxies, some still on the shelf and overdue), deposited items and lost property in every
 * state, rows that keep the tables' rules, and numbering the program carries on without a
 * collision. Run on a busy Wednesday afternoon and on a Sunday morning of the site's day.
 */
class DemoParcelsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Map<String, Pattern> TRACKING = Map.of(
            "SF", Pattern.compile("SF\\d{12,13}"),
            "JT", Pattern.compile("JT\\d{13}"),
            "YTO", Pattern.compile("YT\\d{13}"),
            "JD", Pattern.compile("JD[0-9A-Z]{10,16}"),
            "ZTO", Pattern.compile("\\d{12,15}"),
            "STO", Pattern.compile("\\d{12,15}"),
            "YUNDA", Pattern.compile("\\d{12,15}"),
            "EMS", Pattern.compile("\\d{13}"));

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T07:00:00Z", "2026-11-22T01:30:00Z"})
    void demoDataFillsTheParcelRoomWithNinetyDaysOfRealisticRecords(String at) throws IOException {
        MutableClock clock = new MutableClock(Instant.parse(at));
        Instant now = clock.instant();
        LocalDate today = now.atZone(SHANGHAI).toLocalDate();
        try (Workstation ws = Workstation.open(new DataDirectory(temp.resolve("demo")), clock)) {
            long started = System.nanoTime();
            DemoData.Result result = new DemoData(ws).create();
            Duration whole = Duration.ofNanos(System.nanoTime() - started);
            ParcelBulkLoader.Summary summary = result.parcels();
            System.out.printf("demo-data at %s: %s in all, parcel room %s: %d parcels (%d picked up, %d by proxy,"
                            + " %d returned, %d taken up, %d held), %d signatures (%d drawn), %d deposits (%d held),"
                            + " %d lost items (%d claimed, %d disposed, %d held)%n", at, whole, summary.took(),
                    summary.parcels(), summary.pickedUp(), summary.byProxy(), summary.returned(), summary.takenUp(),
                    summary.held(), summary.signatures(), summary.drawn(), summary.deposits(), summary.depositsHeld(),
                    summary.lostItems(), summary.lostClaimed(), summary.lostDisposed(), summary.lostHeld());
            assertThat(whole).as("the whole demo-data").isLessThan(Duration.ofSeconds(30));

            Path db = ws.dataDirectory().database();
            List<Map<String, Object>> parcels = SqlRows.query(db, """
                    SELECT p.*, s.signer_name, s.sha256, s.created_at AS signed_at
                    FROM parcel p LEFT JOIN signature s ON s.id = p.signature_id""");
            assertThat(parcels).hasSize(summary.parcels());

            // 90 whole days before today: at least 30 on every weekday, fewer at weekends.
            Map<LocalDate, Integer> perDay = new TreeMap<>();
            parcels.forEach(r -> perDay.merge(siteDay(r.get("received_at")), 1, Integer::sum));
            assertThat(perDay.keySet()).allMatch(d -> !d.isBefore(today.minusDays(DemoData.DEMO_PARCEL_DAYS)));
            int weekdays = 0;
            int weekdayParcels = 0;
            int weekendParcels = 0;
            for (LocalDate d = today.minusDays(DemoData.DEMO_PARCEL_DAYS); d.isBefore(today); d = d.plusDays(1)) {
                int n = perDay.getOrDefault(d, 0);
                if (weekend(d)) {
                    assertThat(n).as("parcels on %s", d).isBetween(10, 45);
                    weekendParcels += n;
                } else {
                    assertThat(n).as("parcels on %s", d).isBetween(30, 90);
                    weekdays++;
                    weekdayParcels += n;
                }
            }
            assertThat((double) weekendParcels / (DemoData.DEMO_PARCEL_DAYS - weekdays))
                    .isLessThan(0.7 * weekdayParcels / weekdays);

            // What intake writes: couriers who phoned first, in office hours, their numbers' shapes, sizes on their shelves.
            assertThat(parcels).allMatch(r -> millis(r.get("courier_phoned")) == 1);
            assertThat(parcels).allMatch(r -> {
                LocalTime t = time(r.get("received_at"));
                return !t.isBefore(LocalTime.of(9, 0)) && t.isBefore(LocalTime.of(20, 0));
            });
            assertThat(parcels).allMatch(r -> TRACKING.get((String) r.get("carrier")).matcher(
                    (String) r.get("tracking_no")).matches());
            assertThat(parcels.stream().map(r -> r.get("carrier")).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(TRACKING.keySet());
            assertThat(parcels.stream().map(r -> Carrier.valueOf((String) r.get("carrier")))
                    .filter(c -> c == Carrier.ZTO).count()).isGreaterThan(parcels.stream()
                    .filter(r -> "EMS".equals(r.get("carrier"))).count());
            assertThat(parcels).filteredOn(r -> "PERISHABLE".equals(r.get("size"))).isNotEmpty()
                    .allMatch(r -> "C1".equals(r.get("shelf_code")));
            assertThat(parcels).filteredOn(r -> "SMALL".equals(r.get("size")))
                    .allMatch(r -> ((String) r.get("shelf_code")).matches("A[1-6]"));
            assertThat(parcels).anyMatch(r -> "FLOOR".equals(r.get("shelf_code")));
            assertThat(parcels).allMatch(r -> millis(r.get("updated_at")) <= now.toEpochMilli());
            assertThat(parcels).filteredOn(r -> r.get("notified_at") != null).allMatch(r ->
                    millis(r.get("notified_at")) >= millis(r.get("received_at"))
                            && (r.get("closed_at") == null || millis(r.get("notified_at")) <= millis(r.get("closed_at"))));
            assertThat(parcels).filteredOn(r -> r.get("closed_at") != null)
                    .allMatch(r -> millis(r.get("closed_at")) > millis(r.get("received_at")));
            double notified = parcels.stream().filter(r -> r.get("notified_at") != null).count();
            assertThat(notified / parcels.size()).isGreaterThan(0.8);

            // Recipients: the directory's people as intake names them, never one who refused parcels.
            assertThat(SqlRows.query(db, """
                    SELECT count(*) AS n FROM parcel p JOIN occupant o ON o.id = p.recipient_occupant_id
                    WHERE o.parcel_consent = 'NO'""").get(0).get("n")).isEqualTo(0);
            assertThat(SqlRows.query(db, """
                    SELECT count(*) AS n FROM parcel p
                    JOIN room r ON r.id = p.recipient_room_id
                    LEFT JOIN occupant o ON o.id = p.recipient_occupant_id AND o.room_id = r.id
                    WHERE p.recipient_text <> CASE WHEN p.recipient_occupant_id IS NULL THEN r.code
                                                   ELSE r.code || ' · ' || o.name END""").get(0).get("n"))
                    .isEqualTo(0);

            // Ends: most picked up within days, each pickup signed; some by proxies; a few returned or taken up.
            long pickedUp = parcels.stream().filter(r -> "PICKED_UP".equals(r.get("status"))).count();
            assertThat((double) pickedUp / parcels.size()).isBetween(0.78, 0.93);
            assertThat(parcels).filteredOn(r -> "PICKED_UP".equals(r.get("status")))
                    .allMatch(r -> r.get("collector_name").equals(r.get("signer_name")))
                    .allMatch(r -> millis(r.get("signed_at")) == millis(r.get("closed_at")));
            long drawn = parcels.stream().filter(r -> "PICKED_UP".equals(r.get("status")) && r.get("sha256") != null)
                    .count();
            assertThat((double) drawn / pickedUp).isGreaterThan(0.7).isLessThan(0.95);
            List<Map<String, Object>> proxies = parcels.stream().filter(r -> millis(r.get("proxy")) == 1).toList();
            assertThat(proxies).isNotEmpty().allMatch(r -> r.get("collector_phone") != null)
                    .allMatch(r -> !((String) r.get("recipient_text")).endsWith(" · " + r.get("collector_name")));
            long pickups = parcels.stream().map(r -> r.get("signature_id")).filter(s -> s != null).distinct().count();
            long proxyPickups = proxies.stream().map(r -> r.get("signature_id")).distinct().count();
            assertThat((double) proxyPickups / pickups).isBetween(0.06, 0.2);
            assertThat(parcels).filteredOn(r -> "RETURNED".equals(r.get("status"))
                    || "TAKEN_UP".equals(r.get("status"))).isNotEmpty().allMatch(r -> r.get("end_reason") != null);
            assertThat(parcels).anyMatch(r -> "TAKEN_UP".equals(r.get("status")));
            assertThat(parcels).filteredOn(r -> "PICKED_UP".equals(r.get("status"))).allMatch(r -> {
                long days = Duration.ofMillis(millis(r.get("closed_at")) - millis(r.get("received_at"))).toDays();
                return "PERISHABLE".equals(r.get("size")) ? days <= 2 : days <= 13;
            });
            // People come to the desk from early morning to late evening, not in the night.
            assertThat(SqlRows.query(db, """
                    SELECT closed_at FROM parcel WHERE status = 'PICKED_UP'
                    UNION ALL SELECT closed_at FROM deposit WHERE status = 'HANDED_OUT'
                    UNION ALL SELECT closed_at FROM lost_item WHERE status = 'CLAIMED'"""))
                    .allMatch(r -> {
                        LocalTime t = time(r.get("closed_at"));
                        return !t.isBefore(LocalTime.of(7, 0)) && t.isBefore(LocalTime.of(22, 0));
                    });
            long withinFiveDays = parcels.stream().filter(r -> "PICKED_UP".equals(r.get("status")))
                    .filter(r -> millis(r.get("closed_at")) - millis(r.get("received_at")) < 6 * 86_400_000L).count();
            assertThat((double) withinFiveDays / pickedUp).isGreaterThan(0.95);

            // A recipient who collects several parcels signs once: the parcels share the signature row.
            Map<Object, List<Map<String, Object>>> bySignature = parcels.stream()
                    .filter(r -> r.get("signature_id") != null)
                    .collect(Collectors.groupingBy(r -> r.get("signature_id")));
            assertThat(bySignature.values()).anyMatch(group -> group.size() > 1);
            assertThat(bySignature.values()).allMatch(group -> group.stream()
                    .map(r -> r.get("recipient_room_id") + "/" + r.get("recipient_occupant_id") + "/"
                            + r.get("recipient_text") + "/" + r.get("collector_name") + "/" + r.get("closed_at"))
                    .distinct().count() == 1);

            // Every signature row is used once (a pickup, a hand-out or a claim); drawn ones are PNGs of the pad's size.
            // The rest are the repair book's completions (DemoRepairsTest).
            List<Map<String, Object>> signatures = SqlRows.query(db, "SELECT id, signer_name, png, sha256 FROM signature"
                    + " WHERE id IN (SELECT signature_id FROM parcel UNION SELECT signature_id FROM deposit"
                    + " UNION SELECT signature_id FROM lost_item)");
            assertThat(SqlRows.query(db, "SELECT count(*) AS n FROM signature").get(0).get("n"))
                    .isEqualTo(summary.signatures() + result.repairs().signatures());
            Set<Object> used = new HashSet<>(bySignature.keySet());
            SqlRows.query(db, "SELECT signature_id FROM deposit WHERE signature_id IS NOT NULL UNION ALL"
                    + " SELECT signature_id FROM lost_item WHERE signature_id IS NOT NULL")
                    .forEach(r -> assertThat(used.add(r.get("signature_id"))).isTrue());
            assertThat(signatures).hasSize(summary.signatures()).hasSize(used.size());
            Map<String, byte[]> distinct = new HashMap<>();
            for (Map<String, Object> s : signatures) {
                byte[] png = (byte[]) s.get("png");
                if (png != null) {
                    assertThat(s.get("sha256")).isEqualTo(sha256(png));
                    distinct.putIfAbsent((String) s.get("sha256"), png);
                }
            }
            assertThat(distinct).hasSizeBetween(20, DemoSignatures.POOL);
            for (byte[] png : distinct.values()) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertThat(image).isNotNull();
                assertThat(image.getWidth()).isEqualTo(600);
                assertThat(image.getHeight()).isEqualTo(200);
                assertThat(png.length).isBetween(1_000, 8_000);
            }

            // On the shelves now: held parcels, several overdue (a new site ages them by the default settings:
            // 3 days, perishables 1), some nobody has been told about yet.
            int held = ws.parcels().countHeld();
            int overdue = ws.parcels().countOverdue();
            List<HeldParcel> notNotified = ws.parcels().held(true, null, 500);
            System.out.printf("  held %d, overdue %d, not notified %d; deposits held %d; lost held %d, due %d%n",
                    held, overdue, notNotified.size(), ws.deposits().countHeld(), ws.lostProperty().countHeld(),
                    ws.lostProperty().countDueForDisposal());
            assertThat(held).isEqualTo(summary.held()).isBetween(20, 250);
            assertThat(overdue).isGreaterThanOrEqualTo(3).isLessThan(held / 2);
            assertThat(ws.parcels().held(false, null, 500)).filteredOn(HeldParcel::overdue).hasSize(overdue);
            assertThat(notNotified).isNotEmpty();

            // Deposits and lost property in every state, as their services would have closed them.
            Map<Object, Long> depositStates = SqlRows.query(db, "SELECT status FROM deposit").stream()
                    .collect(Collectors.groupingBy(r -> r.get("status"), Collectors.counting()));
            assertThat(depositStates).containsOnlyKeys("HELD", "HANDED_OUT", "RETURNED");
            assertThat(depositStates.get("HANDED_OUT")).isGreaterThan(depositStates.get("HELD"));
            assertThat(depositStates.get("HANDED_OUT") + depositStates.get("HELD") + depositStates.get("RETURNED"))
                    .isEqualTo(summary.deposits()).isGreaterThan(DemoData.DEMO_PARCEL_DAYS * 2L);
            assertThat(SqlRows.query(db, """
                    SELECT count(*) AS n FROM deposit d JOIN signature s ON s.id = d.signature_id
                    WHERE d.collector_name <> s.signer_name""").get(0).get("n")).isEqualTo(0);
            List<Map<String, Object>> lost = SqlRows.query(db, "SELECT * FROM lost_item");
            Map<Object, Long> lostStates = lost.stream()
                    .collect(Collectors.groupingBy(r -> r.get("status"), Collectors.counting()));
            assertThat(lostStates).containsOnlyKeys("HELD", "CLAIMED", "DISPOSED");
            assertThat(lost).hasSizeBetween(30, 70);
            assertThat((double) lostStates.get("CLAIMED") / lost.size()).isBetween(0.4, 0.75);
            assertThat(lost.stream().map(r -> r.get("category")).distinct().count()).isGreaterThanOrEqualTo(6);
            assertThat(lost).anyMatch(r -> r.get("shelf_code") != null).anyMatch(r -> r.get("kept_text") != null);
            assertThat(lost).filteredOn(r -> "CLAIMED".equals(r.get("status")))
                    .allMatch(r -> "RESIDENT_ID".equals(r.get("claimant_id_type")) && millis(r.get("id_checked")) == 1
                            && ((String) r.get("claimant_id_last4")).matches("\\d{3}[0-9X]"));
            assertThat(lost).filteredOn(r -> "DISPOSED".equals(r.get("status")))
                    .allMatch(r -> millis(r.get("closed_at")) - millis(r.get("found_at")) > 30 * 86_400_000L)
                    .allMatch(r -> r.get("early_reason") == null);
            assertThat(ws.lostProperty().countDueForDisposal()).isGreaterThanOrEqualTo(2);

            // The program carries on: the next intake, deposit and find of today get the next free numbers.
            Session desk = ws.accounts().authenticate("R001", "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
            Map<String, Object> someone = SqlRows.query(db, """
                    SELECT o.id, o.room_id FROM occupant o WHERE o.parcel_consent = 'YES' AND o.moved_out = 0
                    ORDER BY o.id LIMIT 1""").get(0);
            String room = (String) someone.get("room_id");
            String occupant = (String) someone.get("id");
            Parcel next = ws.parcels().receive(desk, ParcelForm.of("SF1234567890123", Carrier.SF, room, occupant)
                    .withShelf("A1"));
            assertThat(next.number()).isEqualTo(nextNumber(db, "parcel", "KD", "received_at", today));
            Deposit deposit = ws.deposits().receive(desk, DepositForm.forRoom("钥匙一串", "王阿姨", null, room, occupant));
            assertThat(deposit.number()).isEqualTo(nextNumber(db, "deposit", "JC", "received_at", today));
            LostItem item = ws.lostProperty().record(desk, LostItemForm.of("黑色雨伞", LostItemCategory.UMBRELLA,
                    "大堂", "保洁员 刘阿姨", "A6"));
            assertThat(item.number()).isEqualTo(nextNumber(db, "lost_item", "SW", "created_at", today));

            // Numbers run 1..n per site day in the order of intake, and the counters agree.
            Map<String, Object> counters = new HashMap<>();
            SqlRows.query(db, "SELECT prefix || day AS k, last FROM number_counter")
                    .forEach(r -> counters.put((String) r.get("k"), r.get("last")));
            Map<LocalDate, List<Map<String, Object>>> days = SqlRows.query(db, "SELECT number, received_at FROM parcel")
                    .stream().collect(Collectors.groupingBy(r -> siteDay(r.get("received_at"))));
            days.forEach((day, list) -> {
                list.sort((a, b) -> Long.compare(millis(a.get("received_at")), millis(b.get("received_at"))));
                for (int i = 0; i < list.size(); i++) {
                    assertThat(list.get(i).get("number")).isEqualTo(String.format("KD-%s-%04d", DAY.format(day), i + 1));
                }
                assertThat(counters.get("KD" + DAY.format(day))).as("counter of %s", day).isEqualTo(list.size());
            });
        }
    }

    /** What the next number of today should be: one after the highest already stored (before this one). */
    private static String nextNumber(Path db, String table, String prefix, String column, LocalDate today) {
        long start = today.atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
        long end = today.plusDays(1).atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
        long before = ((Number) SqlRows.query(db, "SELECT count(*) AS n FROM " + table + " WHERE " + column
                + " >= " + start + " AND " + column + " < " + end).get(0).get("n")).longValue();
        return String.format("%s-%s-%04d", prefix, DAY.format(today), before);
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate siteDay(Object epochMillis) {
        return Instant.ofEpochMilli(millis(epochMillis)).atZone(SHANGHAI).toLocalDate();
    }

    private static LocalTime time(Object epochMillis) {
        return Instant.ofEpochMilli(millis(epochMillis)).atZone(SHANGHAI).toLocalTime();
    }

    private static long millis(Object value) {
        return ((Number) value).longValue();
    }
}
