package com.frontdesk.repairs;

import com.frontdesk.core.Validation;
import java.util.regex.Pattern;

/**
 * What the desk takes down at intake. The place is a directory pick (a room or a public location,
 * optionally a person in it) or free text. Blank strings become null; the phone is kept as digits.
 * Photos are not taken yet.
 *
 * @param reporterPhone the contact; not needed for a report from a patrol, nor when a person is
 *                      picked from the directory (intake takes their phone on file)
 * @param category      a {@link RepairCategory} code from Settings
 */
public record RepairForm(RepairChannel channel, String roomId, String occupantId, String locationText,
                         String reporterName, String reporterPhone, String category, String description,
                         RepairPriority priority) {
    static final int MAX_DESCRIPTION = 500;
    static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s-]");

    public RepairForm {
        roomId = clean(roomId);
        occupantId = clean(occupantId);
        locationText = clean(locationText);
        reporterName = clean(reporterName);
        reporterPhone = reporterPhone == null ? null : clean(PHONE_SEPARATORS.matcher(reporterPhone).replaceAll(""));
        category = clean(category);
        description = clean(description);
    }

    /** A phone report for a room picked in the directory (and, optionally, a person in it). */
    public static RepairForm phoned(String roomId, String occupantId, String reporterName, String phone,
                                    String category, String description, RepairPriority priority) {
        return new RepairForm(RepairChannel.PHONE, roomId, occupantId, null, reporterName, phone, category,
                description, priority);
    }

    public RepairForm withChannel(RepairChannel c) {
        return new RepairForm(c, roomId, occupantId, locationText, reporterName, reporterPhone, category, description,
                priority);
    }

    /** A place not in the directory, in words; the room pick is dropped. */
    public RepairForm withLocationText(String text) {
        return new RepairForm(channel, null, null, text, reporterName, reporterPhone, category, description,
                priority);
    }

    public RepairForm withPriority(RepairPriority p) {
        return new RepairForm(channel, roomId, occupantId, locationText, reporterName, reporterPhone, category,
                description, p);
    }

    public RepairForm withCategory(String code) {
        return new RepairForm(channel, roomId, occupantId, locationText, reporterName, reporterPhone, code,
                description, priority);
    }

    void validate() {
        new Validation()
                .check(channel != null, "channel", "validation.required")
                .check(roomId != null || locationText != null, "location", "repair.locationRequired")
                .check(occupantId == null || roomId != null, "location", "repair.locationRequired")
                .maxLength("location", locationText, 80)
                .required("reporterName", reporterName).maxLength("reporterName", reporterName, 40)
                .check(reporterPhone != null || channel == RepairChannel.PATROL || occupantId != null,
                        "reporterPhone", "repair.phoneRequired")
                .check(reporterPhone == null || PHONE.matcher(reporterPhone).matches(), "reporterPhone",
                        "validation.phone")
                .required("repairCategory", category)
                .required("problem", description).maxLength("problem", description, MAX_DESCRIPTION)
                .check(priority != null, "priority", "validation.required")
                .throwIfAny();
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
