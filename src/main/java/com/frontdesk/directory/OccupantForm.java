package com.frontdesk.directory;

import com.frontdesk.core.Validation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the desk types for an occupant; phones are kept as digits (and a leading +).
 *
 * @param title 先生 or 女士, null when not given (a company's contact person may have one)
 */
public record OccupantForm(String name, OccupantKind kind, String company, List<String> phones, String note,
                           ParcelConsent consent, Title title) {
    static final int MAX_PHONES = 3;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

    public OccupantForm {
        name = name == null ? "" : name.strip();
        company = company == null || company.isBlank() ? null : company.strip();
        note = note == null || note.isBlank() ? null : note.strip();
        phones = phones == null ? List.of() : phones.stream()
                .map(p -> p.replaceAll("[\\s-]", ""))
                .filter(p -> !p.isEmpty())
                .toList();
        consent = consent == null ? ParcelConsent.UNKNOWN : consent;
    }

    /** An occupant without a title recorded. */
    public OccupantForm(String name, OccupantKind kind, String company, List<String> phones, String note,
                        ParcelConsent consent) {
        this(name, kind, company, phones, note, consent, null);
    }

    void validate() {
        Validation v = new Validation()
                .required("name", name).maxLength("name", name, 40)
                .check(kind != null, "kind", "validation.required")
                .maxLength("company", company, 80)
                .maxLength("note", note, 200)
                .check(phones.size() <= MAX_PHONES, "phones", "validation.tooManyPhones", MAX_PHONES);
        for (String phone : phones) {
            v.check(PHONE.matcher(phone).matches(), "phones", "validation.phone");
        }
        v.throwIfAny();
    }
}
