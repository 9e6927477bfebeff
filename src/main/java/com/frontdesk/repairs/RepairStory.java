package com.frontdesk.repairs;

import com.frontdesk.core.Draw;
import com.frontdesk.repairs.RepairCatalog.Issue;
import com.frontdesk.repairs.RepairGenerator.Desk;
import com.frontdesk.repairs.RepairTimeline.Completion;
import com.frontdesk.repairs.RepairTimeline.Fixer;
import com.frontdesk.repairs.RepairTimeline.Staff;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What becomes of a repair after intake, for {@link RepairGenerator}: who fixes it, when they come,
 * the holds their kind of fixer has, the slip, the call-back and the closing, told on a
 * {@link RepairTimeline} that stops at the clock's now. Emergencies are answered within the hour,
 * the rest within the engineers' day (08:00–20:00); a few are forgotten for days or drag on for a
 * week, so some end up overdue. Manufacturers wait weeks for parts on hold, builders for dry
 * weather, utilities now and then for their own crews; engineers wait for parts or the owner.
 */
final class RepairStory {
    private static final FeedbackGrade[] GRADES = FeedbackGrade.values();
    private static final int[] ON_TIME_GRADES = {30, 128, 36, 5, 1};
    private static final int[] LATE_GRADES = {10, 100, 50, 20, 6};
    private static final Rating[] RATINGS = Rating.values();
    private static final LocalTime WORK_FROM = LocalTime.of(8, 0);
    private static final LocalTime WORK_TO = LocalTime.of(20, 0);
    private static final long HOUR = 60;
    private static final long DAY_MINUTES = 24 * HOUR;

    private final Draw random;
    private final ZoneId zone;
    private final RepairSettings settings;
    private final Desk desk;

    RepairStory(Draw random, ZoneId zone, RepairSettings settings, Desk desk) {
        this.random = random;
        this.zone = zone;
        this.settings = settings;
        this.desk = desk;
    }

    /** Dispatch, the work, the call-back and the closing, each step only if it happened before the timeline's now. */
    void follow(RepairTimeline t, Issue issue) {
        Repair r = t.repair();
        int fate = random.nextInt(100);
        if (fate < 2) {
            t.cancel(later(r.reportedAt(), 20, 5 * HOUR), closer(), random.pick(RepairCatalog.CANCEL_BEFORE_DISPATCH));
            return;
        }
        Instant start = dispatch(t, fixer(issue), respondAt(r));
        if (start == null) {
            return;
        }
        if (fate < 4) {
            t.cancel(between(t.last(), start), closer(), random.pick(RepairCatalog.CANCEL_AFTER_DISPATCH));
            return;
        }
        boolean inHouse = t.repair().fixerKind() == FixerKind.IN_HOUSE;
        if (inHouse && fate < 7) {
            start = giveBack(t, start);
        } else if (inHouse && fate < 12) {
            start = transfer(t, issue, start);
        }
        if (start != null && work(t, issue, start)) {
            afterCare(t);
        }
    }

    /** Dispatches now and agrees the visit when it is hours away; returns the planned start, null if not yet. */
    private Instant dispatch(RepairTimeline t, Fixer fixer, Instant at) {
        Instant start = startAt(at, t.repair().priority(), fixer.kind(), t.repair().category());
        Instant appointment = start.isAfter(at.plus(Duration.ofHours(3))) ? start.truncatedTo(ChronoUnit.HOURS) : null;
        return t.dispatch(at, dispatcher(), fixer, appointment, null) ? start : null;
    }

    /** 退单: the engineer could not get in; dispatched again to someone else. */
    private Instant giveBack(RepairTimeline t, Instant start) {
        String before = t.repair().assigneeName();
        if (!t.giveBack(between(t.last(), start), dispatcher(), random.pick(RepairCatalog.RETURNS))) {
            return null;
        }
        return dispatch(t, inHouse(before), workHours(later(t.last(), 2 * HOUR, DAY_MINUTES)));
    }

    /** 转单: to the manufacturer once the engineer has seen it is under warranty, else to another engineer. */
    private Instant transfer(RepairTimeline t, Issue issue, Instant start) {
        RepairVendor maker = issue.outside() == null ? null : settings.vendor(issue.outside())
                .filter(v -> v.kind() == FixerKind.MANUFACTURER).orElse(null);
        if (maker == null) {
            String before = t.repair().assigneeName();
            return t.transfer(between(t.last(), start), dispatcher(), inHouse(before),
                    random.pick(RepairCatalog.TRANSFERS)) ? start : null;
        }
        if (!t.start(start, dispatcher()) || !t.transfer(later(start, HOUR, 3 * HOUR), dispatcher(),
                new Fixer(FixerKind.MANUFACTURER, maker.name(), null, "厂家售后 刘工"), RepairCatalog.TO_MANUFACTURER)) {
            return null;
        }
        return startAt(t.last(), t.repair().priority(), FixerKind.MANUFACTURER, t.repair().category());
    }

