package com.frontdesk.directory;

import java.time.Instant;

/** A building (楼栋) of the site: "1", "2" in a compound, "T" for a tower. */
public record Building(String id, String code, String name, Instant createdAt, Instant updatedAt) {
}
