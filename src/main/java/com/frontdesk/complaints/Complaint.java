package com.frontdesk.complaints;

import com.frontdesk.core.PersonalData;
import java.time.Instant;

/**
 * One complaint (投诉), or praise or a suggestion, from intake to closing. The contact phone is
 * personal data. The clocks ({@code firstResponseDue}, {@code resolutionDue}) are fixed at intake
 * from the settings then; {@link ComplaintClock} reads them against now.
 *
 * @param complainant      "1-2-1503 · 张三" for a directory pick, or the name as told
 * @param founded          the judgement at the answer: founded (有效) or not; null before
 * @param escalatedAt      when it went to the shift lead; {@code escalationSeenAt} when a lead took notice
 * @param previousId       the case this one carries on, when the complainant did not accept its answer
 * @param nextId           the case that carries this one on (status REOPENED)
 */
public record Complaint(String id, String number, ComplaintKind kind, ComplaintChannel channel, Instant receivedAt,
                        String takenBy, String roomId, String occupantId, String roomCode, String complainant,
                        @PersonalData(PersonalData.Kind.PHONE) String contactPhone, String subject,
                        String whatHappened, String whatTheyWant, String category, Nature nature, Severity severity,
                        Mood mood, ComplaintStatus status, Instant firstResponseDue, Instant resolutionDue,
                        Instant acknowledgedAt, ResponseMethod acknowledgedHow, String assigneeStaffId,
                        String assigneeName, String department, Instant answeredAt, Boolean founded,
                        String judgement, String cause, String correctiveAction, String compensation, String answer,
                        ResponseMethod answeredHow, Instant closedAt, ResponseMethod closedHow, Instant escalatedAt,
                        EscalationReason escalationReason, Instant escalationSeenAt, String escalationSeenBy,
                        String previousId, String nextId, Instant calledBackAt, Instant createdAt,
                        Instant updatedAt) {

    public boolean open() {
        return status.open();
    }

    /** Went to the shift lead and no lead has taken notice yet. */
    public boolean escalationWaiting() {
        return escalatedAt != null && escalationSeenAt == null;
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** A changed copy, part by part, for the service's steps. */
    static final class Builder {
        private final Complaint from;
        private ComplaintStatus status;
        private Instant acknowledgedAt;
        private ResponseMethod acknowledgedHow;
        private String assigneeStaffId;
        private String assigneeName;
        private String department;
        private Instant answeredAt;
        private Boolean founded;
        private String judgement;
        private String cause;
        private String correctiveAction;
        private String compensation;
        private String answer;
        private ResponseMethod answeredHow;
        private Instant closedAt;
        private ResponseMethod closedHow;
        private Instant escalatedAt;
        private EscalationReason escalationReason;
        private Instant escalationSeenAt;
        private String escalationSeenBy;
        private String nextId;
        private Instant calledBackAt;

        private Builder(Complaint c) {
            from = c;
            status = c.status;
            acknowledgedAt = c.acknowledgedAt;
            acknowledgedHow = c.acknowledgedHow;
            assigneeStaffId = c.assigneeStaffId;
            assigneeName = c.assigneeName;
            department = c.department;
            answeredAt = c.answeredAt;
            founded = c.founded;
            judgement = c.judgement;
            cause = c.cause;
            correctiveAction = c.correctiveAction;
            compensation = c.compensation;
            answer = c.answer;
            answeredHow = c.answeredHow;
            closedAt = c.closedAt;
            closedHow = c.closedHow;
            escalatedAt = c.escalatedAt;
            escalationReason = c.escalationReason;
            escalationSeenAt = c.escalationSeenAt;
            escalationSeenBy = c.escalationSeenBy;
            nextId = c.nextId;
            calledBackAt = c.calledBackAt;
        }

        Builder status(ComplaintStatus s) {
            status = s;
            return this;
        }

        Builder acknowledged(Instant at, ResponseMethod how) {
            acknowledgedAt = at;
            acknowledgedHow = how;
            return this;
        }

        Builder assigned(String staffId, String name, String dept) {
            assigneeStaffId = staffId;
            assigneeName = name;
            department = dept;
            return this;
        }

        Builder answered(Instant at, AnswerForm f) {
            answeredAt = at;
            founded = f.founded();
            judgement = f.judgement();
            cause = f.cause();
            correctiveAction = f.correctiveAction();
            compensation = f.compensation();
            answer = f.answer();
            answeredHow = f.how();
            if (f.department() != null) {
                department = f.department();
            }
            return this;
        }

        Builder closed(Instant at, ResponseMethod how) {
            closedAt = at;
            closedHow = how;
            return this;
        }

        /** Sets the escalation once: the first reason stays. */
        Builder escalated(Instant at, EscalationReason reason) {
            if (escalatedAt == null) {
                escalatedAt = at;
                escalationReason = reason;
            }
            return this;
        }

        Builder noticed(Instant at, String staffId) {
            escalationSeenAt = at;
            escalationSeenBy = staffId;
            return this;
        }

        Builder next(String id) {
            nextId = id;
            return this;
        }

        Builder calledBack(Instant at) {
            calledBackAt = at;
            return this;
        }

        Complaint build(Instant updatedAt) {
            Complaint c = from;
            return new Complaint(c.id, c.number, c.kind, c.channel, c.receivedAt, c.takenBy, c.roomId, c.occupantId,
                    c.roomCode, c.complainant, c.contactPhone, c.subject, c.whatHappened, c.whatTheyWant, c.category,
                    c.nature, c.severity, c.mood, status, c.firstResponseDue, c.resolutionDue, acknowledgedAt,
                    acknowledgedHow, assigneeStaffId, assigneeName, department, answeredAt, founded, judgement, cause,
                    correctiveAction, compensation, answer, answeredHow, closedAt, closedHow, escalatedAt,
                    escalationReason, escalationSeenAt, escalationSeenBy, c.previousId, nextId, calledBackAt,
                    c.createdAt, updatedAt);
        }
    }
}
