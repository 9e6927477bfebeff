package com.frontdesk.complaints;

import com.frontdesk.complaints.ComplaintCatalog.Feedback;
import com.frontdesk.complaints.ComplaintCatalog.Issue;
import com.frontdesk.core.BulkRows;
import com.frontdesk.core.BulkRows.Resident;
import com.frontdesk.core.BulkRows.Staff;
import com.frontdesk.core.Draw;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A year of a residential compound's complaint book, made up but as a desk knows it, for the demo.
 * Seeded: one seed and one clock always give the same records. Pure Java: it makes
 * {@link Complaint} rows, their timelines and call-backs; {@link ComplaintBulkLoader} stores them.
 *
 * <p>One to three a day, taken at the desk from 08:00 to 21:00, by phone, in person, online, by
 * e-mail or letter; about one in five is praise or a suggestion. Renovation noise comes in spring
 * and autumn, cleaning in the summer, fee disputes with the bills in January and July. Most
 * complainants are the directory's residents; a few are visitors or couriers who leave a phone.
 * Most cases are normal, a few serious (more of those about safety), rarely urgent; some
 * complainants are aggrieved, a few angry. {@link ComplaintStory} tells what becomes of each; a
 * case not accepted is carried on by a new case taken when the complainant said so, numbered then.
 * Whatever would happen after the clock's now has not happened, so recent cases stand in every
 * status, some of them overdue.
 */
final class ComplaintGenerator {
    /** Who works the book: the desk takes, agents handle, the lead (or the administrator) closes. */
    record Desk(List<Staff> receptionists, List<Staff> agents, Staff lead) {
    }

    /** The site's zone, who works the book, the residents (at least one), and the TS day counters so far. */
    record Site(ZoneId zone, Desk desk, List<Resident> residents, Map<LocalDate, Integer> counters) {
    }

    /** Everything generated from {@code firstDay} to {@code lastDay} (today). */
    record Output(LocalDate firstDay, LocalDate lastDay, List<Complaint> complaints, List<ComplaintEvent> events,
                  List<ComplaintCallBack> callBacks) {
    }

    /** The complainant as intake names them: a directory pick ("1-2-1503 · 张伟") or a name in words. */
    private record Who(String roomId, String occupantId, String roomCode, String complainant, String phone) {
    }

    /** A case to take at {@code at}: a new one, or the one carrying on {@code previous} (with the issue of both). */
    private record Intake(Instant at, long order, Issue issue, Complaint previous, ComplaintStory.Rejection rejection) {
    }

    private static final Integer[] HOURS = {8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
    private static final int[] HOUR_WEIGHTS = {5, 9, 9, 8, 4, 5, 7, 7, 6, 6, 8, 7, 4};
    private static final ComplaintChannel[] CHANNELS = {ComplaintChannel.PHONE, ComplaintChannel.VISIT,
            ComplaintChannel.ONLINE, ComplaintChannel.EMAIL, ComplaintChannel.LETTER};
    private static final int[] COMPLAINT_CHANNELS = {45, 30, 16, 5, 4};
    private static final int[] PRAISE_CHANNELS = {40, 30, 15, 0, 15};
    private static final int[] SUGGESTION_CHANNELS = {20, 30, 40, 10, 0};
    private static final Severity[] SEVERITIES = Severity.values();
    private static final int[] GRAVE_SEVERITIES = {55, 37, 8};
    private static final int[] USUAL_SEVERITIES = {186, 13, 1};
    private static final Mood[] MOODS = {null, Mood.GRIEVANCE, Mood.ANGER};
    private static final int[] MOOD_WEIGHTS = {62, 30, 8};

    private final Draw random;
    private final ZoneId zone;
    private final ComplaintSettings settings;
    private final Desk desk;
    private final List<Resident> residents;
    private final Map<LocalDate, Integer> lastNumbers;
    private final List<Issue> issues;
    private final ComplaintStory story;
    private final PriorityQueue<Intake> queue = new PriorityQueue<>(
            Comparator.comparing(Intake::at).thenComparingLong(Intake::order));
    private final List<Complaint> complaints = new ArrayList<>();
    private final List<ComplaintEvent> events = new ArrayList<>();
    private final List<ComplaintCallBack> callBacks = new ArrayList<>();
    private long order;
    private Instant now;

    /** @param settings the categories, departments, deadlines and calendar: a case's clocks are fixed from them */
    ComplaintGenerator(long seed, Site site, ComplaintSettings settings) {
        if (site.residents().isEmpty() || site.desk().lead() == null) {
            throw new IllegalArgumentException(
                    "a demo complaint book needs residents and a shift lead or administrator");
        }
        this.random = new Draw(seed);
        this.zone = site.zone();
        this.settings = settings;
        this.desk = site.desk();
        this.residents = List.copyOf(site.residents());
        this.lastNumbers = new HashMap<>(site.counters());
        story = new ComplaintStory(random, zone, settings, desk);
        issues = ComplaintCatalog.ISSUES.stream().filter(i -> settings.category(i.category()).isPresent()).toList();
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("none of the demo's complaint categories is in Settings");
        }
    }

