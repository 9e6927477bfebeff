package com.frontdesk.handover;

import java.time.Instant;

/**
 * A note for the next shift (事项), written in one handover of a desk; while not done it is carried
 * to the desk's following handovers. Only {@code done*} ever changes.
 */
public record HandoverNote(String id, String desk, String handoverId, String text, NotePriority priority,
                           String createdBy, String createdByName, Instant createdAt, Instant doneAt, String doneBy,
                           String doneByName) {

    public boolean open() {
        return doneAt == null;
    }

    HandoverNote done(Instant at, String staffId, String name) {
        return new HandoverNote(id, desk, handoverId, text, priority, createdBy, createdByName, createdAt, at, staffId,
                name);
    }
}
