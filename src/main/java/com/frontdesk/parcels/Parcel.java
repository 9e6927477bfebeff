package com.frontdesk.parcels;

import com.frontdesk.core.PersonalData;
import java.time.Instant;

/**
 * A parcel at the desk, from intake until it leaves: picked up against a signature, returned to
 * the courier, or taken up by security. The collector's phone is personal data.
 */
public record Parcel(String id, String number, String trackingNo, Carrier carrier, String recipientRoomId,
                     String recipientOccupantId, String recipientText, int pieces, ParcelSize size, String shelfCode,
                     boolean courierPhoned, String note, ParcelStatus status, Instant receivedAt, String receivedBy,
                     Instant notifiedAt, NoticeMethod noticeMethod, String notifiedBy, Instant closedAt,
                     String closedBy, String collectorName,
                     @PersonalData(PersonalData.Kind.PHONE) String collectorPhone, boolean proxy,
                     String signatureId, String endReason, Instant createdAt, Instant updatedAt) {

    public boolean held() {
        return status == ParcelStatus.HELD;
    }

    /** The recipient as one key: parcels picked up together must share it. */
    String recipientKey() {
        return recipientRoomId == null ? "text:" + recipientText
                : recipientRoomId + "/" + (recipientOccupantId == null ? "" : recipientOccupantId);
    }

    Parcel notified(NoticeMethod method, String by, Instant at) {
        return new Parcel(id, number, trackingNo, carrier, recipientRoomId, recipientOccupantId, recipientText, pieces,
                size, shelfCode, courierPhoned, note, status, receivedAt, receivedBy, at, method, by, closedAt, closedBy,
                collectorName, collectorPhone, proxy, signatureId, endReason, createdAt, at);
    }

    Parcel closed(ParcelStatus newStatus, String by, Instant at, String collector, String phone, boolean byProxy,
                  String signature, String reason) {
        return new Parcel(id, number, trackingNo, carrier, recipientRoomId, recipientOccupantId, recipientText, pieces,
                size, shelfCode, courierPhoned, note, newStatus, receivedAt, receivedBy, notifiedAt, noticeMethod,
                notifiedBy, at, by, collector, phone, byProxy, signature, reason, createdAt, at);
    }

    Parcel edited(ParcelEdit e, String shelf, Instant at) {
        return new Parcel(id, number, e.trackingNo(), e.carrier(), recipientRoomId, recipientOccupantId, recipientText,
                e.pieces(), e.size(), shelf, courierPhoned, e.note(), status, receivedAt, receivedBy, notifiedAt,
                noticeMethod, notifiedBy, closedAt, closedBy, collectorName, collectorPhone, proxy, signatureId,
                endReason, createdAt, at);
    }
}
