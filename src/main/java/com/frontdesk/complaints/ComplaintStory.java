package com.frontdesk.complaints;

import com.frontdesk.complaints.ComplaintCatalog.Issue;
import com.frontdesk.core.BulkRows.Staff;
import com.frontdesk.core.Draw;
import com.frontdesk.repairs.FeedbackGrade;
import com.frontdesk.repairs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What becomes of a complaint after intake, for {@link ComplaintGenerator}, told on a
 * {@link ComplaintTimeline} that stops at the clock's now: the lead takes notice of an urgent case
 * at once and of an angry or serious one in office hours (now and then a day or two late); the
 * first response comes within a day or so, for one case in ten after the 48 hours (which the lead
 * then takes notice of); the case goes to a department, which notes what it finds and answers
 * within the working days, about one case in six late (by up to a fortnight); the lead judges one
 * in ten unfounded (more when nobody's service was at fault); most complainants accept, the rest
 * are carried on by a new case; closed cases are called back within the week.
 */
final class ComplaintStory {
    /** The complainant did not accept the answer: {@code nextId} carries the case on, taken by {@code by}. */
    record Rejection(String nextId, Staff by, String words) {
    }

    private static final FeedbackGrade[] GRADES = FeedbackGrade.values();
    private static final int[] GOOD_GRADES = {25, 60, 10, 4, 1};
    private static final int[] POOR_GRADES = {5, 55, 20, 15, 5};
    private static final Rating[] RATINGS = Rating.values();
    /** Per feedback grade, in the order of {@link FeedbackGrade}: how likely each rating is. */
    private static final int[][] RATING_WEIGHTS = {{90, 10, 0, 0}, {40, 60, 0, 0}, {0, 60, 40, 0}, {0, 20, 50, 30},
            {0, 0, 30, 70}};
    private static final ResponseMethod[] METHODS = {ResponseMethod.PHONE, ResponseMethod.SMS, ResponseMethod.VISIT};
    private static final int[] METHOD_WEIGHTS = {60, 25, 15};
    private static final LocalTime OFFICE_FROM = LocalTime.of(8, 30);
    private static final LocalTime OFFICE_TO = LocalTime.of(18, 0);
    private static final long HOUR = 60;

    private final Draw random;
    private final ZoneId zone;
    private final ComplaintSettings settings;
    private final ComplaintGenerator.Desk desk;

    ComplaintStory(Draw random, ZoneId zone, ComplaintSettings settings, ComplaintGenerator.Desk desk) {
        this.random = random;
        this.zone = zone;
        this.settings = settings;
        this.desk = desk;
    }

    /**
     * The case's handling, each step only if it happened before the timeline's now; the rejection
     * when the complainant did not accept the answer. {@code again}: the case carries on one whose
     * answer was not accepted, and the lead sees to it that it goes quickly.
     */
    Rejection follow(ComplaintTimeline t, Issue issue, boolean again) {
        Complaint c = t.complaint();
        if (c.kind() != ComplaintKind.COMPLAINT) {
            return null;
        }
        // The lead is called at once to an urgent case; the rest wait for the lead's office hours, and
        // on a busy day the lead catches up only a day or two later.
        Instant noticed = urgent(c) ? later(c.receivedAt(), 5, 30)
                : office(later(c.receivedAt(), 10, random.nextInt(100) < 20 ? 48 * HOUR : 2 * HOUR));
        if (c.escalatedAt() != null && !t.takeNotice(noticed, desk.lead(), random.pick(ComplaintCatalog.NOTICES))) {
            return null;
        }
        String department = department(issue);
        boolean quick = !again && c.severity() == Severity.NORMAL && random.nextInt(100) < 8;
        if (!quick && !(respond(t, again) && assign(t, department) && notes(t, department))) {
            return null;
        }
        boolean late = !quick && !urgent(c) && !again && random.nextInt(100) < 18;
        AnswerForm form = answerForm(issue, department);
        Staff by = form.founded() ? handler() : desk.lead();
        if (!t.answer(answerAt(c, quick, late, again), by, form)) {
            return null;
        }
        return reply(t, form.founded(), again);
    }

    /** The first response: at once for an urgent case, within a day or so for the rest, now and then after the due. */
    private boolean respond(ComplaintTimeline t, boolean again) {
        Complaint c = t.complaint();
        boolean late = !again && c.severity() == Severity.NORMAL && random.nextInt(100) < 10;
        Instant at = urgent(c) ? later(c.receivedAt(), 10, 40)
                : c.severity() == Severity.SERIOUS || again ? later(c.receivedAt(), 20, 3 * HOUR)
                : late ? later(c.firstResponseDue(), 2 * HOUR, 50 * HOUR)
                : office(later(c.receivedAt(), 2 * HOUR, 30 * HOUR));
        if (late && c.escalatedAt() == null && random.nextInt(100) < 60
                && !t.takeNotice(office(later(c.firstResponseDue(), 30, 6 * HOUR)), desk.lead(),
                        random.pick(ComplaintCatalog.NOTICES))) {
            return false;
        }
        if (!t.acknowledge(at, handler(), random.weighted(METHODS, METHOD_WEIGHTS),
                random.nextInt(100) < 60 ? random.pick(ComplaintCatalog.ACKNOWLEDGEMENTS) : null)) {
            return false;
        }
        Complaint after = t.complaint();
        return !after.escalationWaiting() || t.takeNotice(office(later(t.last(), 30, 8 * HOUR)), desk.lead(),
                random.pick(ComplaintCatalog.NOTICES));
    }

    /** To an agent (it shows on their list) or to the department's person by name. */
    private boolean assign(ComplaintTimeline t, String department) {
        Instant at = office(later(t.last(), 15, 6 * HOUR));
        if (!desk.agents().isEmpty() && random.nextInt(100) < 35) {
            return t.assign(at, handler(), random.pick(desk.agents()), null, department);
        }
        String person = ComplaintCatalog.DEPARTMENT_PEOPLE.getOrDefault(department, department);
        return t.assign(at, handler(), null, person, department);
    }

    /** None to two notes of what the department found, hours apart. */
    private boolean notes(ComplaintTimeline t, String department) {
        List<String> notes = ComplaintCatalog.NOTES.getOrDefault(department, ComplaintCatalog.ANY_NOTES);
        for (int n = random.nextInt(3); n > 0; n--) {
            String text = random.nextInt(4) == 0 ? random.pick(ComplaintCatalog.ANY_NOTES) : random.pick(notes);
            if (!t.note(office(later(t.last(), HOUR, 20 * HOUR)), handler(), text)) {
                return false;
            }
        }
        return true;
    }

    /** Founded mostly, with the department's cause and remedy; unfounded more often when it is nobody's fault. */
    private AnswerForm answerForm(Issue issue, String department) {
        int unfounded = issue.nature() == Nature.NON_QUALITY ? 30 : 10;
        ResponseMethod how = random.weighted(METHODS, METHOD_WEIGHTS);
        if (random.nextInt(100) < unfounded) {
            return AnswerForm.unfounded(random.pick(ComplaintCatalog.UNFOUNDED),
                    random.pick(ComplaintCatalog.UNFOUNDED_ANSWERS), how).withDepartment(department);
        }
        String compensation = random.nextInt(100) < 5 ? random.pick(ComplaintCatalog.COMPENSATIONS) : null;
        return new AnswerForm(true, null, issue.cause(), issue.correctiveAction(), compensation, issue.answer(), how,
                department);
    }

    /** Within the working days (urgent within hours, a quick one the same day); a late one up to a fortnight after. */
    private Instant answerAt(Complaint c, boolean quick, boolean late, boolean again) {
        if (urgent(c)) {
            return later(c.receivedAt(), 2 * HOUR, 8 * HOUR);
        }
        if (quick) {
            return office(later(c.receivedAt(), HOUR, 4 * HOUR));
        }
        if (late) {
            return officeDay(c.resolutionDue().atZone(zone).toLocalDate().plusDays(random.nextInt(16)));
        }
        int most = Math.min(again ? 3 : 5, settings.resolutionWorkingDays());
        LocalDate received = c.receivedAt().atZone(zone).toLocalDate();
        return officeDay(settings.calendar().addWorkingDays(received, 1 + random.nextInt(most)));
    }

    /** The complainant accepts (the lead closes), or does not and the case is carried on. */
    private Rejection reply(ComplaintTimeline t, boolean founded, boolean again) {
        Instant at = office(later(t.last(), 2 * HOUR, 3 * 24 * HOUR));
        int rejects = again ? 4 : founded ? 7 : 25;
        if (random.nextInt(100) < rejects) {
            Staff by = handler();
            String words = random.pick(ComplaintCatalog.REJECTIONS);
            String next = t.reject(at, by, words);
            return next == null ? null : new Rejection(next, by, words);
        }
        boolean onTime = founded && !t.complaint().answeredAt().isAfter(t.complaint().resolutionDue());
        if (t.accept(at, desk.lead(), random.weighted(METHODS, METHOD_WEIGHTS),
                random.nextBoolean() ? random.pick(ComplaintCatalog.ACCEPTED) : null)
                && random.nextInt(100) < 88) {
            callBack(t, random.weighted(GRADES, onTime ? GOOD_GRADES : POOR_GRADES));
        }
        return null;
    }

    /** The four ratings as the grade has them; a grievance or anger always has a note, as the form requires. */
    private void callBack(ComplaintTimeline t, FeedbackGrade grade) {
        Rating[] ratings = new Rating[4];
        for (int i = 0; i < ratings.length; i++) {
            ratings[i] = random.weighted(RATINGS, RATING_WEIGHTS[grade.ordinal()]);
        }
        String note = switch (grade) {
            case PRAISE -> random.nextBoolean() ? random.pick(ComplaintCatalog.CALL_BACK_PRAISE) : null;
            case ACCEPTABLE -> null;
            case SUGGESTION -> random.pick(ComplaintCatalog.CALL_BACK_SUGGESTIONS);
            case GRIEVANCE -> random.pick(ComplaintCatalog.CALL_BACK_GRIEVANCES);
            case ANGER -> random.pick(ComplaintCatalog.CALL_BACK_ANGER);
        };
        t.callBack(officeDay(t.last().atZone(zone).toLocalDate().plusDays(1 + random.nextInt(6))), handler(), ratings,
                grade, note);
    }

    // --- people, departments and times ------------------------------------------------------------

    /** Agents handle most steps; the lead the rest, and all of them on a site without agents. */
    private Staff handler() {
        return desk.agents().isEmpty() || random.nextInt(100) < 20 ? desk.lead() : random.pick(desk.agents());
    }

    /** The issue's department when Settings has it, else the first one there. */
    private String department(Issue issue) {
        return settings.departments().contains(issue.department()) ? issue.department()
                : settings.departments().get(0);
    }

    private static boolean urgent(Complaint c) {
        return c.severity() == Severity.URGENT;
    }

    private Instant later(Instant at, long minMinutes, long maxMinutes) {
        return at.plus(Duration.ofMinutes(minMinutes + random.nextInt((int) (maxMinutes - minMinutes) + 1)))
                .plusSeconds(random.nextInt(60));
    }

    /** Moved into office hours (08:30–18:00) when it falls outside them. */
    private Instant office(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime t = local.toLocalTime();
        if (!t.isBefore(OFFICE_FROM) && t.isBefore(OFFICE_TO)) {
            return at;
        }
        return officeDay(t.isBefore(OFFICE_FROM) ? local.toLocalDate() : local.toLocalDate().plusDays(1));
    }

    /** Some time in the office hours of the day. */
    private Instant officeDay(LocalDate day) {
        return day.atTime(OFFICE_FROM).atZone(zone).toInstant()
                .plusSeconds(random.nextInt((int) Duration.between(OFFICE_FROM, OFFICE_TO).toSeconds()));
    }
}
