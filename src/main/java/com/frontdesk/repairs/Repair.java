package com.frontdesk.repairs;

import com.frontdesk.core.PersonalData;
import java.time.Instant;

/**
 * One repair (报修单) from intake to closing. The reporter's phone is personal data: the audit log
 * keeps it masked. {@code respondHours} and {@code fixHours} are the deadline of its priority as it
 * was at intake (null: by agreement); {@code heldMillis} sums the holds that are over and
 * {@code holdSince} marks the one running, so the lists can tell what is overdue without the
 * timeline. {@link RepairClock} works the deadlines out.
 *
 * @param locationText "1-2-1503 · 张三", a public location's code, or what the desk typed
 * @param roomCode     the room's code at intake, for the search by room; null for a typed location
 * @param category     a {@link RepairCategory} code
 * @param respondedAt  the first dispatch; a return (退单) does not take it back
 * @param fixedAt      the last completion; a reopen clears it
 * @param costCents    the cost in fen (分), never negative
 * @param escalatedAt  the last call-back with a grievance or anger: the shift lead's list
 * @param endReason    why it was cancelled
 */
public record Repair(String id, String number, RepairChannel channel, String roomId, String occupantId,
                     String locationText, String roomCode, String reporterName,
                     @PersonalData(PersonalData.Kind.PHONE) String reporterPhone, String category,
                     String description, RepairPriority priority, RepairStatus status, Instant reportedAt,
                     String reportedBy, Integer respondHours, Integer fixHours, long heldMillis, Instant holdSince,
                     HoldReason holdReason, String holdNote, Instant respondedAt, Instant fixedAt,
                     FixerKind fixerKind, String vendor, String assigneeStaffId, String assigneeName,
                     Instant appointmentAt, ServiceKind serviceKind, String labour, String parts, Long costCents,
                     Payer payer, String signatureId, Instant escalatedAt, Instant closedAt, String endReason,
                     Instant createdAt, Instant updatedAt) {

    public boolean open() {
        return status.open();
    }

    public boolean escalated() {
        return escalatedAt != null;
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** A changed copy, field by field, for the service's steps. */
    static final class Builder {
        private RepairStatus status;
        private long heldMillis;
        private Instant holdSince;
        private HoldReason holdReason;
        private String holdNote;
        private Instant respondedAt;
        private Instant fixedAt;
        private FixerKind fixerKind;
        private String vendor;
        private String assigneeStaffId;
        private String assigneeName;
        private Instant appointmentAt;
        private ServiceKind serviceKind;
        private String labour;
        private String parts;
        private Long costCents;
        private Payer payer;
        private String signatureId;
        private Instant escalatedAt;
        private Instant closedAt;
        private String endReason;
        private final Repair from;

        private Builder(Repair r) {
            from = r;
            status = r.status;
            heldMillis = r.heldMillis;
            holdSince = r.holdSince;
            holdReason = r.holdReason;
            holdNote = r.holdNote;
            respondedAt = r.respondedAt;
            fixedAt = r.fixedAt;
            fixerKind = r.fixerKind;
            vendor = r.vendor;
            assigneeStaffId = r.assigneeStaffId;
            assigneeName = r.assigneeName;
            appointmentAt = r.appointmentAt;
            serviceKind = r.serviceKind;
            labour = r.labour;
            parts = r.parts;
            costCents = r.costCents;
            payer = r.payer;
            signatureId = r.signatureId;
            escalatedAt = r.escalatedAt;
            closedAt = r.closedAt;
            endReason = r.endReason;
        }

        Builder status(RepairStatus s) {
            status = s;
            return this;
        }

        /** Starts a hold now. */
        Builder hold(HoldReason reason, String note, Instant now) {
            holdSince = now;
            holdReason = reason;
            holdNote = note;
            return this;
        }

        /** Ends a running hold (if any) now, adding its time to the total. */
        Builder endHold(Instant now) {
            if (holdSince != null) {
                heldMillis += Math.max(0, now.toEpochMilli() - holdSince.toEpochMilli());
            }
            holdSince = null;
            holdReason = null;
            holdNote = null;
            return this;
        }

        Builder responded(Instant at) {
            if (respondedAt == null) {
                respondedAt = at;
            }
            return this;
        }

        Builder fixedAt(Instant at) {
            fixedAt = at;
            return this;
        }

        Builder fixer(FixerKind kind, String vendorName, String staffId, String name, Instant appointment) {
            fixerKind = kind;
            vendor = vendorName;
            assigneeStaffId = staffId;
            assigneeName = name;
            appointmentAt = appointment;
            return this;
        }

        Builder completion(ServiceKind kind, String labourText, String partsText, Long cents, Payer who,
                           String signature) {
            serviceKind = kind;
            labour = labourText;
            parts = partsText;
            costCents = cents;
            payer = who;
            signatureId = signature;
            return this;
        }

        Builder escalatedAt(Instant at) {
            escalatedAt = at;
            return this;
        }

        Builder closed(Instant at, String reason) {
            closedAt = at;
            endReason = reason;
            return this;
        }

        Repair build(Instant updatedAt) {
            Repair r = from;
            return new Repair(r.id, r.number, r.channel, r.roomId, r.occupantId, r.locationText, r.roomCode,
                    r.reporterName, r.reporterPhone, r.category, r.description, r.priority, status, r.reportedAt,
                    r.reportedBy, r.respondHours, r.fixHours, heldMillis, holdSince, holdReason, holdNote,
                    respondedAt, fixedAt, fixerKind, vendor, assigneeStaffId, assigneeName, appointmentAt,
                    serviceKind, labour, parts, costCents, payer, signatureId, escalatedAt, closedAt, endReason,
                    r.createdAt, updatedAt);
        }
    }
}
