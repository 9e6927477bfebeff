package com.frontdesk.complaints;

import java.time.Instant;

/**
 * One line of a case's timeline: who took which step when, from which status to which, and the
 * note (how it was acknowledged, the investigation note, the answer, the complainant's words).
 */
public record ComplaintEvent(String id, String complaintId, Instant at, String byStaffId, String byName,
                             ComplaintAction action, ComplaintStatus fromStatus, ComplaintStatus toStatus,
                             String note) {
}
