package com.frontdesk.db;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What SQLite itself says about a database file: its own integrity check, the foreign keys,
 * and the schema version Flyway recorded. Read-only, so it also runs beside the open program.
 */
public record DatabaseHealth(String sqliteVersion, String schemaVersion, List<String> integrityErrors,
        List<String> foreignKeyErrors) {

    public static DatabaseHealth of(Handle h) {
        String sqlite = h.createQuery("SELECT sqlite_version()").mapTo(String.class).one();
        String schema = h.createQuery("SELECT version FROM flyway_schema_history"
                        + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")
                .mapTo(String.class).findOne().orElse("-");
        List<String> integrity = h.createQuery("PRAGMA integrity_check").mapTo(String.class).list().stream()
                .filter(line -> !"ok".equals(line)).toList();
        // A damaged file can make the key check itself fail: the integrity errors already say why.
        List<String> keys = integrity.isEmpty()
                ? h.createQuery("PRAGMA foreign_key_check")
                        .map((rs, ctx) -> rs.getString(1) + " rowid " + rs.getString(2) + " → " + rs.getString(3))
                        .list()
                : List.of();
        return new DatabaseHealth(sqlite, schema, integrity, keys);
    }

    public boolean healthy() {
        return integrityErrors.isEmpty() && foreignKeyErrors.isEmpty();
    }
}
