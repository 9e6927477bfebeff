package com.frontdesk.accounts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.frontdesk.core.Actor;
import com.frontdesk.core.PersonalData;
import java.time.Instant;

/**
 * A staff account as the rest of the program sees it; the password hash never leaves the
 * repository. The sign-in counters are desk security state, not part of what head office receives.
 */
public record StaffMember(
        String id,
        String employeeNo,
        String name,
        Role role,
        @PersonalData(PersonalData.Kind.PHONE) String phone,
        boolean active,
        @JsonIgnore int failedAttempts,
        @JsonIgnore Instant lockedUntil,
        Instant createdAt,
        Instant updatedAt) {

    public Actor actor() {
        return new Actor(id, name + " (" + employeeNo + ")");
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    StaffMember withDetails(String name, Role role, String phone, boolean active, Instant now) {
        return new StaffMember(id, employeeNo, name, role, phone, active, failedAttempts, lockedUntil, createdAt, now);
    }
}
