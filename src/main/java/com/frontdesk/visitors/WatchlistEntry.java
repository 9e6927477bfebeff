package com.frontdesk.visitors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.frontdesk.core.PersonalData;
import java.time.Instant;

/** A person the desk must not let in without a shift lead's override. Only a hash of an ID number is kept. */
public record WatchlistEntry(String id, String name, @PersonalData(PersonalData.Kind.PHONE) String phone,
                             String idHash, String reason, String addedBy, Instant createdAt, Instant updatedAt) {
    @JsonIgnore
    public boolean hasIdNumber() {
        return idHash != null;
    }
}
