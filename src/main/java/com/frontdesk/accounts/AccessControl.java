package com.frontdesk.accounts;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Store;

/**
 * Checks a right against the account as it is now, not as it was at sign-in: someone disabled
 * or demoted by an administrator loses the right at their next action.
 */
public final class AccessControl {
    private final Store store;
    private final StaffRepository staff = new StaffRepository();

    public AccessControl(Store store) {
        this.store = store;
    }

    public void require(Session session, Permission permission) {
        StaffMember current = store.read(h -> staff.byId(h, session.user().id()))
                .filter(StaffMember::active)
                .orElseThrow(AccessDeniedException::new);
        if (!current.role().may(permission)) {
            throw new AccessDeniedException();
        }
    }
}
