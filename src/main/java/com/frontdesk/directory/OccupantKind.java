package com.frontdesk.directory;

/** How a person or company is attached to a room. */
public enum OccupantKind {
    OWNER, TENANT, MEMBER, COMPANY;

    public String messageKey() {
        return "occupantKind." + name();
    }
}
