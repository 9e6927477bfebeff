package com.frontdesk.settings;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Settings rows: one JSON document per key. */
public final class SettingsRepository {
    public Optional<String> get(Handle h, String key) {
        return h.createQuery("SELECT value FROM setting WHERE key = :key")
                .bind("key", key).mapTo(String.class).findOne();
    }

    public void put(Handle h, String key, String json, Instant now) {
        h.createUpdate("""
                        INSERT INTO setting (key, value, updated_at) VALUES (:key, :value, :now)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""")
                .bind("key", key).bind("value", json).bind("now", now.toEpochMilli())
                .execute();
    }
}
