package com.frontdesk.audit;

import java.time.Instant;

/** What the audit viewer narrows the log to; null fields do not filter. */
public record AuditFilter(String actorId, String entity, Instant from, Instant until) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
