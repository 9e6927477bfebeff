package com.frontdesk.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads the audit log newest first, a page at a time. The WHERE clause holds only the filters
 * that are set, so SQLite can use the (actor|entity, at, id) indexes and continue a page by
 * seeking to (at, id) rather than rescanning from the newest row.
 */
public final class AuditRepository {
    public List<AuditEntry> page(Handle h, AuditFilter filter, AuditEntry after, int limit) {
        List<String> where = new ArrayList<>();
        if (filter.actorId() != null) {
            where.add("actor_id = :actorId");
        }
        if (filter.entity() != null) {
            where.add("entity = :entity");
        }
        if (filter.from() != null) {
            where.add("at >= :from");
        }
        if (filter.until() != null) {
            where.add("at < :until");
        }
        if (after != null) {
            where.add("(at, id) < (:afterAt, :afterId)");
        }
        String sql = "SELECT id, at, actor_id, actor_name, entity, entity_id, action, changes FROM audit_log"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY at DESC, id DESC LIMIT :limit";
        Query query = h.createQuery(sql).bind("limit", limit);
        if (filter.actorId() != null) {
            query.bind("actorId", filter.actorId());
        }
        if (filter.entity() != null) {
            query.bind("entity", filter.entity());
        }
        if (filter.from() != null) {
            query.bind("from", filter.from().toEpochMilli());
        }
        if (filter.until() != null) {
            query.bind("until", filter.until().toEpochMilli());
        }
        if (after != null) {
            query.bind("afterAt", after.at().toEpochMilli()).bind("afterId", after.id());
        }
        return query.map((rs, ctx) -> new AuditEntry(
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