    /**
     * The book of {@code days} whole days before today and today up to the clock's {@code now}; once.
     * Cases are taken in the order of time, so the numbers of a day run in that order, carried-on
     * cases included.
     */
    Output generate(int days, Instant now) {
        this.now = now;
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(days);
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                Instant at = random.timeOn(d, zone, HOURS, HOUR_WEIGHTS);
                if (at.isBefore(now)) {
                    queue.add(new Intake(at, order++, null, null, null));
                }
            }
        }
        while (!queue.isEmpty()) {
            take(queue.poll());
        }
        return new Output(first, today, complaints, events, callBacks);
    }

    private void take(Intake intake) {
        Complaint previous = intake.previous();
        Issue issue = intake.issue();
        Complaint c;
        String note = null;
        Staff takenBy;
        if (previous != null) {
            takenBy = intake.rejection().by();
            note = previous.number() + ": " + intake.rejection().words();
            c = newCase(intake.rejection().nextId(), intake.at(), takenBy, previous.channel(),
                    new Who(previous.roomId(), previous.occupantId(), previous.roomCode(), previous.complainant(),
                            previous.contactPhone()), previous.kind(), issue, previous.severity(), previous.mood(),
                    previous);
        } else {
            int kind = random.nextInt(100);
            Resident r = random.pick(residents);
            Who resident = new Who(r.roomId(), r.occupantId(), r.roomCode(), r.roomCode() + " · " + r.name(),
                    r.phone());
            if (kind < 20) {
                c = feedback(intake.at(), kind < 11 ? ComplaintKind.PRAISE : ComplaintKind.SUGGESTION, resident);
            } else {
                issue = issue(intake.at());
                c = complaint(intake.at(), issue, resident);
            }
            takenBy = taker(intake.at(), c.channel());
        }
        ComplaintTimeline t = new ComplaintTimeline(c, takenBy, note, random, now);
        ComplaintStory.Rejection rejected = story.follow(t, issue, previous != null);
        complaints.add(t.complaint());
        events.addAll(t.events());
        callBacks.addAll(t.callBacks());
        if (rejected != null) {
            queue.add(new Intake(t.last(), order++, issue, t.complaint(), rejected));
        }
    }

    /** A complaint about the issue, from a resident or now and then from someone not in the directory. */
    private Complaint complaint(Instant at, Issue issue, Who resident) {
        Severity severity = random.weighted(SEVERITIES, issue.grave() ? GRAVE_SEVERITIES : USUAL_SEVERITIES);
        Mood mood = severity == Severity.NORMAL ? random.weighted(MOODS, MOOD_WEIGHTS)
                : random.nextInt(100) < 35 ? Mood.ANGER : Mood.GRIEVANCE;
        ComplaintChannel channel = random.weighted(CHANNELS, COMPLAINT_CHANNELS);
        Who who = resident;
        if (random.nextInt(100) < 8) {
            String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
            who = new Who(null, null, null, random.pick(ComplaintCatalog.OUTSIDERS), phone);
        }
        return newCase(null, at, taker(at, channel), channel, who, ComplaintKind.COMPLAINT, issue, severity, mood,
                null);
    }

    /** Praise or a suggestion from a resident, their phone on file as the service takes it. */
    private Complaint feedback(Instant at, ComplaintKind kind, Who resident) {
        boolean praise = kind == ComplaintKind.PRAISE;
        Feedback f = random.pick(praise ? ComplaintCatalog.PRAISE : ComplaintCatalog.SUGGESTIONS);
        String category = settings.category(f.category()).isPresent() ? f.category()
                : settings.categories().get(0).code();
        ComplaintChannel channel = random.weighted(CHANNELS, praise ? PRAISE_CHANNELS : SUGGESTION_CHANNELS);
        Issue about = new Issue(category, f.subject(), null, null, null, null, false, 0, null, null, null);
        return newCase(null, at, taker(at, channel), channel, resident, kind, about, Severity.NORMAL, null, null);
    }

    /**
     * A new case as {@code ComplaintService} makes one: numbered at {@code at}, its clocks from the
     * settings then, escalated when angry, serious or urgent. A carried-on case has its id already.
     */
    private Complaint newCase(String id, Instant at, Staff takenBy, ComplaintChannel channel, Who who,
                              ComplaintKind kind, Issue issue, Severity severity, Mood mood, Complaint previous) {
        boolean complaint = kind == ComplaintKind.COMPLAINT;
        EscalationReason escalation = !complaint ? null
                : severity == Severity.URGENT ? EscalationReason.URGENT
                : severity == Severity.SERIOUS ? EscalationReason.SERIOUS
                : mood == Mood.ANGER ? EscalationReason.ANGER : null;
        return new Complaint(id != null ? id : random.uuid(at), number(at), kind, channel, at, takenBy.id(),
                who.roomId(), who.occupantId(), who.roomCode(), who.complainant(), who.phone(), issue.subject(),
                issue.whatHappened(), issue.whatTheyWant(), issue.category(), issue.nature(), severity, mood,
                complaint ? ComplaintStatus.OPEN : ComplaintStatus.RECORDED,
                complaint ? at.plus(Duration.ofHours(settings.firstResponseHours())) : null,
                complaint ? settings.calendar().dueAfter(at, settings.resolutionWorkingDays(), zone) : null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                escalation == null ? null : at, escalation, null, null, previous == null ? null : previous.id(), null,
                null, at, at);
    }

    /** A complaint of a category as the season has them, then one of its issues as often as it comes up. */
    private Issue issue(Instant at) {
        int month = at.atZone(zone).getMonthValue();
        int[] weights = issues.stream().mapToInt(i -> i.weight() * season(i.category(), month)).toArray();
        return random.weighted(issues.toArray(Issue[]::new), weights);
    }

    /** Renovations in spring and autumn, cleaning in the summer heat, fee disputes when the bills come. */
    private static int season(String category, int month) {
        return switch (category) {
            case "NOISE" -> month >= 3 && month <= 5 || month >= 9 && month <= 11 ? 4 : 2;
            case "CLEANING" -> month >= 6 && month <= 9 ? 3 : 2;
            case "FEES" -> month == 1 || month == 7 ? 5 : 2;
            default -> 2;
        };
    }

    /** The desk on duty: the receptionist of the shift; agents read what came online or by e-mail. */
    private Staff taker(Instant at, ComplaintChannel channel) {
        boolean written = channel == ComplaintChannel.ONLINE || channel == ComplaintChannel.EMAIL;
        if (written && !desk.agents().isEmpty()) {
            return desk.agents().get((int) (at.getEpochSecond() / 3600 % desk.agents().size()));
        }
        return desk.receptionists().isEmpty() ? desk.lead() : BulkRows.onShift(desk.receptionists(), at, zone);
    }

    private String number(Instant at) {
        return BulkRows.nextNumber(ComplaintService.NUMBER_PREFIX, at, zone, lastNumbers);
    }
}
