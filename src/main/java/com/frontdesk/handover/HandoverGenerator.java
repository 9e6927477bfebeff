package com.frontdesk.handover;

import com.frontdesk.core.BulkRows;
import com.frontdesk.core.BulkRows.Staff;
import com.frontdesk.core.Draw;
import com.frontdesk.handover.HandoverStories.Difference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Days of a site's handover book, made up but as a desk keeps it, for the demo. Seeded: one seed
 * and one clock always give the same book. Pure Java: it makes the {@link Handover} rows (sealed and
 * chained by {@link HandoverCanon}, as the service seals them), their lines, the notes and which
 * handovers showed which notes; {@link HandoverBulkLoader} stores them.
 *
 * <p>Every shift of every desk of the settings hands over to the next: the outgoing staff member
 * starts the count a quarter of an hour before the shift ends, signs, the incoming one signs when
 * they are at the desk (the service desk's evening is taken over the next morning), and the shift
 * lead countersigns in office hours. The lobby's receptionists take turns shift by shift; the
 * service desk has the agent by day and a receptionist in the evening. Now and then a line differs
 * (with its note) and a note is left for the next shifts until someone marks it done; a few are
 * still open. Once, the incoming receptionist refuses over a spare key, the lead countersigns the
 * refusal, and the recount is taken over by someone else. Only handovers countersigned before the
 * clock's now are made, and a desk's book stops at its first one that is not.
 */
final class HandoverGenerator {
    /**
     * Where the book is kept: the zone, the desks and their checklists (key "DESK/SHIFT"), who
     * signs, the shelf codes and home codes the automatic lists name, and the JJ counters so far.
     */
    record Site(ZoneId zone, List<Desk> desks, Map<String, ChecklistTemplate> templates, List<Staff> receptionists,
                List<Staff> agents, Staff lead, List<String> shelves, List<String> rooms,
                Map<LocalDate, Integer> counters) {
    }

    /** A note a handover showed when its outgoing side signed. */
    record Shown(String handoverId, String noteId) {
    }

    /** The book in the order it is stored: handovers by start, each with its lines, notes and shown notes. */
    record Output(LocalDate firstDay, LocalDate lastDay, List<Handover> handovers,
                  Map<String, List<HandoverItem>> items, List<HandoverNote> notes, List<Shown> shown) {
    }

    /** One handover while it is being made up; sealed once numbers are given. */
    private static final class Plan {
        String id;
        Desk desk;
        ShiftDef shift;
        ChecklistTemplate template;
        Instant start;
        Instant outSigned;
        Instant incomingAt;
        Instant countersignedAt;
        Staff out;
        Staff in;
        String refusal;
        String number;
        List<HandoverItem> items;
        final List<HandoverNote> notes = new ArrayList<>();
        final List<Integer> lasts = new ArrayList<>();
    }

    private record Slot(int deskIndex, Desk desk, ShiftDef shift, int shiftIndex, LocalDate day, Instant start,
                        Instant end) {
    }

    private static final int DIFFERENCE_PERCENT = 7;
    private static final int NOTE_PERCENT = 14;

    private final Draw random;
    private final Site site;
    private final ZoneId zone;
    private final Staff lead;
    private final Map<LocalDate, Integer> counters;
    private final List<HandoverNote> notes = new ArrayList<>();
    private final List<Shown> shown = new ArrayList<>();

    HandoverGenerator(long seed, Site site) {
        if (site.receptionists().size() < 2 || site.lead() == null) {
            throw new IllegalArgumentException("a demo handover book needs two receptionists and a shift lead");
        }
        this.random = new Draw(seed);
        this.site = site;
        this.zone = site.zone();
        this.lead = site.lead();
        this.counters = new HashMap<>(site.counters());
    }

    /** The handovers of {@code days} whole days before today and today, all countersigned before {@code now}; once. */
    Output generate(int days, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(days);
        List<List<Plan>> desks = new ArrayList<>();
        for (int d = 0; d < site.desks().size(); d++) {
            desks.add(desk(d, site.desks().get(d), first, today, now));
        }
        List<Plan> all = desks.stream().flatMap(List::stream).sorted(Comparator.comparing((Plan p) -> p.start))
                .toList();
        all.forEach(p -> p.number = BulkRows.nextNumber(HandoverService.NUMBER_PREFIX, p.start, zone, counters));
        Map<String, Handover> sealed = new HashMap<>();
        Map<String, List<HandoverItem>> items = new HashMap<>();
        for (List<Plan> desk : desks) {
            seal(desk, sealed);
            desk.forEach(p -> items.put(p.id, p.items));
        }
        List<Handover> handovers = all.stream().map(p -> sealed.get(p.id)).toList();
        notes.sort(Comparator.comparing(HandoverNote::createdAt).thenComparing(HandoverNote::id));
        return new Output(first, today, handovers, items, List.copyOf(notes), List.copyOf(shown));
    }

    // --- one desk -----------------------------------------------------------------------------------

    private List<Plan> desk(int deskIndex, Desk desk, LocalDate first, LocalDate today, Instant now) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today.plusDays(1)); d = d.plusDays(1)) {
            for (int s = 0; s < desk.shifts().size(); s++) {
                ShiftDef shift = desk.shifts().get(s);
                if (site.templates().containsKey(desk.code() + "/" + shift.code())) {
                    Instant start = d.atTime(shift.start()).atZone(zone).toInstant();
                    LocalDate endDay = shift.end().isAfter(shift.start()) ? d : d.plusDays(1);
                    slots.add(new Slot(deskIndex, desk, shift, s, d, start, endDay.atTime(shift.end()).atZone(zone)
                            .toInstant()));
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::end));
        LocalDate refusalDay = first.plusDays((today.toEpochDay() - first.toEpochDay()) / 3);
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i + 1 < slots.size(); i++) {
            Slot slot = slots.get(i);
            Slot next = slots.get(i + 1);
            Staff out = onShift(slot, i);
            Staff in = other(onShift(next, i + 1), out, null);
            Plan p = plan(slot, next, out, in);
            if (!p.countersignedAt.isBefore(now)) {
                break;
            }
            boolean refused = deskIndex == 0 && slot.shiftIndex() == 0 && slot.day().equals(refusalDay);
            if (refused) {
                Plan redo = refuse(p, other(site.agents().isEmpty() ? null : site.agents().get(0), out, in));
                if (!redo.countersignedAt.isBefore(now)) {
                    break;
                }
                plans.add(p);
                plans.add(redo);
            } else {
                plans.add(p);
            }
        }
        notesFor(plans);
        return plans;
    }

    /** The lobby's receptionists take turns shift by shift; the service desk has the agent by day. */
    private Staff onShift(Slot slot, int index) {
        List<Staff> desk = site.receptionists();
        if (slot.deskIndex() == 0 || site.agents().isEmpty()) {
            return desk.get(index % desk.size());
        }
        return slot.shiftIndex() == 0 ? site.agents().get(0)
                : desk.get((int) (slot.day().toEpochDay() % desk.size()));
    }

    /** {@code wanted}, or someone else of the desk when that would sign for themselves twice. */
    private Staff other(Staff wanted, Staff not, Staff norThis) {
        List<Staff> pool = new ArrayList<>();
        if (wanted != null) {
            pool.add(wanted);
        }
        pool.addAll(site.receptionists());
        pool.addAll(site.agents());
        return pool.stream().filter(s -> !s.equals(not) && !s.equals(norThis)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not enough staff to hand over"));
    }

    private Plan plan(Slot slot, Slot next, Staff out, Staff in) {
        Plan p = new Plan();
        p.desk = slot.desk();
        p.shift = slot.shift();
        p.template = site.templates().get(slot.desk().code() + "/" + slot.shift().code());
        p.start = slot.end().minus(minutes(12, 14));
        p.id = random.uuid(p.start);
        p.outSigned = p.start.plus(minutes(4, 7));
        Instant arrived = next.start().isAfter(p.outSigned) ? next.start() : p.outSigned;
        p.incomingAt = arrived.plus(minutes(1, 5));
        p.countersignedAt = leadSigns(p.incomingAt);
        p.out = out;
        p.in = in;
        p.items = items(p, null);
        return p;
    }

    /**
     * The incoming side refuses over the spare key; the lead, called over, countersigns the refusal;
     * the outgoing side recounts with the key back and someone else takes the desk over.
     */
    private Plan refuse(Plan p, Staff other) {
        p.items = items(p, HandoverStories.REFUSED_CODE);
        p.refusal = HandoverStories.REFUSAL_REASON;
        p.countersignedAt = p.incomingAt.plus(minutes(8, 12));
        Plan redo = new Plan();
        redo.desk = p.desk;
        redo.shift = p.shift;
        redo.template = p.template;
        redo.start = p.countersignedAt.plus(minutes(3, 5));
        redo.id = random.uuid(redo.start);
        redo.outSigned = redo.start.plus(minutes(5, 4));
        redo.incomingAt = redo.outSigned.plus(minutes(2, 3));
        redo.countersignedAt = redo.incomingAt.plus(minutes(5, 15));
        redo.out = p.out;
        redo.in = other;
        redo.items = items(redo, "");
        return redo;
    }

    /** In office hours within the hour and a half; otherwise the next morning after 08:30. */
    private Instant leadSigns(Instant incoming) {
        LocalTime t = incoming.atZone(zone).toLocalTime();
        if (!t.isBefore(LocalTime.of(8, 30)) && t.isBefore(LocalTime.of(20, 0))) {
            return incoming.plus(minutes(10, 80));
        }
        LocalDate day = incoming.atZone(zone).toLocalDate();
        LocalDate morning = t.isBefore(LocalTime.of(8, 30)) ? day : day.plusDays(1);
        return morning.atTime(8, 30).atZone(zone).toInstant().plus(minutes(0, 50));
    }

    /** {@code from} to {@code from + span} minutes, with seconds and milliseconds. */
    private Duration minutes(int from, int span) {
        return Duration.ofMinutes(from + random.nextInt(span + 1)).plusSeconds(random.nextInt(60))
                .plusMillis(random.nextInt(1000));
    }

    // --- lines ----------------------------------------------------------------------------------------

    /**
     * The checklist as counted: the program's lines with plausible figures, the rest as expected
     * except now and then a difference with its note. {@code forced}: the refused handover's line
     * ({@link HandoverStories#REFUSED_CODE}), or "" for no difference at all.
     */
    private List<HandoverItem> items(Plan p, String forced) {
        List<ChecklistItem> lines = p.template.items();
        Difference difference = null;
        if (forced == null && random.nextInt(100) < DIFFERENCE_PERCENT) {
            List<Difference> possible = HandoverStories.DIFFERENCES.stream()
                    .filter(d -> lines.stream().anyMatch(l -> l.auto() == null && l.code().equals(d.code()))).toList();
            difference = possible.isEmpty() ? null : random.pick(possible);
        } else if (forced != null && !forced.isEmpty()) {
            difference = new Difference(forced, -1, ItemCondition.MISSING, HandoverStories.REFUSED_NOTE);
        }
        HandoverDemoFigures figures = new HandoverDemoFigures(random, p.start.atZone(zone).getHour(), site.shelves(),
                site.rooms());
        List<HandoverItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ChecklistItem c = lines.get(i);
            String id = random.uuid(p.start);
            if (c.auto() != null) {
                AutoFigure f = figures.get(c.auto());
                items.add(new HandoverItem(id, p.id, i + 1, c.code(), c.name(), null, f.count(), null, null, c.auto(),
                        f.detail()));
            } else if (difference != null && difference.code().equals(c.code())) {
                int counted = Math.max(0, c.expected() + difference.delta());
                items.add(new HandoverItem(id, p.id, i + 1, c.code(), c.name(), c.expected(), counted,
                        difference.condition(), difference.note(), null, null));
            } else {
                items.add(new HandoverItem(id, p.id, i + 1, c.code(), c.name(), c.expected(), c.expected(),
                        ItemCondition.GOOD, null, null, null));
            }
        }
        return items;
    }

    // --- notes --------------------------------------------------------------------------------------

    /**
     * Now and then the outgoing side leaves a note; someone on a later shift marks it done before
     * that shift hands over. Two near the end of each desk's book stay open: the next draft carries them.
     */
    private void notesFor(List<Plan> plans) {
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            boolean keepOpen = i == plans.size() - 3 || i == plans.size() - 9;
            if (keepOpen || random.nextInt(100) < NOTE_PERCENT) {
                HandoverStories.Note n = random.pick(HandoverStories.NOTES);
                long span = Duration.between(p.start, p.outSigned).toMillis();
                Instant at = p.start.plusMillis(span / 4 + random.nextInt((int) (span / 2)));
                p.notes.add(new HandoverNote(random.uuid(at), p.desk.code(), p.id, n.text(), n.priority(), p.out.id(),
                        p.out.name(), at, null, null, null));
                p.lasts.add(keepOpen ? Integer.MAX_VALUE / 2 : random.nextInt(6) == 0 ? 6 + random.nextInt(9)
                        : 1 + random.nextInt(3));
            }
        }
        List<HandoverNote> desk = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            for (int k = 0; k < p.notes.size(); k++) {
                desk.add(done(p.notes.get(k), plans, i + p.lasts.get(k)));
            }
        }
        notes.addAll(desk);
        for (Plan p : plans) {
            desk.stream().filter(n -> n.createdAt().isBefore(p.outSigned) && (n.doneAt() == null
                            || !n.doneAt().isBefore(p.start) || n.handoverId().equals(p.id)))
                    .forEach(n -> shown.add(new Shown(p.id, n.id())));
        }
    }

    /** Done during the shift before handover {@code at}, by whoever is on it; open if the book ends first. */
    private HandoverNote done(HandoverNote n, List<Plan> plans, int at) {
        if (at >= plans.size()) {
            return n;
        }
        Plan before = plans.get(at - 1);
        Plan doneIn = plans.get(at);
        long gap = Duration.between(before.outSigned, doneIn.start).toMillis();
        Instant when = before.outSigned.plusMillis(gap / 3 + random.nextInt((int) Math.max(1, gap / 3)));
        return n.done(when, doneIn.out.id(), doneIn.out.name());
    }

    // --- the seal -------------------------------------------------------------------------------------

    /** The desk's handovers in the order they were sealed, each chained to the one before as the service does. */
    private void seal(List<Plan> plans, Map<String, Handover> sealed) {
        Handover previous = null;
        for (Plan p : plans) {
            LocalDate day = p.start.atZone(zone).toLocalDate();
            String prevNumber = previous == null ? null : previous.number();
            String prevSha = previous == null ? null : previous.sealSha256();
            Handover outgoing = new Handover(p.id, p.number, p.desk.code(), p.shift.code(), day, p.template.id(),
                    p.template.version(), p.start, p.out.id(), p.out.name(), HandoverStatus.OUTGOING_SIGNED,
                    p.outSigned, null, null, null, null, null, null, null, prevNumber, prevSha, null, null, p.start,
                    p.outSigned);
            List<HandoverNote> showing = shown.stream().filter(s -> s.handoverId().equals(p.id))
                    .map(s -> notes.stream().filter(n -> n.id().equals(s.noteId())).findFirst().orElseThrow())
                    .toList();
            String seal = HandoverCanon.seal(outgoing, p.items, showing);
            Handover signed = new Handover(p.id, p.number, p.desk.code(), p.shift.code(), day, p.template.id(),
                    p.template.version(), p.start, p.out.id(), p.out.name(), HandoverStatus.COUNTERSIGNED,
                    p.outSigned, p.in.id(), p.in.name(), p.incomingAt, p.refusal, lead.id(), lead.name(),
                    p.countersignedAt, prevNumber, prevSha, seal, null, p.start, p.countersignedAt);
            Handover done = signed.withContentSha256(HandoverCanon.content(signed));
            sealed.put(p.id, done);
            previous = Objects.requireNonNull(done);
        }
    }
}
