package com.frontdesk.parcels;

import com.frontdesk.core.Validation;

/**
 * How an unclaimed item leaves the desk: the method, a note (to which police station, which
 * charity), and, only before the keep period is over, a shift lead's reason.
 */
public record LostItemDisposal(LostItemDisposalMethod method, String note, String earlyReason) {
    public LostItemDisposal {
        note = DepositForm.clean(note);
        earlyReason = DepositForm.clean(earlyReason);
    }

    public static LostItemDisposal of(LostItemDisposalMethod method, String note) {
        return new LostItemDisposal(method, note, null);
    }

    void validate() {
        new Validation()
                .check(method != null, "disposalMethod", "validation.required")
                .maxLength("disposalNote", note, 200)
                .maxLength("disposalReason", earlyReason, 200)
                .throwIfAny();
    }
}
