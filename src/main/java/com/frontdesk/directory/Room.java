package com.frontdesk.directory;

import java.time.Instant;

/**
 * A room, or a public location when {@code publicArea} is set; {@code code} is what the desk
 * reads and types ("1-2-1503", "T-17F-1701", "地下车库B1").
 */
public record Room(String id, String buildingId, String unitId, String floor, String number, String code,
                   boolean publicArea, Instant createdAt, Instant updatedAt) {
}
