package com.frontdesk.repairs;

import com.frontdesk.core.BulkRows;
import com.frontdesk.core.Draw;
import com.frontdesk.parcels.SignatureBatch;
import com.frontdesk.repairs.RepairCatalog.Issue;
import com.frontdesk.repairs.RepairTimeline.Staff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A year of a residential compound's repair book, made up but as a desk knows it, for the demo.
 * Seeded: one seed and one clock always give the same records. Pure Java: it makes {@link Repair}
 * rows, their timelines, call-backs and signature rows; {@link RepairBulkLoader} stores them.
 *
 * <p>6–10 reports a day (more when the heating comes on and in the rainy summer), taken at the
 * desk from 07:00 to 22:00 by phone, in person, online or from a patrol. Categories follow the
 * season: heating only in the heating season, screens in summer. Homes are the directory's
 * current residents; lifts, stairwells and the grounds are public places. Most repairs go to the
 * site's engineers; windows, intercoms and security doors under warranty often go to the
 * manufacturer, who waits weeks for parts on hold; lifts and fire equipment go to their
 * maintenance firms, heating, gas, water and power faults to the utility. A few are returned (退单)
 * or transferred (转单), a few cancelled. Done work is signed for, called back within days and
 * closed by the shift lead; a grievance or anger is escalated and sometimes reopened. Whatever
 * would happen after the clock's now has not happened, so recent repairs stand in every status,
 * some of them overdue.
 */
final class RepairGenerator {
    /** Who works the repair book: the desk takes, agents dispatch and call back, the lead closes. */
    record Desk(List<Staff> receptionists, List<Staff> agents, Staff lead, Staff admin) {
    }

    /** A current resident of a home in the directory, with the phone the desk calls. */
    record Resident(String roomId, String roomCode, String occupantId, String name, String phone) {
        /** "1-2-1503" → "1号楼2单元": where the resident's lift and stairwell are. */
        String unit() {
            String[] parts = roomCode.split("-");
            return parts.length < 3 ? roomCode : parts[0] + "号楼" + parts[1] + "单元";
        }
    }

    /** A public location of the directory. */
    record Place(String roomId, String code) {
    }

    private record Spot(String roomId, String occupantId, String text, String roomCode) {
    }

    /**
     * Where the book is kept: the site's zone, who works it, the residents of the homes (each with a
     * phone; at least one), the public locations, and the BX day counters so far, so numbering
     * carries on.
     */
    record Site(ZoneId zone, Desk desk, List<Resident> residents, List<Place> places,
                Map<LocalDate, Integer> counters) {
    }

    /**
     * Everything generated from {@code firstDay} to {@code lastDay} (today), in the order it must be
     * stored: signatures before the repairs that name them.
     */
    record Output(LocalDate firstDay, LocalDate lastDay, List<SignatureBatch.Row> signatures, List<Repair> repairs,
                  List<RepairEvent> events, List<RepairCallBack> callBacks) {
    }

    /** Reports per hour from 07:00 to 21:59: the morning and the evening after work are busiest. */
    private static final Integer[] HOURS = {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21};
    private static final int[] HOUR_WEIGHTS = {3, 7, 9, 9, 8, 5, 6, 7, 7, 6, 6, 8, 7, 4, 2};
    private static final RepairChannel[] CHANNELS = {RepairChannel.PHONE, RepairChannel.VISIT, RepairChannel.ONLINE};
    private static final int[] CHANNEL_WEIGHTS = {50, 20, 30};
    private static final MonthDay HEATING_FROM = MonthDay.of(11, 15);
    private static final MonthDay HEATING_TO = MonthDay.of(3, 15);

    private final Draw random;
    private final ZoneId zone;
    private final RepairSettings settings;
    private final Desk desk;
    private final List<Resident> residents;
    private final List<Place> places;
    private final Map<LocalDate, Integer> lastNumbers;
    private final int drawnPool;
    private final List<Issue> issues;
    private final RepairStory story;
    private final List<SignatureBatch.Row> signatures = new ArrayList<>();
    private final List<Repair> repairs = new ArrayList<>();
    private final List<RepairEvent> events = new ArrayList<>();
    private final List<RepairCallBack> callBacks = new ArrayList<>();
    private Instant now;

    /**
     * @param settings  the categories, deadlines and firms: a repair goes to a firm only when Settings has it
     * @param drawnPool how many drawn signature images there are to choose from (0: all typed)
     */
    RepairGenerator(long seed, Site site, RepairSettings settings, int drawnPool) {
        if (site.residents().isEmpty() || site.desk().lead() == null && site.desk().admin() == null) {
            throw new IllegalArgumentException("a demo repair book needs residents and a shift lead or administrator");
        }
        this.random = new Draw(seed);
        this.zone = site.zone();
        this.settings = settings;
        this.desk = site.desk();
        this.residents = List.copyOf(site.residents());
        this.places = List.copyOf(site.places());
        this.lastNumbers = new HashMap<>(site.counters());
        this.drawnPool = drawnPool;
        story = new RepairStory(random, zone, settings, desk);
        issues = RepairCatalog.ISSUES.stream().filter(i -> settings.category(i.category()).isPresent()).toList();
    }

