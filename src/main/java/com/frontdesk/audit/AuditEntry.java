package com.frontdesk.audit;

import java.time.Instant;

/** One line of the audit log: who did what to which record, and which fields changed. */
public record AuditEntry(String id, Instant at, String actorId, String actorName, String entity,
                         String entityId, String action, String changes) {
}
