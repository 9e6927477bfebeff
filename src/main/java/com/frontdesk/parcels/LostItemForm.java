package com.frontdesk.parcels;

import com.frontdesk.core.Validation;
import java.time.Instant;

/**
 * What the desk types when something is handed in: what it is, its kind (optional), where and when
 * it was found (null: now), who found it (a cleaner, a resident: a name in words), where the desk
 * keeps it (a shelf code, or a place in words such as 监控室保险柜) and a note.
 */
public record LostItemForm(String description, LostItemCategory category, String foundWhere, Instant foundAt,
                           String foundBy, String keptWhere, String note) {

    public LostItemForm {
        description = DepositForm.clean(description);
        foundWhere = DepositForm.clean(foundWhere);
        foundBy = DepositForm.clean(foundBy);
        keptWhere = DepositForm.clean(keptWhere);
        note = DepositForm.clean(note);
    }

    public static LostItemForm of(String description, LostItemCategory category, String foundWhere, String foundBy,
                                  String keptWhere) {
        return new LostItemForm(description, category, foundWhere, null, foundBy, keptWhere, null);
    }

    public LostItemForm foundAt(Instant at) {
        return new LostItemForm(description, category, foundWhere, at, foundBy, keptWhere, note);
    }

    public LostItemForm withNote(String n) {
        return new LostItemForm(description, category, foundWhere, foundAt, foundBy, keptWhere, n);
    }

    void validate() {
        new Validation()
                .required("description", description).maxLength("description", description, 100)
                .required("foundWhere", foundWhere).maxLength("foundWhere", foundWhere, 80)
                .required("foundBy", foundBy).maxLength("foundBy", foundBy, 40)
                .required("keptWhere", keptWhere).maxLength("keptWhere", keptWhere, 40)
                .maxLength("note", note, 200)
                .throwIfAny();
    }
}
