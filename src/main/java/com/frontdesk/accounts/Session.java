package com.frontdesk.accounts;

import com.frontdesk.core.Actor;

/**
 * The signed-in staff member as at sign-in. The screen uses {@link #may} to offer actions; the
 * services check rights through {@link AccessControl}, against the account as it is now.
 */
public record Session(StaffMember user) {
    public Role role() {
        return user.role();
    }

    public Actor actor() {
        return user.actor();
    }

    public boolean may(Permission permission) {
        return user.role().may(permission);
    }
}
