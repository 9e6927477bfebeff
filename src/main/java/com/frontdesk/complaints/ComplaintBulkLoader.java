package com.frontdesk.complaints;

import com.frontdesk.core.SiteDays;
import com.frontdesk.core.Actor;
import com.frontdesk.core.BulkRows;
import com.frontdesk.core.BulkRows.Staff;
import com.frontdesk.core.Store;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Fills the complaint book with a generated year ({@link ComplaintGenerator}) for the demo site:
 * the complaints, praise and suggestions, every step of their timelines, and the call-backs. Past
 * steps cannot go through {@link ComplaintService}, which stamps the clock's now, so this writes the
 * rows directly, all of them in one transaction inside {@link Store#write}.
 *
 * <p><b>Generated data, not history:</b> these rows have no audit entries and no outbox entries.
 * Nobody made these changes, and head office must not receive invented complaints as if the site
 * had taken them. Do not use this for real records: those go through the service and its write
 * helper.
 *
 * <p>The day counters ({@code number_counter}, prefix {@code TS}) are raised in the same
 * transaction to the highest number stored per day, so the program's next intake gets the next
 * free number. Every row satisfies the tables' checks, or the whole load is rolled back.
 */
public final class ComplaintBulkLoader {
    /** The demo's seed: every demo has the same complaints for the same dates. */
    public static final long DEMO_SEED = 20261123L;

    /**
     * What a load stored: the complaints and feedback of {@code firstDay} to {@code lastDay} and how
     * they stand now; {@code reopened} answers were not accepted and carried on by a new case.
     */
    public record Summary(int complaints, int praise, int suggestions, LocalDate firstDay, LocalDate lastDay,
                          int open, int closed, int reopened, int escalated, int events, int callBacks,
                          Duration took) {
        /** Praise and suggestions. */
        public int feedback() {
            return praise + suggestions;
        }
    }

    private final Store store;

    public ComplaintBulkLoader(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The demo's complaint book: {@code days} whole days before today and today up to the clock's
     * now. Categories, departments, deadlines and the calendar come from {@code settings}. The
     * directory must have residents with a phone, and the site a shift lead or administrator.
     */
    public Summary loadDemo(Actor actor, int days, long seed, ComplaintSettings settings) {
        if (days < 0) {
            throw new IllegalArgumentException("days " + days);
        }
        long started = System.nanoTime();
        ComplaintGenerator generator = new ComplaintGenerator(seed, store.read(ComplaintBulkLoader::site), settings);
        ComplaintGenerator.Output out = generator.generate(days,
                store.clock().instant().truncatedTo(ChronoUnit.MILLIS));
        store.write(actor, tx -> {
            insert(tx.handle(), out);
            return null;
        });
        return summary(out, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Through the repository's inserts, so each row's {@code next_due} is worked out as the
     * service's is. A reopened case and the case carrying it on name each other, so the foreign
     * keys are checked at the commit, when both are there.
     */
    private static void insert(Handle h, ComplaintGenerator.Output out) {
        ComplaintRepository repository = new ComplaintRepository();
        h.execute("PRAGMA defer_foreign_keys = ON");
        out.complaints().forEach(c -> repository.insert(h, c));
        out.events().forEach(e -> repository.insertEvent(h, e));
        out.callBacks().forEach(c -> repository.insertCallBack(h, c));
        BulkRows.raiseCounters(h, ComplaintService.NUMBER_PREFIX, ComplaintService.COMPLAINT);
    }

    private static Summary summary(ComplaintGenerator.Output out, Duration took) {
        List<Complaint> cs = out.complaints();
        return new Summary(kind(cs, ComplaintKind.COMPLAINT), kind(cs, ComplaintKind.PRAISE),
                kind(cs, ComplaintKind.SUGGESTION), out.firstDay(), out.lastDay(),
                (int) cs.stream().filter(Complaint::open).count(), status(cs, ComplaintStatus.CLOSED),
                status(cs, ComplaintStatus.REOPENED), (int) cs.stream().filter(c -> c.escalatedAt() != null).count(),
                out.events().size(), out.callBacks().size(), took);
    }

    private static int kind(List<Complaint> cs, ComplaintKind kind) {
        return (int) cs.stream().filter(c -> c.kind() == kind).count();
    }

    private static int status(List<Complaint> cs, ComplaintStatus status) {
        return (int) cs.stream().filter(c -> c.status() == status).count();
    }

    /** The site's zone, who works the book (the first lead, else the first administrator, closes), the residents. */
    private static ComplaintGenerator.Site site(Handle h) {
        Map<String, List<Staff>> byRole = BulkRows.staffByRole(h);
        List<Staff> leads = byRole.getOrDefault("SHIFT_LEAD", byRole.getOrDefault("ADMINISTRATOR", List.of()));
        ComplaintGenerator.Desk desk = new ComplaintGenerator.Desk(byRole.getOrDefault("RECEPTIONIST", List.of()),
                byRole.getOrDefault("AGENT", List.of()), leads.isEmpty() ? null : leads.get(0));
        return new ComplaintGenerator.Site(SiteDays.zone(h), desk, BulkRows.residents(h),
                BulkRows.counters(h, ComplaintService.NUMBER_PREFIX));
    }
}
