package com.frontdesk.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Reads the audit log newest first, a page at a time (keyset paging on the (at, id) indexes). */
public final class AuditRepository {
    public List<AuditEntry> page(Handle h, AuditFilter filter, AuditEntry after, int limit) {
        return h.createQuery("""
                        SELECT id, at, actor_id, actor_name, entity, entity_id, action, changes
                        FROM audit_log
                        WHERE (:actorId IS NULL OR actor_id = :actorId)
                          AND (:entity IS NULL OR entity = :entity)
                          AND (:from IS NULL OR at >= :from)
                          AND (:until IS NULL OR at < :until)
                          AND (:afterId IS NULL OR (at, id) < (:afterAt, :afterId))
                        ORDER BY at DESC, id DESC
                        LIMIT :limit""")
                .bind("actorId", filter.actorId())
                .bind("entity", filter.entity())
                .bind("from", filter.from() == null ? null : filter.from().toEpochMilli())
                .bind("until", filter.until() == null ? null : filter.until().toEpochMilli())
                .bind("afterAt", after == null ? null : after.at().toEpochMilli())
                .bind("afterId", after == null ? null : after.id())
                .bind("limit", limit)
                .map((rs, ctx) -> new AuditEntry(
                        rs.getString("id"),
                        Instant.ofEpochMilli(rs.getLong("at")),
                        rs.getString("actor_id"),
                        rs.getString("actor_name"),
                        rs.getString("entity"),
                        rs.getString("entity_id"),
                        rs.getString("action"),
                        rs.getString("changes")))
                .list();
    }

    /** The distinct entity names, found by one index seek per name rather than a scan of the log. */
    public List<String> entities(Handle h) {
        return h.createQuery("""
                        WITH RECURSIVE e(name) AS (
                            SELECT min(entity) FROM audit_log
                            UNION ALL
                            SELECT (SELECT min(entity) FROM audit_log WHERE entity > e.name) FROM e WHERE e.name IS NOT NULL)
                        SELECT name FROM e WHERE name IS NOT NULL""")
                .mapTo(String.class).list();
    }
}
