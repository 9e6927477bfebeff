package com.frontdesk.parcels;

import com.frontdesk.core.Validation;

/**
 * A change to a parcel's details: by the desk while it is held (a wrong shelf, a miscounted
 * piece), by a shift lead with a reason once it has left.
 */
public record ParcelEdit(String trackingNo, Carrier carrier, int pieces, ParcelSize size, String shelfCode,
                         String note, String reason) {
    public ParcelEdit {
        trackingNo = ParcelForm.normaliseTracking(trackingNo);
        note = ParcelForm.clean(note);
        reason = ParcelForm.clean(reason);
    }

    public static ParcelEdit of(Parcel p) {
        return new ParcelEdit(p.trackingNo(), p.carrier(), p.pieces(), p.size(), p.shelfCode(), p.note(), null);
    }

    public ParcelEdit withShelfAndPieces(String shelf, int n) {
        return new ParcelEdit(trackingNo, carrier, n, size, shelf, note, reason);
    }

    public ParcelEdit withReason(String why) {
        return new ParcelEdit(trackingNo, carrier, pieces, size, shelfCode, note, why);
    }

    void validate(boolean reasonRequired) {
        Validation v = ParcelForm.detailChecks(trackingNo, carrier, pieces, size, note);
        if (reasonRequired) {
            v.required("reason", reason).maxLength("reason", reason, 200);
        }
        v.throwIfAny();
    }
}
