package com.frontdesk.sync;

/** What a batch holds: the changes after the last acknowledged one, or a slice of every current record. */
public enum BatchKind {
    CHANGES, FULL;

    public String messageKey() {
        return "sync.kind." + name();
    }
}
