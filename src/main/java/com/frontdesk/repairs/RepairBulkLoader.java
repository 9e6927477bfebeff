package com.frontdesk.repairs;

import com.frontdesk.core.SiteDays;
import com.frontdesk.core.Actor;
import com.frontdesk.core.BulkRows;
import com.frontdesk.core.Store;
import com.frontdesk.parcels.SignatureBatch;
import com.frontdesk.repairs.RepairGenerator.Desk;
import com.frontdesk.repairs.RepairTimeline.Staff;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Fills the repair book with a generated year ({@link RepairGenerator}) for the demo site: the
 * repairs, every step of their timelines, the call-backs and the signatures of the completions.
 * Past steps cannot go through {@link RepairService}, which stamps the clock's now, so this writes
 * the rows directly, all of them in one transaction inside {@link Store#write}.
 *
 * <p><b>Generated data, not history:</b> these rows have no audit entries and no outbox entries.
 * Nobody made these changes, and head office must not receive invented repairs as if the site had
 * taken them. Do not use this for real records (an import, a migration): those go through the
 * service and its write helper.
 *
 * <p>The day counters ({@code number_counter}, prefix {@code BX}) are raised in the same
 * transaction to the highest number stored per day, so the program's next intake gets the next
 * free number. Every row satisfies the tables' checks, or the whole load is rolled back.
 */
public final class RepairBulkLoader {
    /** The demo's seed: every demo has the same repairs for the same dates. */
    public static final long DEMO_SEED = 20261122L;

    /**
     * What a load stored: the repairs of {@code firstDay} to {@code lastDay} and how they stand now;
     * {@code escalated} repairs had a call-back with a grievance or anger; {@code drawn} of the
     * {@code signatures} carry a PNG, the rest are typed names.
     */
    public record Summary(int repairs, LocalDate firstDay, LocalDate lastDay, int open, int waitingForVendor,
                          int closed, int cancelled, int events, int callBacks, int escalated, int signatures,
                          int drawn, Duration took) {
    }

    private final Store store;

    public RepairBulkLoader(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Settings with the firms the demo hands repairs to (lift and fire maintenance, manufacturers
     * under warranty, the builder) added to those it has.
     */
    public static RepairSettings withDemoVendors(RepairSettings settings) {
        List<RepairVendor> vendors = new ArrayList<>(settings.vendors());
        for (RepairVendor v : RepairCatalog.DEMO_VENDORS) {
            if (settings.vendor(v.name()).isEmpty()) {
                vendors.add(v);
            }
        }
        return settings.withVendors(vendors);
    }

    /**
     * The demo's repair book: {@code days} whole days before today and today up to the clock's now.
     * Categories, deadlines and firms come from {@code settings}: repairs go to a firm only when
     * Settings has it. Drawn signatures show one of {@code drawnSignatures}; each completion still
     * has its own signature row. The directory must have residents with a phone.
     */
    public Summary loadDemo(Actor actor, int days, long seed, RepairSettings settings, List<byte[]> drawnSignatures) {
        if (days < 0) {
            throw new IllegalArgumentException("days " + days);
        }
        long started = System.nanoTime();
        SignatureBatch pool = new SignatureBatch(drawnSignatures);
        RepairGenerator generator = new RepairGenerator(seed, store.read(RepairBulkLoader::site), settings,
                pool.poolSize());
        RepairGenerator.Output out = generator.generate(days, store.clock().instant().truncatedTo(ChronoUnit.MILLIS));
        store.write(actor, tx -> {
            insert(tx.handle(), out, pool);
            return null;
        });
        return summary(out, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Through the repository's inserts, so each row's {@code next_due} is worked out as the service's is. */
    private static void insert(Handle h, RepairGenerator.Output out, SignatureBatch pool) {
        RepairRepository repository = new RepairRepository();
        pool.insert(h, out.signatures());
        out.repairs().forEach(r -> repository.insert(h, r));
        out.events().forEach(e -> repository.insertEvent(h, e));
        out.callBacks().forEach(c -> repository.insertCallBack(h, c));
        BulkRows.raiseCounters(h, RepairService.NUMBER_PREFIX, "repair");
    }

    private static Summary summary(RepairGenerator.Output out, Duration took) {
        List<Repair> rs = out.repairs();
        return new Summary(rs.size(), out.firstDay(), out.lastDay(), (int) rs.stream().filter(Repair::open).count(),
                (int) rs.stream().filter(r -> r.holdReason() == HoldReason.WAITING_VENDOR).count(),
                count(rs, RepairStatus.CLOSED), count(rs, RepairStatus.CANCELLED), out.events().size(),
                out.callBacks().size(), (int) rs.stream().filter(Repair::escalated).count(),
                out.signatures().size(), (int) out.signatures().stream().filter(SignatureBatch.Row::drawn).count(),
                took);
    }

    private static int count(List<Repair> repairs, RepairStatus status) {
        return (int) repairs.stream().filter(r -> r.status() == status).count();
    }

    /**
     * The site's zone, who works the repair book, the residents of the homes (not the office
     * tower's companies) with a phone to call, the public locations and the counters so far.
     */
    private static RepairGenerator.Site site(Handle h) {
        ZoneId zone = SiteDays.zone(h);
        return new RepairGenerator.Site(zone, desk(h), residents(h), places(h),
                BulkRows.counters(h, RepairService.NUMBER_PREFIX));
    }

    /** The active staff by role: receptionists take, agents dispatch and call back, the (first) lead closes. */
    private static Desk desk(Handle h) {
        Map<String, List<Staff>> byRole = new HashMap<>();
        BulkRows.staffByRole(h).forEach((role, staff) -> byRole.put(role,
                staff.stream().map(s -> new Staff(s.id(), s.name())).toList()));
        List<Staff> leads = byRole.getOrDefault("SHIFT_LEAD", List.of());
        List<Staff> admins = byRole.getOrDefault("ADMINISTRATOR", List.of());
        return new Desk(byRole.getOrDefault("RECEPTIONIST", List.of()), byRole.getOrDefault("AGENT", List.of()),
                leads.isEmpty() ? null : leads.get(0), admins.isEmpty() ? null : admins.get(0));
    }

    /** The residents of the homes, in an order that does not depend on the directory's random ids. */
    private static List<RepairGenerator.Resident> residents(Handle h) {
        return BulkRows.residents(h).stream().map(r -> new RepairGenerator.Resident(r.roomId(), r.roomCode(),
                r.occupantId(), r.name(), r.phone())).toList();
    }

    private static List<RepairGenerator.Place> places(Handle h) {
        return h.createQuery("SELECT id, code FROM room WHERE public_area = 1 AND deleted_at IS NULL"
                        + " ORDER BY sort_key, code")
                .map((rs, ctx) -> new RepairGenerator.Place(rs.getString("id"), rs.getString("code"))).list();
    }
}
