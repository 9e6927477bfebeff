package com.frontdesk.accounts;

import java.util.EnumSet;
import java.util.Set;

public enum Role {
    RECEPTIONIST(EnumSet.of(Permission.CHECK_IN_VISITORS, Permission.HANDLE_PARCELS, Permission.TAKE_REPAIRS,
            Permission.TAKE_COMPLAINTS, Permission.HAND_OVER, Permission.VIEW_DASHBOARD)),
    AGENT(EnumSet.of(Permission.EDIT_DIRECTORY, Permission.TAKE_REPAIRS, Permission.DISPATCH_REPAIRS,
            Permission.TAKE_COMPLAINTS, Permission.HANDLE_COMPLAINTS, Permission.HAND_OVER, Permission.VIEW_DASHBOARD)),
    SHIFT_LEAD(EnumSet.of(Permission.VIEW_STAFF, Permission.VIEW_AUDIT_LOG, Permission.REVEAL_PERSONAL_DATA, Permission.BACKUP,
            Permission.EDIT_DIRECTORY, Permission.CHECK_IN_VISITORS, Permission.MANAGE_VISITOR_SAFETY,
            Permission.CORRECT_VISITS, Permission.HANDLE_PARCELS, Permission.CORRECT_PARCELS, Permission.TAKE_REPAIRS,
            Permission.DISPATCH_REPAIRS, Permission.CLOSE_REPAIRS, Permission.TAKE_COMPLAINTS,
            Permission.HANDLE_COMPLAINTS, Permission.CLOSE_COMPLAINTS, Permission.HAND_OVER,
            Permission.COUNTERSIGN_HANDOVERS, Permission.VIEW_DASHBOARD, Permission.VIEW_REPORTS,
            Permission.SYNC_HEAD_OFFICE)),
    ADMINISTRATOR(EnumSet.allOf(Permission.class));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public String messageKey() {
        return "role." + name();
    }
}
