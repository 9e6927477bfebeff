package com.frontdesk.parcels;

import com.frontdesk.core.PersonalData;
import java.time.Instant;

/**
 * An item left at the desk by one person for another (物品寄存). The recipient is a directory pick
 * (room, optionally a person in it) or free text; {@code recipientText} is what the lists show. It
 * leaves the desk handed out against a signature, or returned to the depositor with a reason.
 * The depositor's phone is personal data: masked on screen and in the audit log.
 */
public record Deposit(String id, String number, String description, String depositorName,
                      @PersonalData(PersonalData.Kind.PHONE) String depositorPhone,
                      String recipientRoomId, String recipientOccupantId, String recipientText,
                      String shelfCode, String note, DepositStatus status,
                      Instant receivedAt, String receivedBy,
                      Instant closedAt, String closedBy, String collectorName, String signatureId,
                      String returnReason, Instant createdAt, Instant updatedAt) {

    public boolean held() {
        return status == DepositStatus.HELD;
    }

    Deposit handedOut(String collector, String signature, String staffId, Instant now) {
        return new Deposit(id, number, description, depositorName, depositorPhone, recipientRoomId,
                recipientOccupantId, recipientText, shelfCode, note, DepositStatus.HANDED_OUT, receivedAt, receivedBy,
                now, staffId, collector, signature, null, createdAt, now);
    }

    Deposit returned(String reason, String staffId, Instant now) {
        return new Deposit(id, number, description, depositorName, depositorPhone, recipientRoomId,
                recipientOccupantId, recipientText, shelfCode, note, DepositStatus.RETURNED, receivedAt, receivedBy,
                now, staffId, null, null, reason, createdAt, now);
    }
}
