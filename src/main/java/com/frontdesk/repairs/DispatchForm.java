package com.frontdesk.repairs;

import com.frontdesk.core.Validation;
import java.time.Instant;

/**
 * Who fixes it: the kind of fixer, the vendor (a manufacturer, utility or other vendor from
 * Settings; the builder optionally), and the assignee, a staff member or a name in words. An
 * appointment is optional; when there is one, the agent has phoned the owner and the time suits.
 */
public record DispatchForm(FixerKind fixerKind, String vendor, String assigneeStaffId, String assigneeName,
                           Instant appointmentAt, boolean ownerAgreed, String note) {

    public DispatchForm {
        vendor = RepairForm.clean(vendor);
        assigneeStaffId = RepairForm.clean(assigneeStaffId);
        assigneeName = RepairForm.clean(assigneeName);
        note = RepairForm.clean(note);
        if (fixerKind == FixerKind.IN_HOUSE) {
            vendor = null;
        }
    }

    /** Engineering (工程部), to one of the site's staff. */
    public static DispatchForm inHouse(String staffId) {
        return new DispatchForm(FixerKind.IN_HOUSE, null, staffId, null, null, false, null);
    }

    /** Engineering, to a technician named in words (engineering staff often have no account). */
    public static DispatchForm inHouseNamed(String name) {
        return new DispatchForm(FixerKind.IN_HOUSE, null, null, name, null, false, null);
    }

    /** A manufacturer, utility or vendor from Settings; the person they send may be unknown yet. */
    public static DispatchForm to(FixerKind kind, String vendor, String assigneeName) {
        return new DispatchForm(kind, vendor, null, assigneeName, null, false, null);
    }

    /** The time agreed with the owner on the phone. */
    public DispatchForm withAppointment(Instant at, boolean agreed) {
        return new DispatchForm(fixerKind, vendor, assigneeStaffId, assigneeName, at, agreed, note);
    }

    public DispatchForm withNote(String text) {
        return new DispatchForm(fixerKind, vendor, assigneeStaffId, assigneeName, appointmentAt, ownerAgreed, text);
    }

    void validate() {
        new Validation()
                .check(fixerKind != null, "fixerKind", "validation.required")
                .check(fixerKind == null || !fixerKind.needsVendor() || vendor != null, "vendor",
                        "repair.vendorRequired")
                .check(fixerKind != FixerKind.IN_HOUSE || assigneeStaffId != null || assigneeName != null,
                        "assignee", "repair.assigneeRequired")
                .maxLength("assignee", assigneeName, 40)
                .check(appointmentAt == null || ownerAgreed, "appointment", "repair.appointmentNotAgreed")
                .maxLength("note", note, 200)
                .throwIfAny();
    }
}
