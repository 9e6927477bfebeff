package com.frontdesk.parcels;

import com.frontdesk.core.Actor;
import com.frontdesk.core.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Fills the parcel room's books with generated history ({@link ParcelGenerator}) for the demo site:
 * parcels, deposited items, lost property and the signatures their handovers were signed with.
 * Past records cannot go through {@link ParcelService} and its siblings, which stamp the clock's
 * now, so this writes rows directly: all of them in one transaction through prepared batches,
 * inside {@link Store#write}.
 *
 * <p><b>Generated data, not history:</b> these rows have no audit entries and no outbox entries.
 * Nobody made these changes, and head office must not receive invented parcels as if the site had
 * signed for them. Do not use this for real records (an import, a migration): those go through
 * the services and their write helper.
 *
 * <p>The day counters ({@code number_counter}, prefixes {@code KD}, {@code JC}, {@code SW}) are set
 * in the same transaction as the rows they number, so the program's next intake on any of these
 * days gets the next free number. Loading into days that already have records continues their
 * numbering. Every row satisfies the tables' checks, or the whole load is rolled back.
 */
public final class ParcelBulkLoader {
    /** The demo's seed: every demo has the same parcels for the same dates. */
    public static final long DEMO_SEED = 20261122L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> PREFIXES = List.of(ParcelService.NUMBER_PREFIX, DepositService.NUMBER_PREFIX,
            LostPropertyService.NUMBER_PREFIX);
    private static final String INSERT_PARCEL = """
            INSERT INTO parcel (id, number, tracking_no, carrier, recipient_room_id, recipient_occupant_id,
                                recipient_text, pieces, size, shelf_code, courier_phoned, note, status, received_at,
                                received_by, notified_at, notice_method, notified_by, closed_at, closed_by,
                                collector_name, collector_phone, proxy, signature_id, end_reason, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_DEPOSIT = """
            INSERT INTO deposit (id, number, description, depositor_name, depositor_phone, recipient_room_id,
                                 recipient_occupant_id, recipient_text, shelf_code, note, status, received_at,
                                 received_by, closed_at, closed_by, collector_name, signature_id, return_reason,
                                 created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_LOST_ITEM = """
            INSERT INTO lost_item (id, number, description, category, found_where, found_at, found_by, shelf_code,
                                   kept_text, note, status, recorded_by, closed_at, closed_by, claimant_name,
                                   claimant_phone, claimant_id_type, claimant_id_last4, id_checked, signature_id,
                                   disposal_method, disposal_note, early_reason, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COUNTER = """
            INSERT INTO number_counter (prefix, day, last) VALUES (?, ?, ?)
            ON CONFLICT (prefix, day) DO UPDATE SET last = max(last, excluded.last)""";

    /**
     * What a load stored. {@code held}, {@code depositsHeld} and {@code lostHeld} are what is at the
     * desk now; {@code drawn} of the {@code signatures} carry a PNG, the rest are typed names.
     */
    public record Summary(int parcels, LocalDate firstDay, LocalDate lastDay, int pickedUp, int byProxy, int returned,
                          int takenUp, int held, int signatures, int drawn, int deposits, int depositsHeld,
                          int lostItems, int lostClaimed, int lostDisposed, int lostHeld, Duration took) {
    }

    private final Store store;

    public ParcelBulkLoader(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The demo's parcel room: {@code days} whole days before today and today up to the clock's now.
     * Drawn signatures show one of {@code drawnSignatures} (PNGs, say 40 of them: drawing thousands
     * would take longer than the rest of the load); each handover still has its own signature row.
     * Shelves must be defined first (A… small, B… large, C… cold, FLOOR oversized); without any,
     * nothing lies on a shelf.
     */
    public Summary loadDemo(Actor actor, int days, long seed, List<byte[]> drawnSignatures) {
        if (days < 0) {
            throw new IllegalArgumentException("days " + days);
        }
        long started = System.nanoTime();
        SignatureBatch pool = new SignatureBatch(drawnSignatures);
        Instant now = store.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        Site site = store.read(ParcelBulkLoader::site);
        LocalDate today = now.atZone(site.zone()).toLocalDate();
        LocalDate first = today.minusDays(days);
        ParcelGenerator.Output out = new ParcelGenerator(seed, site.zone(), site.desk(), site.recipients(),
                site.shelves(), site.counters(), pool.poolSize()).generate(first, now);

        store.write(actor, tx -> {
            Handle h = tx.handle();
            pool.insert(h, out.signatures().stream()
                    .map(s -> new SignatureBatch.Row(s.id(), s.signerName(), s.png(), s.createdAt())).toList());
            PreparedBatch parcels = h.prepareBatch(INSERT_PARCEL);
            out.parcels().forEach(p -> bind(parcels, p).add());
            execute(parcels);
            PreparedBatch deposits = h.prepareBatch(INSERT_DEPOSIT);
            out.deposits().forEach(d -> bind(deposits, d).add());
            execute(deposits);
            PreparedBatch lost = h.prepareBatch(INSERT_LOST_ITEM);
            out.lostItems().forEach(i -> bind(lost, i).add());
            execute(lost);
            // The highest number of each day per prefix: the counters end where the rows end.
            Map<String, Integer> last = new TreeMap<>();
            lastNumbers(out.parcels(), Parcel::number, last);
            lastNumbers(out.deposits(), Deposit::number, last);
            lastNumbers(out.lostItems(), LostItem::number, last);
            PreparedBatch counter = h.prepareBatch(COUNTER);
            last.forEach((prefixDay, n) -> counter.bind(0, prefixDay.substring(0, 2)).bind(1, prefixDay.substring(3))
                    .bind(2, n).add());
            execute(counter);
            return null;
        });

        List<Parcel> ps = out.parcels();
        int drawn = (int) out.signatures().stream().filter(s -> s.png() >= 0).count();
        return new Summary(ps.size(), first, today, count(ps, ParcelStatus.PICKED_UP),
                (int) ps.stream().filter(Parcel::proxy).count(), count(ps, ParcelStatus.RETURNED),
                count(ps, ParcelStatus.TAKEN_UP), count(ps, ParcelStatus.HELD), out.signatures().size(), drawn,
                out.deposits().size(), (int) out.deposits().stream().filter(Deposit::held).count(),
                out.lostItems().size(),
                (int) out.lostItems().stream().filter(i -> i.status() == LostItemStatus.CLAIMED).count(),
                (int) out.lostItems().stream().filter(i -> i.status() == LostItemStatus.DISPOSED).count(),
                (int) out.lostItems().stream().filter(LostItem::held).count(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static int count(List<Parcel> parcels, ParcelStatus status) {
        return (int) parcels.stream().filter(p -> p.status() == status).count();
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    /** "KD-20261122-0007" → key "KD-20261122", keeping the highest number. */
    private static <T> void lastNumbers(List<T> rows, Function<T, String> number, Map<String, Integer> last) {
        for (T row : rows) {
            String n = number.apply(row);
            last.merge(n.substring(0, 11), Integer.parseInt(n.substring(12)), Math::max);
        }
    }

    private static PreparedBatch bind(PreparedBatch b, Parcel p) {
        int i = 0;
        b.bind(i++, p.id()).bind(i++, p.number()).bind(i++, p.trackingNo()).bind(i++, p.carrier().name())
                .bind(i++, p.recipientRoomId()).bind(i++, p.recipientOccupantId()).bind(i++, p.recipientText())
                .bind(i++, p.pieces()).bind(i++, p.size().name()).bind(i++, p.shelfCode())
                .bind(i++, p.courierPhoned() ? 1 : 0).bind(i++, p.note()).bind(i++, p.status().name())
                .bind(i++, millis(p.receivedAt())).bind(i++, p.receivedBy()).bind(i++, millis(p.notifiedAt()))
                .bind(i++, p.noticeMethod() == null ? null : p.noticeMethod().name()).bind(i++, p.notifiedBy())
                .bind(i++, millis(p.closedAt())).bind(i++, p.closedBy()).bind(i++, p.collectorName())
                .bind(i++, p.collectorPhone()).bind(i++, p.proxy() ? 1 : 0).bind(i++, p.signatureId())
                .bind(i++, p.endReason()).bind(i++, millis(p.createdAt())).bind(i, millis(p.updatedAt()));
        return b;
    }

    private static PreparedBatch bind(PreparedBatch b, Deposit d) {
        int i = 0;
        b.bind(i++, d.id()).bind(i++, d.number()).bind(i++, d.description()).bind(i++, d.depositorName())
                .bind(i++, d.depositorPhone()).bind(i++, d.recipientRoomId()).bind(i++, d.recipientOccupantId())
                .bind(i++, d.recipientText()).bind(i++, d.shelfCode()).bind(i++, d.note())
                .bind(i++, d.status().name()).bind(i++, millis(d.receivedAt())).bind(i++, d.receivedBy())
                .bind(i++, millis(d.closedAt())).bind(i++, d.closedBy()).bind(i++, d.collectorName())
                .bind(i++, d.signatureId()).bind(i++, d.returnReason()).bind(i++, millis(d.createdAt()))
                .bind(i, millis(d.updatedAt()));
        return b;
    }

    private static PreparedBatch bind(PreparedBatch b, LostItem x) {
        int i = 0;
        b.bind(i++, x.id()).bind(i++, x.number()).bind(i++, x.description())
                .bind(i++, x.category() == null ? null : x.category().name()).bind(i++, x.foundWhere())
                .bind(i++, millis(x.foundAt())).bind(i++, x.foundBy()).bind(i++, x.shelfCode())
                .bind(i++, x.keptText()).bind(i++, x.note()).bind(i++, x.status().name()).bind(i++, x.recordedBy())
                .bind(i++, millis(x.closedAt())).bind(i++, x.closedBy()).bind(i++, x.claimantName())
                .bind(i++, x.claimantPhone()).bind(i++, x.claimantIdType() == null ? null : x.claimantIdType().name())
                .bind(i++, x.claimantIdLast4()).bind(i++, x.idChecked() ? 1 : 0).bind(i++, x.signatureId())
                .bind(i++, x.disposalMethod() == null ? null : x.disposalMethod().name()).bind(i++, x.disposalNote())
                .bind(i++, x.earlyReason()).bind(i++, millis(x.createdAt())).bind(i, millis(x.updatedAt()));
        return b;
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }

    private record Site(ZoneId zone, ParcelGenerator.Desk desk, List<ParcelGenerator.Recipient> recipients,
                        List<String> shelves, Map<String, Map<LocalDate, Integer>> counters) {
    }

    /**
     * The site's zone, who works at the desk, the directory's current occupants who did not refuse
     * parcels (never one who said no), the shelves in use and the counters so far.
     */
    private static Site site(Handle h) {
        ZoneId zone = h.createQuery("SELECT zone_id FROM site").mapTo(String.class).findOne()
                .map(ZoneId::of).orElse(ZoneId.systemDefault());
        List<String> receptionists = staff(h, "RECEPTIONIST");
        List<String> leads = staff(h, "SHIFT_LEAD");
        List<String> admins = staff(h, "ADMINISTRATOR");
        ParcelGenerator.Desk desk = new ParcelGenerator.Desk(receptionists, leads.isEmpty() ? null : leads.get(0),
                admins.isEmpty() ? null : admins.get(0));
        List<ParcelGenerator.Recipient> recipients = h.createQuery("""
                        SELECT r.id AS room_id, r.code, o.id AS occupant_id, o.name
                        FROM occupant o JOIN room r ON r.id = o.room_id
                        WHERE o.moved_out = 0 AND o.deleted_at IS NULL AND r.deleted_at IS NULL AND r.public_area = 0
                          AND o.parcel_consent <> 'NO'
                        ORDER BY r.sort_key, r.id, o.created_at, o.id""")
                .map((rs, ctx) -> new ParcelGenerator.Recipient(rs.getString("room_id"), rs.getString("code"),
                        rs.getString("occupant_id"), rs.getString("name")))
                .list();
        List<String> shelves = h.createQuery("SELECT code FROM shelf WHERE active = 1 ORDER BY code")
                .mapTo(String.class).list();
        Map<String, Map<LocalDate, Integer>> counters = new HashMap<>();
        for (String prefix : PREFIXES) {
            Map<LocalDate, Integer> days = new HashMap<>();
            h.createQuery("SELECT day, last FROM number_counter WHERE prefix = :p").bind("p", prefix)
                    .map((rs, ctx) -> Map.entry(LocalDate.parse(rs.getString("day"), DAY), rs.getInt("last")))
                    .forEach(e -> days.put(e.getKey(), e.getValue()));
            counters.put(prefix, days);
        }
        return new Site(zone, desk, recipients, shelves, counters);
    }

    private static List<String> staff(Handle h, String role) {
        return h.createQuery("SELECT id FROM staff WHERE role = :role AND active = 1 ORDER BY employee_no")
                .bind("role", role).mapTo(String.class).list();
    }
}
