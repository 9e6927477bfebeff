package com.frontdesk.visitors;

import com.frontdesk.core.PersonalData;
import java.time.Instant;

/**
 * One visit in the register. The phone and a whole ID number (kept only when the site turned
 * that on) are personal data, so the write helper masks them in the audit log. Normally only
 * {@code idLast4} and {@code idHash} are stored.
 */
public record Visit(String id, String number, String visitorName,
                    @PersonalData(PersonalData.Kind.PHONE) String phone,
                    IdType idType, String idLast4, String idHash,
                    @PersonalData(PersonalData.Kind.ID_NUMBER) String idFull,
                    String company, int headCount, Purpose purpose,
                    String hostRoomId, String hostOccupantId, String hostText,
                    Verification verification, Instant verifiedAt, VisitStatus status, String passNo,
                    String plate, String note, JobSize jobSize, String engineeringNote, String approvalRef,
                    Instant checkedInAt, Instant checkedOutAt, Instant createdAt, Instant updatedAt) {

    public boolean open() {
        return status == VisitStatus.WAITING || status == VisitStatus.ON_SITE;
    }

    Visit corrected(VisitCorrection c, Instant newCheckedOutAt, Instant now) {
        return new Visit(id, number, c.visitorName(), phone, idType, idLast4, idHash, idFull, c.company(), c.headCount(),
                purpose, hostRoomId, hostOccupantId, hostText, verification, verifiedAt, status, passNo, c.plate(),
                c.note(), jobSize, engineeringNote, approvalRef, checkedInAt, newCheckedOutAt, createdAt, now);
    }

    Visit withStatus(VisitStatus newStatus, Verification newVerification, Instant newVerifiedAt, String newPass,
                     Instant newCheckedInAt, Instant newCheckedOutAt, Instant now) {
        return new Visit(id, number, visitorName, phone, idType, idLast4, idHash, idFull, company, headCount, purpose,
                hostRoomId, hostOccupantId, hostText, newVerification, newVerifiedAt, newStatus, newPass, plate, note,
                jobSize, engineeringNote, approvalRef, newCheckedInAt, newCheckedOutAt, createdAt, now);
    }
}
