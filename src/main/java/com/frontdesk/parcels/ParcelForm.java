package com.frontdesk.parcels;

import com.frontdesk.core.Validation;
import java.util.Locale;

/**
 * What the desk types at intake. The recipient is a directory pick (a room, optionally a person
 * in it) or free text. Blank strings become null; the tracking number is kept without spaces, in
 * capitals, as scanners and couriers print it.
 */
public record ParcelForm(String trackingNo, Carrier carrier, String recipientRoomId, String recipientOccupantId,
                         String recipientText, int pieces, ParcelSize size, String shelfCode, boolean courierPhoned,
                         String note) {
    static final int MAX_PIECES = 99;

    public ParcelForm {
        trackingNo = normaliseTracking(trackingNo);
        recipientRoomId = clean(recipientRoomId);
        recipientOccupantId = clean(recipientOccupantId);
        recipientText = clean(recipientText);
        note = clean(note);
    }

    /** A small parcel for a room's occupant, the courier having phoned; the rest through {@code with…}. */
    public static ParcelForm of(String trackingNo, Carrier carrier, String roomId, String occupantId) {
        return new ParcelForm(trackingNo, carrier, roomId, occupantId, null, 1, ParcelSize.SMALL, null, true, null);
    }

    public ParcelForm withShelf(String shelf) {
        return new ParcelForm(trackingNo, carrier, recipientRoomId, recipientOccupantId, recipientText, pieces, size,
                shelf, courierPhoned, note);
    }

    public ParcelForm withSize(ParcelSize s, int n) {
        return new ParcelForm(trackingNo, carrier, recipientRoomId, recipientOccupantId, recipientText, n, s,
                shelfCode, courierPhoned, note);
    }

    public ParcelForm withRecipientText(String text) {
        return new ParcelForm(trackingNo, carrier, null, null, text, pieces, size, shelfCode, courierPhoned, note);
    }

    public ParcelForm withCourierPhoned(boolean phoned) {
        return new ParcelForm(trackingNo, carrier, recipientRoomId, recipientOccupantId, recipientText, pieces, size,
                shelfCode, phoned, note);
    }

    void validate() {
        detailChecks(trackingNo, carrier, pieces, size, note)
                .check(recipientRoomId != null || recipientText != null, "recipient", "parcel.recipientRequired")
                .check(recipientOccupantId == null || recipientRoomId != null, "recipient", "parcel.recipientRequired")
                .maxLength("recipient", recipientText, 80)
                // The regulations: the courier phones the recipient first; nothing unverified is signed for.
                .check(courierPhoned, "courierPhoned", "parcel.courierMustPhone")
                .throwIfAny();
    }

    static Validation detailChecks(String trackingNo, Carrier carrier, int pieces, ParcelSize size, String note) {
        return new Validation()
                .required("trackingNo", trackingNo).maxLength("trackingNo", trackingNo, 40)
                .check(carrier != null, "carrier", "validation.required")
                .range("pieces", pieces, 1, MAX_PIECES)
                .check(size != null, "size", "validation.required")
                .maxLength("note", note, 200);
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String normaliseTracking(String t) {
        String c = t == null ? null : t.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return c == null || c.isEmpty() ? null : c;
    }
}