    /** Start, holds as the fixer has them, completion; false when the story ends before it is done. */
    private boolean work(RepairTimeline t, Issue issue, Instant start) {
        if (!t.start(start, dispatcher())) {
            return false;
        }
        Instant at = holds(t, start);
        if (at == null) {
            return false;
        }
        return t.complete(finish(t.repair(), issue, at), dispatcher(), completion(t.repair(), issue));
    }

    /** An hour or two of work; for the engineers' building work a few days, and now and then it drags on a week. */
    private Instant finish(Repair r, Issue issue, Instant at) {
        int slow = r.fixerKind() == FixerKind.IN_HOUSE ? slowPercent(issue.category()) : 0;
        int pace = random.nextInt(200);
        if (pace < slow) {
            return workHours(later(at, 2 * DAY_MINUTES, 8 * DAY_MINUTES));
        }
        if (pace < 3 * slow) {
            return workHours(later(at, DAY_MINUTES, 3 * DAY_MINUTES));
        }
        return later(at, 20, r.priority() == RepairPriority.URGENT ? 90 : 180);
    }

    /** Returns when work goes on after any hold, null when the story ends on hold. */
    private Instant holds(RepairTimeline t, Instant start) {
        int r = random.nextInt(100);
        return switch (t.repair().fixerKind()) {
            case MANUFACTURER -> hold(t, start, HoldReason.WAITING_VENDOR,
                    random.pick(RepairCatalog.HOLD_NOTES.get(HoldReason.WAITING_VENDOR)), 7, 35);
            case BUILDER -> r < 50 ? hold(t, start, HoldReason.WAITING_VENDOR,
                    random.pick(RepairCatalog.BUILDER_HOLDS), 5, 20) : start;
            case UTILITY -> r < 15 ? hold(t, start, HoldReason.WAITING_VENDOR,
                    random.pick(RepairCatalog.UTILITY_HOLDS), 1, 4) : start;
            case IN_HOUSE, VENDOR -> t.repair().priority() == RepairPriority.URGENT ? start : engineerHold(t, start, r);
        };
    }

    /** Engineers wait for parts now and then, or for the owner. */
    private Instant engineerHold(RepairTimeline t, Instant start, int r) {
        if (r < 9) {
            return hold(t, start, HoldReason.WAITING_PARTS,
                    random.pick(RepairCatalog.HOLD_NOTES.get(HoldReason.WAITING_PARTS)), 1, 6);
        }
        return r < 13 ? ownerHold(t, start) : start;
    }

    private Instant hold(RepairTimeline t, Instant start, HoldReason reason, String note, int minDays, int maxDays) {
        if (!t.hold(later(start, 30, 2 * HOUR), dispatcher(), reason, note)) {
            return null;
        }
        Instant resume = workHours(later(t.last(), minDays * DAY_MINUTES, maxDays * DAY_MINUTES));
        return t.resume(resume, dispatcher()) ? t.last() : null;
    }

    /** The owner asked to wait; now and then they give up and have it fixed elsewhere. */
    private Instant ownerHold(RepairTimeline t, Instant start) {
        String note = random.pick(RepairCatalog.HOLD_NOTES.get(HoldReason.WAITING_OWNER));
        if (random.nextInt(10) > 0) {
            return hold(t, start, HoldReason.WAITING_OWNER, note, 2, 8);
        }
        if (t.hold(later(start, 30, 2 * HOUR), dispatcher(), HoldReason.WAITING_OWNER, note)) {
            t.cancel(deskTime(t.last(), 3, 10), closer(), random.pick(RepairCatalog.CANCEL_ON_HOLD));
        }
        return null;
    }

    /**
     * The call-back a few days after; a grievance or anger goes to the shift lead, who may reopen it.
     * One owner in a hundred is never reached: the repair stays done.
     */
    private void afterCare(RepairTimeline t) {
        if (random.nextInt(100) == 0) {
            return;
        }
        FeedbackGrade grade = random.weighted(GRADES, late(t.repair()) ? LATE_GRADES : ON_TIME_GRADES);
        if (!callBack(t, grade, deskTime(t.last(), 1, 3))) {
            return;
        }
        if (grade.escalates() && random.nextInt(100) < 40) {
            Staff lead = closer();
            boolean redone = t.reopen(workHours(later(t.last(), HOUR, 6 * HOUR)), lead, random.pick(RepairCatalog.REOPENS))
                    && t.start(workHours(later(t.last(), 2 * HOUR, DAY_MINUTES)), dispatcher())
                    && t.complete(later(t.last(), 30, 3 * HOUR), dispatcher(), redo(t.repair()))
                    && callBack(t, FeedbackGrade.ACCEPTABLE, deskTime(t.last(), 1, 2));
            if (redone) {
                t.close(deskTime(t.last(), 0, 2), lead, null);
            }
            return;
        }
        t.close(deskTime(t.last(), 0, 3), closer(), grade.escalates() ? random.pick(RepairCatalog.SETTLED) : null);
    }

