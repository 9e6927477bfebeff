package com.frontdesk.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

public final class SiteRepository {
    public Optional<Site> find(Handle h) {
        return h.createQuery("SELECT id, code, name, zone_id, kind, created_at, updated_at FROM site")
                .map((rs, ctx) -> new Site(
                        rs.getString("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        ZoneId.of(rs.getString("zone_id")),
                        SiteKind.valueOf(rs.getString("kind")),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .findOne();
    }

    public void insert(Handle h, Site site) {
        h.createUpdate("""
                        INSERT INTO site (id, code, name, zone_id, kind, created_at, updated_at)
                        VALUES (:id, :code, :name, :zone, :kind, :created, :updated)""")
                .bind("id", site.id()).bind("code", site.code()).bind("name", site.name())
                .bind("zone", site.zone().getId()).bind("kind", site.kind().name())
                .bind("created", site.createdAt().toEpochMilli()).bind("updated", site.updatedAt().toEpochMilli())
                .execute();
    }

    public void update(Handle h, Site site) {
        h.createUpdate("UPDATE site SET code = :code, name = :name, zone_id = :zone, kind = :kind,"
                        + " updated_at = :updated WHERE id = :id")
                .bind("id", site.id()).bind("code", site.code()).bind("name", site.name())
                .bind("zone", site.zone().getId()).bind("kind", site.kind().name())
                .bind("updated", site.updatedAt().toEpochMilli())
                .execute();
    }
}
