package com.frontdesk.accounts;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Store;
import java.util.EnumSet;
import java.util.Set;

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

    /**
     * Every right the account has now, read once: for a screen that shows several modules' records
     * at once (the global search), instead of one {@link #require} per module.
     */
    public Set<Permission> rights(Session session) {
        StaffMember current = store.read(h -> staff.byId(h, session.user().id()))
                .filter(StaffMember::active)
                .orElseThrow(AccessDeniedException::new);
        Set<Permission> rights = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.values()) {
            if (current.role().may(p)) {
                rights.add(p);
            }
        }
        return rights;
    }
}
