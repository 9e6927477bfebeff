package com.frontdesk.visitors;

import com.frontdesk.core.Actor;
import com.frontdesk.core.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Fills the visit register with generated visits ({@link VisitGenerator}) for the demo site and
 * the benchmark. Past visits cannot go through {@link VisitorService#checkIn}, which stamps the
 * clock's now, so this writes rows directly: thousands per transaction through one prepared
 * batch, inside {@link Store#write}.
 *
 * <p><b>Generated data, not history:</b> these rows have no audit entries and no outbox entries.
 * Nobody made these changes, and head office must not receive invented visits as if the site had
 * registered them. Do not use this for real records (an import, a migration): those go through
 * the service and its write helper.
 *
 * <p>The day counters ({@code number_counter}, prefix {@code FK}) are set in the same
 * transactions as the visits they number, so the program's next check-in on any of these days
 * gets the next free number. Loading into days that already have visits continues their
 * numbering.
 */
public final class VisitorBulkLoader {
    /** Rows per transaction: large enough to make 1,000,000 rows quick, small enough to keep memory flat. */
    static final int BATCH = 20_000;
    /** The demo's seed: every demo has the same visitors for the same dates. */
    public static final long DEMO_SEED = 20261122L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String INSERT = """
            INSERT INTO visit (id, number, visitor_name, phone, phone_tail, id_type, id_last4, id_hash, id_full,
                               company, head_count, purpose, host_room_id, host_occupant_id, host_text, verification,
                               verified_at, status, pass_no, plate, note, job_size, engineering_note, approval_ref,
                               checked_in_at, checked_out_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COUNTER = """
            INSERT INTO number_counter (prefix, day, last) VALUES (?, ?, ?)
            ON CONFLICT (prefix, day) DO UPDATE SET last = max(last, excluded.last)""";
    /** SQLite's page cache for a loading transaction (KiB, as a negative cache_size): the indexes stay in memory. */
    private static final int LOAD_CACHE_KIB = 256 * 1024;

    /** What a load stored. {@code onSite} and {@code waiting} are today's open visits among them. */
    public record Summary(int visits, int days, LocalDate firstDay, LocalDate lastDay, int onSite, int waiting,
                          Duration took) {
    }

    private final Store store;
    private final String idSalt;

    /**
     * @param idSalt the site's salt for ID-number hashes ({@code settings.SiteSecrets}), so that
     *               generated ID numbers hash as the service's would
     */
    public VisitorBulkLoader(Store store, String idSalt) {
        this.store = Objects.requireNonNull(store, "store");
        this.idSalt = Objects.requireNonNull(idSalt, "idSalt");
    }

    /**
     * The demo's visits: {@code days} whole days before today at a desk's usual pace (weekdays
     * 20–45, weekends 8–18), then today up to the clock's now with a few visitors still inside
     * (one of them for more than four hours) and one waiting in the lounge.
     */
    public Summary loadDemo(Actor actor, int days, long seed) {
        return load(actor, seed, (generator, today, share) -> {
            List<DayPlan> plan = new ArrayList<>();
            for (LocalDate d = today.minusDays(days); d.isBefore(today); d = d.plusDays(1)) {
                plan.add(new DayPlan(d, generator.dailyCount(d)));
            }
            return plan;
        }, (generator, now, zone) -> (int) Math.round(generator.dailyCount(now.atZone(zone).toLocalDate())
                * VisitGenerator.arrivedShare(now.atZone(zone).toLocalTime())), VisitGenerator.OPEN_TODAY, null);
    }

    /**
     * Exactly {@code visits} visits over the {@code years} before today and today so far, shaped
     * like the demo's days but scaled up (1,000,000 over five years is about 550 a day). Today
     * has the same open visits as the demo's.
     *
     * @param progress told the number of visits stored after each transaction; may be null
     */
    public Summary loadExactly(Actor actor, int visits, int years, long seed, IntConsumer progress) {
        if (visits < 0 || years < 1) {
            throw new IllegalArgumentException("visits " + visits + ", years " + years);
        }
        int open = Math.min(visits, VisitGenerator.OPEN_TODAY);
        int[] todayCount = new int[1];
        return load(actor, seed, (generator, today, share) -> {
            LocalDate first = today.minusYears(years);
            List<LocalDate> dates = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (LocalDate d = first; d.isBefore(today); d = d.plusDays(1)) {
                dates.add(d);
                weights.add((double) generator.dailyCount(d));
            }
            dates.add(today);
            weights.add(generator.dailyCount(today) * share);
            double total = weights.stream().mapToDouble(Double::doubleValue).sum();
            // Cumulative rounding: the counts add up to exactly what was asked for.
            int rest = visits - open;
            List<DayPlan> plan = new ArrayList<>();
            double cumulative = 0;
            long given = 0;
            for (int i = 0; i < dates.size(); i++) {
                cumulative += weights.get(i);
                long upTo = total == 0 ? (i == dates.size() - 1 ? rest : 0) : Math.round(rest * cumulative / total);
                int count = (int) (upTo - given);
                given = upTo;
                if (i == dates.size() - 1) {
                    todayCount[0] = count;
                } else {
                    plan.add(new DayPlan(dates.get(i), count));
                }
            }
            return plan;
        }, (generator, now, zone) -> todayCount[0], open, progress);
    }

    private record DayPlan(LocalDate day, int count) {
    }

    @FunctionalInterface
    private interface Planner {
        List<DayPlan> pastDays(VisitGenerator generator, LocalDate today, double arrivedShareToday);
    }

    @FunctionalInterface
    private interface TodayCount {
        int count(VisitGenerator generator, Instant now, ZoneId zone);
    }

    private record Site(ZoneId zone, List<VisitGenerator.Host> hosts, List<String> passes,
                        Map<LocalDate, Integer> counters) {
    }

    private Summary load(Actor actor, long seed, Planner planner, TodayCount todayCount, int open,
                         IntConsumer progress) {
        long started = System.nanoTime();
        Instant now = store.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        Site site = store.read(VisitorBulkLoader::site);
        LocalDate today = now.atZone(site.zone()).toLocalDate();
        VisitGenerator generator = new VisitGenerator(seed, site.zone(), idSalt, site.hosts(), site.passes(),
                site.counters());
        double share = VisitGenerator.arrivedShare(now.atZone(site.zone()).toLocalTime());
        List<DayPlan> plan = planner.pastDays(generator, today, share);
        int todays = todayCount.count(generator, now, site.zone());

        Batch batch = new Batch(actor, progress);
        for (DayPlan day : plan) {
            batch.addAll(generator.day(day.day(), day.count()));
        }
        List<Visit> todayVisits = generator.today(now, todays, open);
        batch.addAll(todayVisits);
        batch.flush();
        int onSite = (int) todayVisits.stream().filter(v -> v.status() == VisitStatus.ON_SITE).count();
        int waiting = (int) todayVisits.stream().filter(v -> v.status() == VisitStatus.WAITING).count();
        LocalDate first = plan.isEmpty() ? today : plan.get(0).day();
        return new Summary(batch.stored, plan.size() + 1, first, today, onSite, waiting,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The rows waiting for their transaction, and the day counters they move. */
    private final class Batch {
        private final Actor actor;
        private final IntConsumer progress;
        private final List<Visit> rows = new ArrayList<>(BATCH);
        private final Map<LocalDate, Integer> touched = new TreeMap<>();
        private int stored;

        Batch(Actor actor, IntConsumer progress) {
            this.actor = actor;
            this.progress = progress;
        }

        void addAll(List<Visit> visits) {
            for (Visit v : visits) {
                rows.add(v);
                if (rows.size() >= BATCH) {
                    flush();
                }
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            // The highest number of each day in this transaction: the counter ends where the rows end.
            int at = VisitorService.NUMBER_PREFIX.length() + 1;
            for (Visit v : rows) {
                LocalDate day = LocalDate.parse(v.number().substring(at, at + 8), DAY);
                touched.merge(day, Integer.parseInt(v.number().substring(at + 9)), Math::max);
            }
            store.write(actor, tx -> {
                Handle h = tx.handle();
                h.execute("PRAGMA cache_size = " + (-LOAD_CACHE_KIB));
                PreparedBatch insert = h.prepareBatch(INSERT);
                for (Visit v : rows) {
                    bind(insert, v).add();
                }
                insert.execute();
                PreparedBatch counter = h.prepareBatch(COUNTER);
                touched.forEach((day, last) -> counter.bind(0, VisitorService.NUMBER_PREFIX)
                        .bind(1, DAY.format(day)).bind(2, last).add());
                counter.execute();
                return null;
            });
            stored += rows.size();
            rows.clear();
            touched.clear();
            if (progress != null) {
                progress.accept(stored);
            }
        }
    }

    private static PreparedBatch bind(PreparedBatch b, Visit v) {
        int i = 0;
        b.bind(i++, v.id()).bind(i++, v.number()).bind(i++, v.visitorName()).bind(i++, v.phone())
                .bind(i++, VisitorRepository.tail(v.phone()))
                .bind(i++, v.idType() == null ? null : v.idType().name()).bind(i++, v.idLast4())
                .bind(i++, v.idHash()).bind(i++, v.idFull()).bind(i++, v.company()).bind(i++, v.headCount())
                .bind(i++, v.purpose().name()).bind(i++, v.hostRoomId()).bind(i++, v.hostOccupantId())
                .bind(i++, v.hostText()).bind(i++, v.verification().name()).bind(i++, millis(v.verifiedAt()))
                .bind(i++, v.status().name()).bind(i++, v.passNo()).bind(i++, v.plate()).bind(i++, v.note())
                .bind(i++, v.jobSize() == null ? null : v.jobSize().name()).bind(i++, v.engineeringNote())
                .bind(i++, v.approvalRef()).bind(i++, millis(v.checkedInAt())).bind(i++, millis(v.checkedOutAt()))
                .bind(i++, millis(v.createdAt())).bind(i, millis(v.updatedAt()));
        return b;
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }

    /** The site's zone, the directory's places and people, the active passes and the counters so far. */
    private static Site site(Handle h) {
        ZoneId zone = h.createQuery("SELECT zone_id FROM site").mapTo(String.class).findOne()
                .map(ZoneId::of).orElse(ZoneId.systemDefault());
        List<VisitGenerator.Host> hosts = h.createQuery("""
                        SELECT r.id, r.code, r.public_area, o.id AS occupant_id, o.name, o.kind, o.company
                        FROM room r
                        LEFT JOIN occupant o ON o.room_id = r.id AND o.moved_out = 0 AND o.deleted_at IS NULL
                        WHERE r.deleted_at IS NULL
                        ORDER BY r.sort_key, r.id, o.created_at, o.id""")
                .map((rs, ctx) -> new VisitGenerator.Host(rs.getString("id"), rs.getString("code"),
                        rs.getInt("public_area") == 1, rs.getString("occupant_id"), rs.getString("name"),
                        rs.getString("kind"), rs.getString("company")))
                .list();
        List<String> passes = h.createQuery("SELECT pass_no FROM visitor_pass WHERE active = 1 ORDER BY pass_no")
                .mapTo(String.class).list();
        Map<LocalDate, Integer> counters = new HashMap<>();
        h.createQuery("SELECT day, last FROM number_counter WHERE prefix = :p")
                .bind("p", VisitorService.NUMBER_PREFIX)
                .map((rs, ctx) -> Map.entry(LocalDate.parse(rs.getString("day"), DAY), rs.getInt("last")))
                .forEach(e -> counters.put(e.getKey(), e.getValue()));
        return new Site(zone, hosts, passes, counters);
    }
}
