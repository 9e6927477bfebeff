package com.frontdesk.sync;

import java.time.Instant;

/**
 * One export run and how it ended: every batch acknowledged ({@code OK}), a batch that will be
 * tried again at the next run ({@code RETRY_LATER}), or head office refused it and sending
 * stopped until the target is fixed ({@code STOPPED}). {@code reasonKey} and {@code detail} say why.
 */
public record SyncRun(String id, Instant startedAt, Instant finishedAt, Trigger trigger, String target, int batches,
                      long records, Outcome outcome, String reasonKey, String detail) {
    public enum Trigger {
        AUTO, MANUAL, FULL, COMMAND;

        public String messageKey() {
            return "sync.trigger." + name();
        }
    }

    public enum Outcome {
        OK, RETRY_LATER, STOPPED;

        public String messageKey() {
            return "sync.outcome." + name();
        }
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
