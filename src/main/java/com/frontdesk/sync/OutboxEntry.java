package com.frontdesk.sync;

/**
 * One outbox row as the export reads it: the record's JSON as written, and which of its fields
 * are personal data ({@code {"phone":"PHONE"}}, or null when none).
 */
record OutboxEntry(long seq, String entity, String entityId, String op, String payload, String personal,
                   long changedAt, String changedBy) {
}
