package com.frontdesk.directory;

import java.time.Instant;

/** A unit or entrance (单元) of a residential building. */
public record Unit(String id, String buildingId, String code, Instant createdAt, Instant updatedAt) {
}