    /** The repair book of {@code days} whole days before today and today up to the clock's {@code now}; once. */
    Output generate(int days, Instant now) {
        this.now = now;
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(days);
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            List<Instant> times = new ArrayList<>();
            for (int i = reportsOn(d); i > 0; i--) {
                times.add(intakeTime(d));
            }
            times.stream().sorted().filter(t -> t.isBefore(now)).forEach(this::report);
        }
        return new Output(first, today, signatures, repairs, events, callBacks);
    }

    /** More when the heating comes on and in the rainy July and August. */
    private int reportsOn(LocalDate d) {
        int n = 6 + random.nextInt(5);
        MonthDay md = MonthDay.from(d);
        if (!md.isBefore(MonthDay.of(11, 10)) && md.isBefore(MonthDay.of(12, 10))) {
            n += 2;
        } else if (d.getMonthValue() == 7 || d.getMonthValue() == 8) {
            n += 1;
        }
        return n;
    }

    // --- intake ---------------------------------------------------------------------------------

    private void report(Instant at) {
        Issue issue = issue(at);
        Resident who = random.pick(residents);
        boolean patrol = !issue.inHome() && random.nextInt(100) < 45;
        RepairChannel channel = patrol ? RepairChannel.PATROL : random.weighted(CHANNELS, CHANNEL_WEIGHTS);
        Spot spot = spot(issue, who);
        String description = issue.inHome() && random.nextInt(100) < 30
                ? issue.text() + "，" + random.pick(RepairCatalog.WHEN_AT_HOME) : issue.text();
        RepairPriority priority = priority(issue.priority());
        RepairDeadline deadline = settings.deadline(priority);
        Staff takenBy = taker(at, channel);
        Repair r = new Repair(RepairTimeline.id(random, at), number(at), channel, spot.roomId(), spot.occupantId(),
                spot.text(), spot.roomCode(),
                patrol ? random.pick(RepairCatalog.PATROLS) : who.name(), patrol ? null : who.phone(),
                issue.category(), description, priority, RepairStatus.NEW, at, takenBy.id(),
                deadline.respondHours(), deadline.fixHours(), 0, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, at, at);
        RepairTimeline t = new RepairTimeline(r, takenBy, random, now, drawnPool);
        story.follow(t, issue);
        repairs.add(t.repair());
        events.addAll(t.events());
        callBacks.addAll(t.callBacks());
        signatures.addAll(t.signatures());
    }

    /** A category as the season has them, then one of its issues: the more serious, the rarer. */
    private Issue issue(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        int[] weights = issues.stream().mapToInt(i -> seasonWeight(i.category(), day) * switch (i.priority()) {
            case URGENT -> 1;
            case HIGH -> 3;
            case LOW -> 2;
            case NORMAL -> 6;
        }).toArray();
        return random.weighted(issues.toArray(Issue[]::new), weights);
    }

    /** How often a category comes up per issue it has, in the month of {@code day}. */
    private static int seasonWeight(String category, LocalDate day) {
        int month = day.getMonthValue();
        boolean summer = month >= 5 && month <= 9;
        return switch (category) {
            case "HEATING" -> heating(day) ? 12 : 0;
            case "SCREENS" -> summer ? 7 : 1;
            case "PLUMBING" -> summer ? 7 : 5;
            case "CIVIL" -> month == 7 || month == 8 ? 6 : 3;
            case "ELEVATOR", "INTERCOM" -> 4;
            case "FIRE", "OTHER" -> 2;
            default -> 5;
        };
    }

    private static boolean heating(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        return !md.isBefore(HEATING_FROM) || !md.isAfter(HEATING_TO);
    }

    /** The owner's urgency shifts a normal report now and then. */
    private RepairPriority priority(RepairPriority usual) {
        int r = random.nextInt(100);
        if (usual != RepairPriority.NORMAL || r >= 14) {
            return usual;
        }
        return r < 11 ? RepairPriority.HIGH : RepairPriority.LOW;
    }

    /** Where it is, as intake names a directory pick ("1-2-1503 · 张伟", "地下车库B1") or in words. */
    private Spot spot(Issue issue, Resident who) {
        if (issue.inHome()) {
            return new Spot(who.roomId(), who.occupantId(), who.roomCode() + " · " + who.name(), who.roomCode());
        }
        if (issue.where().contains(RepairCatalog.UNIT)) {
            return new Spot(null, null, issue.where().replace(RepairCatalog.UNIT, who.unit()), null);
        }
        List<Place> matching = places.stream().filter(p -> p.code().startsWith(issue.where())).toList();
        if (matching.isEmpty()) {
            return new Spot(null, null, issue.where(), null);
        }
        Place p = random.pick(matching);
        return new Spot(p.roomId(), null, p.code(), p.code());
    }

    /** The desk on duty: two receptionists swap the early and late shift daily; agents take online reports. */
    private Staff taker(Instant at, RepairChannel channel) {
        if (channel == RepairChannel.ONLINE && !desk.agents().isEmpty()) {
            return desk.agents().get((int) (at.getEpochSecond() / 3600 % desk.agents().size()));
        }
        if (desk.receptionists().isEmpty()) {
            return desk.lead() != null ? desk.lead() : desk.admin();
        }
        return BulkRows.onShift(desk.receptionists(), at, zone);
    }

    // --- times and numbers --------------------------------------------------------------------------

    private Instant intakeTime(LocalDate day) {
        return random.timeOn(day, zone, HOURS, HOUR_WEIGHTS);
    }

    private String number(Instant at) {
        return BulkRows.nextNumber(RepairService.NUMBER_PREFIX, at, zone, lastNumbers);
    }
}
