package com.frontdesk.parcels;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of stored signatures. */
public final class SignatureRepository {
    void insert(Handle h, Signature s, byte[] png) {
        h.createUpdate("INSERT INTO signature (id, signer_name, png, sha256, created_at)"
                        + " VALUES (:id, :name, :png, :sha, :at)")
                .bind("id", s.id()).bind("name", s.signerName()).bind("png", png).bind("sha", s.sha256())
                .bind("at", s.createdAt().toEpochMilli())
                .execute();
    }

    public Optional<Signature> byId(Handle h, String id) {
        return h.createQuery("SELECT id, signer_name, sha256, created_at FROM signature WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Signature(rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.ofEpochMilli(rs.getLong(4))))
                .findOne();
    }

    /** The drawn image; empty for a typed name. */
    public Optional<byte[]> png(Handle h, String id) {
        return h.createQuery("SELECT png FROM signature WHERE id = :id AND png IS NOT NULL")
                .bind("id", id).mapTo(byte[].class).findOne();
    }
}
