package com.frontdesk.visitors;

import com.frontdesk.core.Validation;
import java.util.regex.Pattern;

/**
 * What the desk types at check-in. The host is a directory pick (a room, optionally a person in
 * it) or free text. Blank strings become null; phones and passes are normalised.
 */
public record VisitForm(String visitorName, String phone, IdType idType, String idNumber, String company,
                        int headCount, Purpose purpose, String hostRoomId, String hostOccupantId, String hostText,
                        Verification verification, String passNo, String plate, String note, JobSize jobSize,
                        String engineeringNote, String approvalRef) {
    static final int MAX_HEAD_COUNT = 50;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");
    private static final Pattern MAINLAND_MOBILE_WITH_CODE = Pattern.compile("(\\+86|0086)1\\d{10}");
    private static final Pattern ID = Pattern.compile("[0-9A-Z()-]{4,30}");

    public VisitForm {
        visitorName = clean(visitorName);
        phone = normalisePhone(phone);
        idNumber = normaliseId(idNumber);
        company = clean(company);
        hostRoomId = clean(hostRoomId);
        hostOccupantId = clean(hostOccupantId);
        hostText = clean(hostText);
        passNo = normalisePass(passNo);
        plate = normalisePlate(plate);
        note = clean(note);
        engineeringNote = clean(engineeringNote);
        approvalRef = clean(approvalRef);
    }

    /** A form with the fields every check-in needs; the rest through the {@code with…} methods. */
    public static VisitForm of(String visitorName, Purpose purpose, String hostRoomId, Verification verification) {
        return new VisitForm(visitorName, null, null, null, null, 1, purpose, hostRoomId, null, null, verification,
                null, null, null, null, null, null);
    }

    public VisitForm withPhone(String p) {
        return new VisitForm(visitorName, p, idType, idNumber, company, headCount, purpose, hostRoomId, hostOccupantId,
                hostText, verification, passNo, plate, note, jobSize, engineeringNote, approvalRef);
    }

    public VisitForm withId(IdType type, String number) {
        return new VisitForm(visitorName, phone, type, number, company, headCount, purpose, hostRoomId, hostOccupantId,
                hostText, verification, passNo, plate, note, jobSize, engineeringNote, approvalRef);
    }

    public VisitForm withHost(String roomId, String occupantId, String text) {
        return new VisitForm(visitorName, phone, idType, idNumber, company, headCount, purpose, roomId, occupantId,
                text, verification, passNo, plate, note, jobSize, engineeringNote, approvalRef);
    }

    public VisitForm withHeadCount(int n) {
        return new VisitForm(visitorName, phone, idType, idNumber, company, n, purpose, hostRoomId, hostOccupantId,
                hostText, verification, passNo, plate, note, jobSize, engineeringNote, approvalRef);
    }

    public VisitForm withVerification(Verification v) {
        return new VisitForm(visitorName, phone, idType, idNumber, company, headCount, purpose, hostRoomId,
                hostOccupantId, hostText, v, passNo, plate, note, jobSize, engineeringNote, approvalRef);
    }

    public VisitForm withPass(String p) {
        return new VisitForm(visitorName, phone, idType, idNumber, company, headCount, purpose, hostRoomId,
                hostOccupantId, hostText, verification, p, plate, note, jobSize, engineeringNote, approvalRef);
    }

    public VisitForm withDetails(String c, String pl, String n) {
        return new VisitForm(visitorName, phone, idType, idNumber, c, headCount, purpose, hostRoomId, hostOccupantId,
                hostText, verification, passNo, pl, n, jobSize, engineeringNote, approvalRef);
    }

    public VisitForm withContractor(JobSize size, String engNote, String approval) {
        return new VisitForm(visitorName, phone, idType, idNumber, company, headCount, purpose, hostRoomId,
                hostOccupantId, hostText, verification, passNo, plate, note, size, engNote, approval);
    }

    /** Field checks; the rules that need the site (sales, contractor, passes, watchlist) are the service's. */
    void validate() {
        Validation v = new Validation()
                .required("visitorName", visitorName).maxLength("visitorName", visitorName, 40)
                .check(phone == null || PHONE.matcher(phone).matches(), "phone", "validation.phone")
                .check(idNumber == null || idType != null, "idType", "validation.required")
                .check(idNumber == null || ID.matcher(idNumber).matches(), "idNumber", "visitor.idNumberInvalid")
                .maxLength("company", company, 80)
                .range("headCount", headCount, 1, MAX_HEAD_COUNT)
                .check(purpose != null, "purpose", "validation.required")
                .check(hostRoomId != null || hostText != null, "host", "visitor.hostRequired")
                .check(hostOccupantId == null || hostRoomId != null, "host", "visitor.hostRequired")
                .maxLength("host", hostText, 80)
                .check(verification != null, "verification", "validation.required")
                .maxLength("passNo", passNo, 20)
                .maxLength("plate", plate, 16)
                .maxLength("note", note, 200)
                .maxLength("engineeringNote", engineeringNote, 200)
                .maxLength("approvalRef", approvalRef, 60)
                .check(purpose != Purpose.CONTRACTOR || jobSize != null, "jobSize", "validation.required");
        v.throwIfAny();
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Spaces and dashes go, and a mainland mobile's +86 / 0086, so one phone is one string everywhere. */
    static String normalisePhone(String p) {
        String c = p == null ? null : p.replaceAll("[\\s-]", "");
        if (c != null && MAINLAND_MOBILE_WITH_CODE.matcher(c).matches()) {
            c = c.substring(c.length() - 11);
        }
        return c == null || c.isEmpty() ? null : c;
    }

    static String normaliseId(String id) {
        String c = id == null ? null : id.replaceAll("\\s", "").toUpperCase();
        return c == null || c.isEmpty() ? null : c;
    }

    /** 沪a 12345 → 沪A12345: plates are compared and searched without spaces, in capitals. */
    static String normalisePlate(String p) {
        return p == null || p.isBlank() ? null : p.strip().replace(" ", "").toUpperCase();
    }

    static String normalisePass(String p) {
        String c = clean(p);
        return c == null ? null : c.toUpperCase();
    }
}
