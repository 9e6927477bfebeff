package com.frontdesk.accounts;

import java.time.Instant;
import java.time.ZoneId;

/** The property this workstation serves; exactly one per database. */
public record Site(String id, String code, String name, ZoneId zone, SiteKind kind, Instant createdAt, Instant updatedAt) {
}
