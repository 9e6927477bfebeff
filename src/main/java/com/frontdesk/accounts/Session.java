package com.frontdesk.accounts;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Actor;

/** The signed-in staff member; every service call that needs a right is given one. */
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

    public void require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException();
        }
    }
}
