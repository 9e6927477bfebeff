package com.frontdesk.parcels;

import com.frontdesk.core.PersonalData;
import com.frontdesk.visitors.IdType;
import java.time.Instant;

/**
 * Something found on the site (失物招领): what, where and when it was found, by whom, and where the
 * desk keeps it (a shelf, or a place named in words). It leaves the desk claimed by its owner,
 * after the desk checked their ID (only the type and last four characters are kept) and they
 * signed, or disposed of once the keep period is over. The claimant's phone is personal data.
 */
public record LostItem(String id, String number, String description, LostItemCategory category,
                       String foundWhere, Instant foundAt, String foundBy, String shelfCode, String keptText,
                       String note, LostItemStatus status, String recordedBy,
                       Instant closedAt, String closedBy,
                       String claimantName, @PersonalData(PersonalData.Kind.PHONE) String claimantPhone,
                       IdType claimantIdType, String claimantIdLast4, boolean idChecked, String signatureId,
                       LostItemDisposalMethod disposalMethod, String disposalNote, String earlyReason,
                       Instant createdAt, Instant updatedAt) {

    public boolean held() {
        return status == LostItemStatus.HELD;
    }

    /** Where the desk keeps it, as the lists show it: the shelf code, or the place in words. */
    public String keptWhere() {
        return shelfCode != null ? shelfCode : keptText;
    }

    LostItem claimed(String claimant, String phone, IdType idType, String idLast4, String signature,
                     String staffId, Instant now) {
        return new LostItem(id, number, description, category, foundWhere, foundAt, foundBy, shelfCode, keptText,
                note, LostItemStatus.CLAIMED, recordedBy, now, staffId, claimant, phone, idType, idLast4, true,
                signature, null, null, null, createdAt, now);
    }

    LostItem disposed(LostItemDisposalMethod method, String disposalText, String reason, String staffId,
                      Instant now) {
        return new LostItem(id, number, description, category, foundWhere, foundAt, foundBy, shelfCode, keptText,
                note, LostItemStatus.DISPOSED, recordedBy, now, staffId, null, null, null, null, false, null,
                method, disposalText, reason, createdAt, now);
    }
}
