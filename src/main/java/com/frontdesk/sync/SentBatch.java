package com.frontdesk.sync;

import java.time.Instant;

/** One line of the batch history: a batch id, what it held, where it went and whether head office took it. */
public record SentBatch(String id, BatchKind kind, long firstSeq, long lastSeq, long recordCount, long size,
                        String sha256, String target, Status status, int attempts, String lastError,
                        Instant lastTriedAt, Instant ackedAt) {
    public enum Status {
        PENDING, ACKNOWLEDGED, FAILED;

        public String messageKey() {
            return "sync.status." + name();
        }
    }
}
