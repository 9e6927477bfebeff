package com.frontdesk.repairs;

import java.time.Instant;

/**
 * One line of a repair's timeline: who took which step when, from which status to which, and why.
 *
 * @param byName     the staff member's name as it was then, as the audit log keeps it
 * @param fromStatus null for the intake
 * @param holdReason set when the step put the repair on hold
 * @param fixerKind  on a dispatch, transfer or reopen: who it went to (with the vendor and assignee)
 * @param note       the reason (transfer, return, cancel, reopen), the hold's note, or a remark
 */
public record RepairEvent(String id, String repairId, Instant at, String byStaffId, String byName,
                          RepairAction action, RepairStatus fromStatus, RepairStatus toStatus,
                          HoldReason holdReason, FixerKind fixerKind, String vendor, String assignee,
                          String note) {
}
