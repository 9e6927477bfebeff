package com.frontdesk.handover;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One handover of a desk (交接班记录), numbered {@code JJ-yyyyMMdd-NNNN}. The outgoing staff member
 * is whoever started it. {@code incoming*} is the person who signed or refused; {@code day} is the
 * site's day it was started on. {@code sealSha256} is fixed at the outgoing signature and chains to
 * the desk's previous handover ({@code previousNumber}, {@code previousSha256});
 * {@code contentSha256} adds the later signatures. {@link HandoverCanon} says what each covers.
 */
public record Handover(String id, String number, String desk, String shift, LocalDate day, String templateId,
                       int templateVersion, Instant startedAt, String outgoingStaffId, String outgoingName,
                       HandoverStatus status, Instant outgoingSignedAt, String incomingStaffId, String incomingName,
                       Instant incomingAt, String refusalReason, String leadStaffId, String leadName,
                       Instant countersignedAt, String previousNumber, String previousSha256, String sealSha256,
                       String contentSha256, Instant createdAt, Instant updatedAt) {

    public boolean draft() {
        return status == HandoverStatus.DRAFT;
    }

    Handover sealed(Instant at, String prevNumber, String prevSha, String seal, String content) {
        return new Handover(id, number, desk, shift, day, templateId, templateVersion, startedAt, outgoingStaffId,
                outgoingName, HandoverStatus.OUTGOING_SIGNED, at, incomingStaffId, incomingName, incomingAt,
                refusalReason, leadStaffId, leadName, countersignedAt, prevNumber, prevSha, seal, content, createdAt,
                at);
    }

    Handover incoming(HandoverStatus to, String staffId, String name, Instant at, String reason) {
        return new Handover(id, number, desk, shift, day, templateId, templateVersion, startedAt, outgoingStaffId,
                outgoingName, to, outgoingSignedAt, staffId, name, at, reason, leadStaffId, leadName,
                countersignedAt, previousNumber, previousSha256, sealSha256, contentSha256, createdAt, at);
    }

    Handover countersigned(String staffId, String name, Instant at) {
        return new Handover(id, number, desk, shift, day, templateId, templateVersion, startedAt, outgoingStaffId,
                outgoingName, HandoverStatus.COUNTERSIGNED, outgoingSignedAt, incomingStaffId, incomingName,
                incomingAt, refusalReason, staffId, name, at, previousNumber, previousSha256, sealSha256,
                contentSha256, createdAt, at);
    }

    Handover withContentSha256(String content) {
        return new Handover(id, number, desk, shift, day, templateId, templateVersion, startedAt, outgoingStaffId,
                outgoingName, status, outgoingSignedAt, incomingStaffId, incomingName, incomingAt, refusalReason,
                leadStaffId, leadName, countersignedAt, previousNumber, previousSha256, sealSha256, content,
                createdAt, updatedAt);
    }
}
