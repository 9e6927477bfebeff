package com.frontdesk.handover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frontdesk.core.Json;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of the checklist versions. No rules. */
final class ChecklistTemplateRepository {
    private static final String COLUMNS = "id, desk, shift, version, items, created_at, created_by_name";
    private static final TypeReference<List<ChecklistItem>> ITEMS = new TypeReference<>() {
    };
    private final ObjectMapper json = Json.mapper();

    /** Returns false when another write made this version first (the unique desk, shift, version). */
    boolean insert(Handle h, ChecklistTemplate t, String createdById) {
        return h.createUpdate("""
                        INSERT INTO handover_template (id, desk, shift, version, items, created_at, created_by,
                                                       created_by_name)
                        VALUES (:id, :desk, :shift, :version, :items, :at, :byId, :byName)
                        ON CONFLICT (desk, shift, version) DO NOTHING""")
                .bind("id", t.id()).bind("desk", t.desk()).bind("shift", t.shift()).bind("version", t.version())
                .bind("items", write(t.items())).bind("at", t.createdAt().toEpochMilli())
                .bind("byId", createdById).bind("byName", t.createdBy())
                .execute() == 1;
    }

    /** The newest version; the unique (desk, shift, version) index is read backwards, no sort. */
    Optional<ChecklistTemplate> current(Handle h, String desk, String shift) {
        return h.createQuery("SELECT " + COLUMNS + " FROM handover_template WHERE desk = :desk AND shift = :shift"
                        + " ORDER BY version DESC LIMIT 1")
                .bind("desk", desk).bind("shift", shift).map(this::template).findOne();
    }

    Optional<ChecklistTemplate> byId(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM handover_template WHERE id = :id")
                .bind("id", id).map(this::template).findOne();
    }

    /** Newest first; a desk and shift has a version per change by an administrator, a handful a year. */
    List<ChecklistTemplate> versions(Handle h, String desk, String shift, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM handover_template WHERE desk = :desk AND shift = :shift"
                        + " ORDER BY version DESC LIMIT :limit")
                .bind("desk", desk).bind("shift", shift).bind("limit", limit).map(this::template).list();
    }

    private ChecklistTemplate template(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ChecklistTemplate(rs.getString("id"), rs.getString("desk"), rs.getString("shift"),
                rs.getInt("version"), read(rs.getString("items")), Instant.ofEpochMilli(rs.getLong("created_at")),
                rs.getString("created_by_name"));
    }

    private String write(List<ChecklistItem> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ChecklistItem> read(String items) {
        try {
            return json.readValue(items, ITEMS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
