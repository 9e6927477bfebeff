package com.frontdesk.visitors;

import com.frontdesk.core.Validation;
import java.time.Instant;

/**
 * A shift lead's correction of a closed visit: what the desk got wrong, and why it is changed.
 * Blank strings become null.
 *
 * @param checkedOutAt when the visitor really left (a forgotten check-out); ignored for refused visits
 */
public record VisitCorrection(String visitorName, String company, int headCount, String plate, String note,
                              Instant checkedOutAt, String reason) {
    public VisitCorrection {
        visitorName = VisitForm.clean(visitorName);
        company = VisitForm.clean(company);
        plate = VisitForm.normalisePlate(plate);
        note = VisitForm.clean(note);
        reason = VisitForm.clean(reason);
    }

    /** The visit's present values, to edit from. */
    public static VisitCorrection of(Visit v) {
        return new VisitCorrection(v.visitorName(), v.company(), v.headCount(), v.plate(), v.note(), v.checkedOutAt(),
                null);
    }

    public VisitCorrection withReason(String why) {
        return new VisitCorrection(visitorName, company, headCount, plate, note, checkedOutAt, why);
    }

    public VisitCorrection leftAt(Instant out) {
        return new VisitCorrection(visitorName, company, headCount, plate, note, out, reason);
    }

    void validate() {
        new Validation()
                .required("visitorName", visitorName).maxLength("visitorName", visitorName, 40)
                .maxLength("company", company, 80)
                .range("headCount", headCount, 1, VisitForm.MAX_HEAD_COUNT)
                .maxLength("plate", plate, 16)
                .maxLength("note", note, 200)
                .required("reason", reason).maxLength("reason", reason, 200)
                .throwIfAny();
    }
}
