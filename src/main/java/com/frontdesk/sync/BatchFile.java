package com.frontdesk.sync;

import java.nio.file.Path;

/** A batch written in full to the spool folder, with what its manifest tells about it. */
public record BatchFile(BatchPlan plan, Path path, String sha256, long size) {
    public String id() {
        return plan.id();
    }
}
