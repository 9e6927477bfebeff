package com.frontdesk.sync;

import java.time.Duration;

/** Told as a run goes; the screen's progress bar listens (and hands the news to the FX thread itself). */
public interface SyncProgress {
    SyncProgress NONE = new SyncProgress() {
    };

    /** {@code done} of {@code total} records have been acknowledged. */
    default void progress(long done, long total) {
    }

    /** A batch failed and is sent again after {@code wait}. */
    default void retrying(String batchId, int failedAttempt, Duration wait, String reason) {
    }
}
