package com.frontdesk.parcels;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of the shelves parcels, deposited items and lost property are kept on. */
final class ShelfRepository {
    List<Shelf> all(Handle h) {
        return h.createQuery("SELECT code, name, active FROM shelf ORDER BY code")
                .map((rs, c) -> new Shelf(rs.getString(1), rs.getString(2), rs.getInt(3) == 1)).list();
    }

    Optional<Shelf> byCode(Handle h, String code) {
        return h.createQuery("SELECT code, name, active FROM shelf WHERE code = :c").bind("c", code)
                .map((rs, c) -> new Shelf(rs.getString(1), rs.getString(2), rs.getInt(3) == 1)).findOne();
    }

    void upsert(Handle h, Shelf s, Instant now) {
        h.createUpdate("""
                        INSERT INTO shelf (code, name, active, created_at, updated_at) VALUES (:c, :n, :a, :at, :at)
                        ON CONFLICT (code) DO UPDATE SET name = excluded.name, active = excluded.active,
                                                         updated_at = excluded.updated_at""")
                .bind("c", s.code()).bind("n", s.name()).bind("a", s.active() ? 1 : 0).bind("at", now.toEpochMilli())
                .execute();
    }
}
