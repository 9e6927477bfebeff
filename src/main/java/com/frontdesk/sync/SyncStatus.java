package com.frontdesk.sync;

import java.time.Instant;
import java.util.Optional;

/** What the Sync screen's top shows: the target, the last success, how much waits, the last failure. */
public record SyncStatus(SyncTarget target, Optional<Instant> lastSuccess, long pendingChanges, long lastAcknowledgedSeq,
                         Optional<SyncRun> lastFailure, boolean stopped) {
}
