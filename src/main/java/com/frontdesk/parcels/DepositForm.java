package com.frontdesk.parcels;

import com.frontdesk.core.Validation;
import java.util.regex.Pattern;

/**
 * What the desk types when someone leaves an item: what it is, who left it (name, phone), for whom
 * (a directory pick: room and optionally a person, or free text), the shelf and a note. Blank
 * strings become null; the phone loses its spaces and dashes.
 */
public record DepositForm(String description, String depositorName, String depositorPhone,
                          String recipientRoomId, String recipientOccupantId, String recipientText,
                          String shelfCode, String note) {
    static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

    public DepositForm {
        description = clean(description);
        depositorName = clean(depositorName);
        depositorPhone = phone(depositorPhone);
        recipientRoomId = clean(recipientRoomId);
        recipientOccupantId = clean(recipientOccupantId);
        recipientText = clean(recipientText);
        shelfCode = clean(shelfCode);
        note = clean(note);
    }

    /** For a recipient picked from the directory. */
    public static DepositForm forRoom(String description, String depositorName, String depositorPhone,
                                      String roomId, String occupantId) {
        return new DepositForm(description, depositorName, depositorPhone, roomId, occupantId, null, null, null);
    }

    public DepositForm withDepositor(String name) {
        return new DepositForm(description, name, depositorPhone, recipientRoomId, recipientOccupantId,
                recipientText, shelfCode, note);
    }

    public DepositForm withShelf(String shelf) {
        return new DepositForm(description, depositorName, depositorPhone, recipientRoomId, recipientOccupantId,
                recipientText, shelf, note);
    }

    public DepositForm withNote(String n) {
        return new DepositForm(description, depositorName, depositorPhone, recipientRoomId, recipientOccupantId,
                recipientText, shelfCode, n);
    }

    void validate() {
        new Validation()
                .required("description", description).maxLength("description", description, 100)
                .required("depositorName", depositorName).maxLength("depositorName", depositorName, 40)
                .check(depositorPhone == null || PHONE.matcher(depositorPhone).matches(), "depositorPhone",
                        "validation.phone")
                .check(recipientRoomId != null || recipientText != null, "recipient", "deposit.recipientRequired")
                .check(recipientOccupantId == null || recipientRoomId != null, "recipient",
                        "deposit.recipientRequired")
                .maxLength("recipient", recipientText, 80)
                .maxLength("note", note, 200)
                .throwIfAny();
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String phone(String p) {
        String c = p == null ? null : p.replaceAll("[\\s-]", "");
        return c == null || c.isEmpty() ? null : c;
    }
}
