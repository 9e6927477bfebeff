package com.frontdesk.handover;

import com.frontdesk.core.SiteDays;
import com.frontdesk.core.Actor;
import com.frontdesk.core.BulkRows;
import com.frontdesk.core.BulkRows.Staff;
import com.frontdesk.core.Store;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Fills the handover book with generated days ({@link HandoverGenerator}) for the demo site: the
 * handovers, their counted lines, the notes and which notes each handover showed. Past signatures
 * cannot go through {@link HandoverService}, which stamps the clock's now and asks for passwords, so
 * this writes the rows directly, all of them in one transaction inside {@link Store#write}. The
 * seals and content hashes are {@link HandoverCanon}'s, chained per desk as the service chains
 * them, so {@link HandoverChain} (and {@code verify-handovers}) finds every one in order.
 *
 * <p><b>Generated data, not history:</b> these rows have no audit entries and no outbox entries.
 * Nobody signed these handovers, and head office must not receive invented ones as if the site had
 * signed them. Do not use this for real records.
 *
 * <p>Each handover is inserted as a draft, its lines added (the database takes lines only while a
 * handover is a draft), then its signatures written with the repository's seal, as the service
 * does. The day counters ({@code number_counter}, prefix {@code JJ}) are raised in the same
 * transaction, so the program's next handover gets the next free number and chains to the last.
 */
public final class HandoverBulkLoader {
    /** The demo's seed: every demo has the same handover book for the same dates. */
    public static final long DEMO_SEED = 20261124L;

    /**
     * What a load stored: {@code handovers} of {@code firstDay} to {@code lastDay} over {@code desks}
     * desks, all countersigned; {@code withDifferences} had a line not as expected, {@code refused}
     * were refused by the incoming side (and counted again); {@code notes} were written,
     * {@code openNotes} of them are still carried.
     */
    public record Summary(int handovers, LocalDate firstDay, LocalDate lastDay, int desks, int withDifferences,
                          int refused, int notes, int openNotes, Duration took) {
    }

    private final Store store;
    private final HandoverRepository repository = new HandoverRepository();

    public HandoverBulkLoader(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The demo's handover book: {@code days} whole days before today and today up to the clock's
     * now, for the desks and shifts of {@code settings} that have a checklist in {@code templates}.
     * The site needs two receptionists and a shift lead; an agent takes the service desk's day shift.
     */
    public Summary loadDemo(Actor actor, int days, long seed, HandoverSettings settings,
                            List<ChecklistTemplate> templates) {
        if (days < 0) {
            throw new IllegalArgumentException("days " + days);
        }
        long started = System.nanoTime();
        Map<String, ChecklistTemplate> byShift = new HashMap<>();
        templates.forEach(t -> byShift.put(t.desk() + "/" + t.shift(), t));
        HandoverGenerator.Site site = store.read(h -> site(h, settings, byShift));
        HandoverGenerator.Output out = new HandoverGenerator(seed, site)
                .generate(days, store.clock().instant().truncatedTo(ChronoUnit.MILLIS));
        store.write(actor, tx -> {
            insert(tx.handle(), out);
            return null;
        });
        return summary(out, Duration.ofNanos(System.nanoTime() - started));
    }

    private void insert(Handle h, HandoverGenerator.Output out) {
        Map<String, List<HandoverNote>> notesOf = new HashMap<>();
        out.notes().forEach(n -> notesOf.computeIfAbsent(n.handoverId(), k -> new ArrayList<>()).add(n));
        Map<String, List<String>> shownBy = new HashMap<>();
        out.shown().forEach(s -> shownBy.computeIfAbsent(s.handoverId(), k -> new ArrayList<>())
                .add(s.noteId()));
        for (Handover x : out.handovers()) {
            repository.insert(h, draft(x));
            out.items().get(x.id()).forEach(i -> repository.insertItem(h, i));
            notesOf.getOrDefault(x.id(), List.of()).forEach(n -> repository.insertNote(h, n));
            shownBy.getOrDefault(x.id(), List.of()).forEach(n -> repository.showNote(h, x.id(), n));
            repository.seal(h, x);
        }
        BulkRows.raiseCounters(h, HandoverService.NUMBER_PREFIX, HandoverService.HANDOVER);
    }

    /** The row as it stood while it was counted: nothing signed, nothing sealed. */
    private static Handover draft(Handover x) {
        return new Handover(x.id(), x.number(), x.desk(), x.shift(), x.day(), x.templateId(), x.templateVersion(),
                x.startedAt(), x.outgoingStaffId(), x.outgoingName(), HandoverStatus.DRAFT, null, null, null, null,
                null, null, null, null, null, null, null, null, x.createdAt(), x.createdAt());
    }

    private static Summary summary(HandoverGenerator.Output out, Duration took) {
        long differences = out.items().values().stream().filter(l -> l.stream().anyMatch(HandoverItem::differs))
                .count();
        int refused = (int) out.handovers().stream().filter(x -> x.refusalReason() != null).count();
        int open = (int) out.notes().stream().filter(HandoverNote::open).count();
        int desks = (int) out.handovers().stream().map(Handover::desk).distinct().count();
        return new Summary(out.handovers().size(), out.firstDay(), out.lastDay(), desks, (int) differences, refused,
                out.notes().size(), open, took);
    }

    /** The zone, the desks, who signs (receptionists, agents, the first lead), shelves, homes and the counters. */
    private static HandoverGenerator.Site site(Handle h, HandoverSettings settings,
                                              Map<String, ChecklistTemplate> templates) {
        Map<String, List<Staff>> byRole = BulkRows.staffByRole(h);
        List<Staff> leads = byRole.getOrDefault("SHIFT_LEAD", List.of());
        List<String> shelves = h.createQuery("SELECT code FROM shelf WHERE active = 1 ORDER BY code")
                .mapTo(String.class).list();
        List<String> rooms = BulkRows.residents(h).stream().map(BulkRows.Resident::roomCode).distinct().toList();
        return new HandoverGenerator.Site(SiteDays.zone(h), settings.desks(), templates,
                byRole.getOrDefault("RECEPTIONIST", List.of()), byRole.getOrDefault("AGENT", List.of()),
                leads.isEmpty() ? null : leads.get(0), shelves, rooms,
                BulkRows.counters(h, HandoverService.NUMBER_PREFIX));
    }
}