    private boolean callBack(RepairTimeline t, FeedbackGrade grade, Instant at) {
        Rating[] ratings = new Rating[4];
        for (int i = 0; i < ratings.length; i++) {
            ratings[i] = switch (grade) {
                case PRAISE -> Rating.VERY_SATISFIED;
                case ACCEPTABLE -> random.nextInt(100) < 40 ? Rating.VERY_SATISFIED : Rating.SATISFIED;
                case SUGGESTION -> random.nextInt(100) < 60 ? Rating.SATISFIED : Rating.AVERAGE;
                case GRIEVANCE -> random.weighted(RATINGS, new int[] {0, 20, 50, 30});
                case ANGER -> random.nextInt(100) < 70 ? Rating.POOR : Rating.AVERAGE;
            };
        }
        String note = switch (grade) {
            case PRAISE -> random.nextBoolean() ? random.pick(RepairCatalog.PRAISE) : null;
            case ACCEPTABLE -> null;
            case SUGGESTION -> random.pick(RepairCatalog.SUGGESTIONS);
            case GRIEVANCE -> random.pick(RepairCatalog.GRIEVANCES);
            case ANGER -> random.pick(RepairCatalog.ANGER);
        };
        return t.callBack(at, dispatcher(), ratings, grade, note);
    }

    // --- fixers, slips and people -------------------------------------------------------------------

    /** The issue's firm when Settings has it: utilities and maintenance firms always, the rest now and then. */
    private Fixer fixer(Issue issue) {
        RepairVendor v = issue.outside() == null ? null : settings.vendor(issue.outside()).orElse(null);
        int share = v == null ? 0 : switch (v.kind()) {
            case UTILITY -> 100;
            case VENDOR -> 90;
            case MANUFACTURER -> 30;
            default -> 35;
        };
        if (random.nextInt(100) >= share) {
            return inHouse(null);
        }
        String person = switch (v.kind()) {
            case MANUFACTURER -> "厂家售后 刘工";
            case VENDOR -> "维保 周师傅";
            case BUILDER -> "施工方 郑工";
            default -> null;
        };
        return new Fixer(v.kind(), v.kind() == FixerKind.BUILDER ? null : v.name(), null, person);
    }

    /** One of the site's agents (the repair shows on their list) or an engineer by name, not {@code except}. */
    private Fixer inHouse(String except) {
        if (!desk.agents().isEmpty() && random.nextInt(100) < 25) {
            Staff s = random.pick(desk.agents());
            if (!s.name().equals(except)) {
                return new Fixer(FixerKind.IN_HOUSE, null, s.id(), s.name());
            }
        }
        List<String> others = RepairCatalog.TECHNICIANS.stream().filter(n -> !n.equals(except)).toList();
        return new Fixer(FixerKind.IN_HOUSE, null, null, random.pick(others));
    }

    /** Free mostly; the owner pays for parts in the home, maintenance firms work under contract. */
    private Completion completion(Repair r, Issue issue) {
        FixerKind kind = r.fixerKind();
        boolean ownerPays = issue.yuan() > 0 && (kind == FixerKind.UTILITY
                || kind == FixerKind.IN_HOUSE && random.nextInt(100) < 60);
        if (ownerPays) {
            long yuan = Math.round(issue.yuan() * (0.8 + random.nextDouble() * 0.5) / 5) * 5;
            return new Completion(ServiceKind.PAID, issue.labour(), issue.parts(), yuan * 100, Payer.OWNER,
                    r.reporterName());
        }
        ServiceKind service = kind == FixerKind.VENDOR ? ServiceKind.CONTRACT
                : issue.inHome() || kind != FixerKind.IN_HOUSE ? ServiceKind.FREE : ServiceKind.INTERNAL;
        return new Completion(service, issue.labour(), issue.parts(), 0,
                kind == FixerKind.MANUFACTURER ? Payer.MANUFACTURER : null, r.reporterName());
    }

