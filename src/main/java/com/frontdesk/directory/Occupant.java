package com.frontdesk.directory;

import com.frontdesk.core.PersonalData;
import java.time.Instant;
import java.util.List;

/**
 * A person or company in a room. Phones are personal data: masked on screen unless revealed.
 *
 * @param title how the desk addresses the person (称呼); null when none is recorded
 */
public record Occupant(String id, String roomId, String name, OccupantKind kind, String company,
                       @PersonalData(PersonalData.Kind.PHONE) List<String> phones, String note, boolean movedOut,
                       ParcelConsent parcelConsent, Title title, Instant createdAt, Instant updatedAt) {
    public Occupant {
        phones = List.copyOf(phones);
    }

    Occupant with(OccupantForm form, Instant now) {
        return new Occupant(id, roomId, form.name(), form.kind(), form.company(), form.phones(), form.note(),
                movedOut, form.consent(), form.title(), createdAt, now);
    }

    Occupant movedOut(Instant now) {
        return new Occupant(id, roomId, name, kind, company, phones, note, true, parcelConsent, title, createdAt, now);
    }
}
