package com.frontdesk.repairs;

import java.time.Instant;

/** A contractor's visit (visitors module) that served a repair. */
public record RepairVisitLink(String id, String repairId, String visitId, Instant linkedAt, String linkedBy) {
}
