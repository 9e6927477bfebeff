package com.frontdesk.complaints;

import com.frontdesk.core.Validation;
import java.util.regex.Pattern;

/**
 * What the desk takes down: the complainant from the directory (a room, a person in it) or a name
 * in words, a contact phone (kept as digits; a person picked from the directory may leave it blank),
 * the subject, what happened and what they want, and how the case is classified. Praise and
 * suggestions need only the complainant, subject and category.
 */
public record ComplaintForm(ComplaintKind kind, ComplaintChannel channel, String roomId, String occupantId,
                            String complainantText, String contactPhone, String subject, String whatHappened,
                            String whatTheyWant, String category, Nature nature, Severity severity, Mood mood) {
    static final int MAX_TEXT = 1000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s-]");

    public ComplaintForm {
        roomId = clean(roomId);
        occupantId = clean(occupantId);
        complainantText = clean(complainantText);
        contactPhone = contactPhone == null ? null : clean(PHONE_SEPARATORS.matcher(contactPhone).replaceAll(""));
        subject = clean(subject);
        whatHappened = clean(whatHappened);
        whatTheyWant = clean(whatTheyWant);
        category = clean(category);
        if (kind != null && kind != ComplaintKind.COMPLAINT) {
            nature = null;
            severity = Severity.NORMAL;
            mood = null;
        }
    }

    /** An angry or unhappy phone call about a person in the directory. */
    public static ComplaintForm phoned(String roomId, String occupantId, String phone, String subject,
                                       String whatHappened, String whatTheyWant, String category, Severity severity,
                                       Mood mood) {
        return new ComplaintForm(ComplaintKind.COMPLAINT, ComplaintChannel.PHONE, roomId, occupantId, null, phone,
                subject, whatHappened, whatTheyWant, category, Nature.QUALITY, severity, mood);
    }

    /** Praise (赞扬) or a suggestion (改进提醒) from someone in the directory. */
    public static ComplaintForm feedback(ComplaintKind kind, String roomId, String occupantId, String subject,
                                         String category) {
        return new ComplaintForm(kind, ComplaintChannel.PHONE, roomId, occupantId, null, null, subject, null, null,
                category, null, Severity.NORMAL, null);
    }

    void validate() {
        boolean complaint = kind == ComplaintKind.COMPLAINT;
        new Validation()
                .check(kind != null, "kind", "validation.required")
                .check(channel != null, "complaintChannel", "validation.required")
                .check(roomId != null || complainantText != null, "complainant", "complaint.complainantRequired")
                .check(occupantId == null || roomId != null, "complainant", "complaint.complainantRequired")
                .maxLength("complainant", complainantText, 40)
                .check(!complaint || contactPhone != null || occupantId != null, "contactPhone",
                        "complaint.phoneRequired")
                .check(contactPhone == null || PHONE.matcher(contactPhone).matches(), "contactPhone",
                        "validation.phone")
                .required("subject", subject).maxLength("subject", subject, 80)
                .check(!complaint || whatHappened != null, "whatHappened", "validation.required")
                .maxLength("whatHappened", whatHappened, MAX_TEXT)
                .maxLength("whatTheyWant", whatTheyWant, MAX_TEXT)
                .required("complaintCategory", category)
                .check(!complaint || nature != null, "nature", "validation.required")
                .check(severity != null, "severity", "validation.required")
                .throwIfAny();
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