    private static Completion redo(Repair r) {
        return new Completion(r.serviceKind() == ServiceKind.PAID ? ServiceKind.FREE : r.serviceKind(),
                "返修：" + r.labour(), null, 0, null, r.reporterName());
    }

    /** Fixed after the fix deadline (the time on hold not counted). */
    private static boolean late(Repair r) {
        return r.fixHours() != null && Duration.between(r.reportedAt(), r.fixedAt()).minusMillis(r.heldMillis())
                .compareTo(Duration.ofHours(r.fixHours())) > 0;
    }

    /**
     * Of 200 of the engineers' jobs, how many are left for a week before the start, and as many
     * again once started; twice as many take a few days of work.
     */
    private static int slowPercent(String category) {
        return switch (category) {
            case "CIVIL" -> 25;
            case "PUBLIC_FACILITIES" -> 15;
            case "DOORS_WINDOWS" -> 10;
            default -> 5;
        };
    }

    // --- people and times ----------------------------------------------------------------------------

    private Staff dispatcher() {
        return desk.agents().isEmpty() || random.nextInt(100) < 20 ? closer() : random.pick(desk.agents());
    }

    private Staff closer() {
        return desk.lead() != null ? desk.lead() : desk.admin();
    }

    /** The first dispatch: emergencies at once, the rest within the engineers' day, a few forgotten for days. */
    private Instant respondAt(Repair r) {
        Instant at = r.reportedAt();
        return switch (r.priority()) {
            case URGENT -> later(at, 5, 30);
            case HIGH -> later(at, 15, 3 * HOUR);
            case NORMAL -> workHours(random.nextInt(100) < 4 ? later(at, 26 * HOUR, 60 * HOUR)
                    : later(at, 15, 5 * HOUR));
            case LOW -> workHours(later(at, 4 * HOUR, 5 * DAY_MINUTES));
        };
    }

    /** When the fixer comes: emergencies within the hour, firms in days, a slow engineer a week late. */
    private Instant startAt(Instant dispatched, RepairPriority p, FixerKind kind, String category) {
        if (p == RepairPriority.URGENT) {
            return later(dispatched, 10, 40);
        }
        Instant at = switch (kind) {
            case IN_HOUSE -> p == RepairPriority.HIGH ? later(dispatched, 30, 4 * HOUR)
                    : later(dispatched, p == RepairPriority.LOW ? DAY_MINUTES : HOUR, 30 * HOUR);
            case MANUFACTURER -> later(dispatched, DAY_MINUTES, 4 * DAY_MINUTES);
            case UTILITY -> later(dispatched, 2 * HOUR, DAY_MINUTES);
            case VENDOR -> later(dispatched, 30, p == RepairPriority.HIGH ? 5 * HOUR : 2 * DAY_MINUTES);
            case BUILDER -> later(dispatched, 2 * DAY_MINUTES, 7 * DAY_MINUTES);
        };
        if (kind == FixerKind.IN_HOUSE && random.nextInt(200) < slowPercent(category)) {
            at = later(at, 3 * DAY_MINUTES, 10 * DAY_MINUTES);
        }
        return workHours(at);
    }

    private Instant later(Instant at, long minMinutes, long maxMinutes) {
        return at.plusSeconds(60 * (minMinutes + (long) (random.nextDouble() * (maxMinutes - minMinutes)))
                + random.nextInt(60));
    }

    /** Somewhere in the middle of the two: a step taken after the dispatch and before the planned visit. */
    private Instant between(Instant from, Instant to) {
        long minutes = Math.max(1, Duration.between(from, to).toMinutes());
        return later(from, minutes / 4, Math.max(minutes / 4 + 1, minutes * 3 / 4));
    }

    /** Moved into the engineers' day (08:00–20:00) when it falls at night. */
    private Instant workHours(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime t = local.toLocalTime();
        if (!t.isBefore(WORK_FROM) && t.isBefore(WORK_TO)) {
            return at;
        }
        LocalDate day = t.isBefore(WORK_FROM) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return day.atTime(WORK_FROM).atZone(zone).toInstant().plusSeconds(random.nextInt(90 * 60));
    }

    /** Office hours (09:00–18:00) {@code minDays} to {@code maxDays} days later, at least an hour after. */
    private Instant deskTime(Instant after, int minDays, int maxDays) {
        LocalDate day = after.atZone(zone).toLocalDate().plusDays(minDays + random.nextInt(maxDays - minDays + 1));
        Instant at = day.atTime(9, 0).atZone(zone).toInstant().plusSeconds(random.nextInt(9 * 3600));
        return at.isAfter(after.plus(Duration.ofHours(1))) ? at : workHours(later(after, HOUR, 3 * HOUR));
    }
}
