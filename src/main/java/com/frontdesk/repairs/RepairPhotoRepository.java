package com.frontdesk.repairs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of the repairs' photos. No rules. */
final class RepairPhotoRepository {
    private static final String COLUMNS = "id, repair_id, file, original_name, media_type, size_bytes, sha256,"
            + " added_at, added_by";
    private static final String SHOWN = " AND deleted_at IS NULL";

    void insert(Handle h, RepairPhoto p) {
        h.createUpdate("INSERT INTO repair_photo (" + COLUMNS + ", created_at, updated_at) VALUES (:id, :repair,"
                        + " :file, :name, :type, :size, :sha, :added, :by, :added, :added)")
                .bind("id", p.id()).bind("repair", p.repairId()).bind("file", p.file())
                .bind("name", p.originalName()).bind("type", p.mediaType()).bind("size", p.sizeBytes())
                .bind("sha", p.sha256()).bind("added", p.addedAt().toEpochMilli()).bind("by", p.addedBy())
                .execute();
    }

    Optional<RepairPhoto> byId(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM repair_photo WHERE id = :id" + SHOWN)
                .bind("id", id).map(RepairPhotoRepository::photo).findOne();
    }

    /** Oldest first; a repair holds a handful, so no paging. */
    List<RepairPhoto> ofRepair(Handle h, String repairId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM repair_photo WHERE repair_id = :repair" + SHOWN
                        + " ORDER BY added_at, id")
                .bind("repair", repairId).map(RepairPhotoRepository::photo).list();
    }

    int count(Handle h, String repairId) {
        return h.createQuery("SELECT count(*) FROM repair_photo WHERE repair_id = :repair" + SHOWN)
                .bind("repair", repairId).mapTo(Integer.class).one();
    }

    boolean holds(Handle h, String repairId, String sha256) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM repair_photo WHERE repair_id = :repair"
                        + " AND sha256 = :sha" + SHOWN + ")")
                .bind("repair", repairId).bind("sha", sha256).mapTo(Boolean.class).one();
    }

    void markDeleted(Handle h, String id, Instant at) {
        h.createUpdate("UPDATE repair_photo SET deleted_at = :at, updated_at = :at WHERE id = :id")
                .bind("id", id).bind("at", at.toEpochMilli()).execute();
    }

    private static RepairPhoto photo(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RepairPhoto(rs.getString("id"), rs.getString("repair_id"), rs.getString("file"),
                rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), Instant.ofEpochMilli(rs.getLong("added_at")), rs.getString("added_by"));
    }
}
