package com.frontdesk.complaints;

import com.frontdesk.core.BulkRows.Staff;
import com.frontdesk.core.Draw;
import com.frontdesk.repairs.FeedbackGrade;
import com.frontdesk.repairs.Rating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated case's history, written as {@link ComplaintService} writes it step by step: a step
 * the transition table does not allow from the current status, or that the service would refuse
 * (a second acknowledgement, a notice of nothing), is a bug of the generator and throws; the row,
 * the timeline line and the call-back change together. Steps come one after the other: one timed
 * at or before the last is moved just after it. A step after the clock's now has not happened:
 * nothing is recorded and the caller's story ends there.
 */
final class ComplaintTimeline {
    @FunctionalInterface
    private interface Change {
        /** Changes the copy at {@code at}. */
        void apply(Complaint.Builder b, Instant at);
    }

    private final Draw random;
    private final Instant now;
    private final List<ComplaintEvent> events = new ArrayList<>();
    private final List<ComplaintCallBack> callBacks = new ArrayList<>();
    private Complaint complaint;
    private Instant last;

    /** Starts with the intake, recorded by {@code by} at the case's receipt, with the intake's note. */
    ComplaintTimeline(Complaint taken, Staff by, String note, Draw random, Instant now) {
        this.random = random;
        this.now = now;
        complaint = taken;
        last = taken.receivedAt();
        events.add(event(ComplaintAction.TAKE, last, by, null, note));
    }

    Complaint complaint() {
        return complaint;
    }

    /** When the last recorded step happened. */
    Instant last() {
        return last;
    }

    List<ComplaintEvent> events() {
        return events;
    }

    List<ComplaintCallBack> callBacks() {
        return callBacks;
    }

    /** The first response; after its due it escalates the case, as the service does. */
    boolean acknowledge(Instant at, Staff by, ResponseMethod how, String note) {
        require(complaint.acknowledgedAt() == null, "acknowledged twice");
        return step(ComplaintAction.ACKNOWLEDGE, at, by, note, (b, t) -> {
            b.acknowledged(t, how);
            if (complaint.firstResponseDue().isBefore(t)) {
                b.escalated(t, EscalationReason.FIRST_RESPONSE_OVERDUE);
            }
        });
    }

    /** To a staff member (their name stored) or to a name in words, and the department. */
    boolean assign(Instant at, Staff by, Staff assignee, String name, String department) {
        return step(ComplaintAction.ASSIGN, at, by, null, (b, t) -> b.assigned(assignee == null ? null : assignee.id(),
                assignee == null ? name : assignee.name(), department));
    }

    boolean note(Instant at, Staff by, String text) {
        return step(ComplaintAction.NOTE, at, by, text, (b, t) -> { });
    }

    /** The answer counts as the first response when there was none. */
    boolean answer(Instant at, Staff by, AnswerForm form) {
        return step(ComplaintAction.ANSWER, at, by, form.answer(), (b, t) -> {
            if (complaint.acknowledgedAt() == null) {
                b.acknowledged(t, form.how());
            }
            b.answered(t, form);
        });
    }

    boolean accept(Instant at, Staff by, ResponseMethod how, String note) {
        return step(ComplaintAction.ACCEPT, at, by, note, (b, t) -> b.closed(t, how));
    }

    /**
     * Not accepted: REOPENED, carried on by a new case that the caller takes at {@link #last()}.
     * Returns the new case's id, null when the step has not happened.
     */
    String reject(Instant at, Staff by, String words) {
        String[] next = new String[1];
        boolean done = step(ComplaintAction.REJECT, at, by, words, (b, t) -> {
            next[0] = random.uuid(t);
            b.closed(t, null).next(next[0]);
        });
        return done ? next[0] : null;
    }

    boolean callBack(Instant at, Staff by, Rating[] ratings, FeedbackGrade grade, String note) {
        require(complaint.calledBackAt() == null, "called back twice");
        return step(ComplaintAction.CALL_BACK, at, by, note, (b, t) -> {
            callBacks.add(new ComplaintCallBack(random.uuid(t), complaint.id(), t, by.id(), ratings[0], ratings[1],
                    ratings[2], ratings[3], grade, note));
            b.calledBack(t);
        });
    }

    /** The lead has seen the escalation, or the first response overdue (which becomes the reason then). */
    boolean takeNotice(Instant at, Staff lead, String note) {
        require(complaint.escalationSeenAt() == null, "noticed twice");
        return step(ComplaintAction.TAKE_NOTICE, at, lead, note, (b, t) -> {
            boolean lateResponse = complaint.acknowledgedAt() == null && complaint.firstResponseDue().isBefore(t);
            require(complaint.escalatedAt() != null || lateResponse, "nothing to notice");
            b.escalated(t, EscalationReason.FIRST_RESPONSE_OVERDUE).noticed(t, lead.id());
        });
    }

    private boolean step(ComplaintAction action, Instant planned, Staff by, String note, Change change) {
        Instant at = planned.isAfter(last) ? planned : last.plusSeconds(60 + random.nextInt(240));
        if (at.isAfter(now)) {
            return false;
        }
        ComplaintStatus from = complaint.status();
        require(action.allowedFrom(from), action + " from " + from);
        Complaint.Builder b = complaint.toBuilder().status(action.to(from));
        change.apply(b, at);
        complaint = b.build(at);
        last = at;
        events.add(event(action, at, by, from, note));
        return true;
    }

    private ComplaintEvent event(ComplaintAction action, Instant at, Staff by, ComplaintStatus from, String note) {
        return new ComplaintEvent(random.uuid(at), complaint.id(), at, by.id(), by.name(), action, from,
                complaint.status(), note);
    }

    private void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what + " in " + complaint.number());
        }
    }
}
