package com.frontdesk.parcels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of deposited items. No rules. */
final class DepositRepository {
    private static final String COLUMNS = """
            id, number, description, depositor_name, depositor_phone, recipient_room_id, recipient_occupant_id,
            recipient_text, shelf_code, note, status, received_at, received_by, closed_at, closed_by, collector_name,
            signature_id, return_reason, created_at, updated_at""";
    static final Pattern NUMBER = Pattern.compile("[A-Z]{2}-\\d{8}-\\d+");

    void insert(Handle h, Deposit d) {
        h.createUpdate("INSERT INTO deposit (" + COLUMNS + ") VALUES (:id, :number, :description, :depositor,"
                        + " :phone, :room, :occupant, :recipient, :shelf, :note, :status, :received, :receivedBy,"
                        + " :closed, :closedBy, :collector, :signature, :reason, :created, :updated)")
                .bindMap(values(d))
                .execute();
    }

    /** How the item left the desk; what it is and whom it is for do not change here. */
    void close(Handle h, Deposit d) {
        h.createUpdate("""
                        UPDATE deposit SET status = :status, closed_at = :closed, closed_by = :closedBy,
                               collector_name = :collector, signature_id = :signature, return_reason = :reason,
                               updated_at = :updated
                        WHERE id = :id""")
                .bindMap(values(d))
                .execute();
    }

    Optional<Deposit> byId(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM deposit WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(DepositRepository::deposit).findOne();
    }

    /** Items at the desk, oldest first, a page after (receivedAt, id). */
    List<Deposit> held(Handle h, Deposit after, int limit) {
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM deposit WHERE status = 'HELD' AND deleted_at IS NULL"
                        + (after == null ? "" : " AND (received_at, id) > (:at, :id)")
                        + " ORDER BY received_at, id LIMIT :limit")
                .bind("limit", limit);
        if (after != null) {
            q.bind("at", after.receivedAt().toEpochMilli()).bind("id", after.id());
        }
        return q.map(DepositRepository::deposit).list();
    }

    /** Items at the desk for one room, oldest first: what to hand over when someone from that room comes. */
    List<Deposit> heldForRoom(Handle h, String roomId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM deposit WHERE recipient_room_id = :room AND status = 'HELD'"
                        + " AND deleted_at IS NULL ORDER BY received_at")
                .bind("room", roomId).map(DepositRepository::deposit).list();
    }

    int countHeld(Handle h) {
        return h.createQuery("SELECT count(*) FROM deposit WHERE status = 'HELD' AND deleted_at IS NULL")
                .mapTo(Integer.class).one();
    }

    /** History, newest first, a page before (receivedAt, id); only the set filters reach the WHERE. */
    List<Deposit> history(Handle h, DepositFilter f, Deposit after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        where.add("deleted_at IS NULL");
        if (f.status() != null) {
            where.add("status = :status");
            values.put("status", f.status().name());
        }
        if (f.query() != null) {
            String upper = f.query().toUpperCase(Locale.ROOT);
            if (NUMBER.matcher(upper).matches()) {
                where.add("number = :q");
                values.put("q", upper);
            } else {
                // The start of a name as a range each name index answers; U+FFFF sorts after every character typed.
                where.add("""
                        id IN (SELECT id FROM deposit WHERE depositor_name >= :q AND depositor_name < :qEnd
                               UNION SELECT id FROM deposit WHERE recipient_text >= :q AND recipient_text < :qEnd
                               UNION SELECT id FROM deposit WHERE collector_name >= :q AND collector_name < :qEnd)""");
                values.put("q", f.query());
                values.put("qEnd", f.query() + '\uFFFF');
            }
        }
        if (after != null) {
            where.add("(received_at, id) < (:at, :id)");
            values.put("at", after.receivedAt().toEpochMilli());
            values.put("id", after.id());
        }
        return h.createQuery("SELECT " + COLUMNS + " FROM deposit WHERE " + String.join(" AND ", where)
                        + " ORDER BY received_at DESC, id DESC LIMIT :limit")
                .bindMap(values).bind("limit", limit)
                .map(DepositRepository::deposit).list();
    }

    private static Map<String, Object> values(Deposit d) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", d.id());
        m.put("number", d.number());
        m.put("description", d.description());
        m.put("depositor", d.depositorName());
        m.put("phone", d.depositorPhone());
        m.put("room", d.recipientRoomId());
        m.put("occupant", d.recipientOccupantId());
        m.put("recipient", d.recipientText());
        m.put("shelf", d.shelfCode());
        m.put("note", d.note());
        m.put("status", d.status().name());
        m.put("received", millis(d.receivedAt()));
        m.put("receivedBy", d.receivedBy());
        m.put("closed", millis(d.closedAt()));
        m.put("closedBy", d.closedBy());
        m.put("collector", d.collectorName());
        m.put("signature", d.signatureId());
        m.put("reason", d.returnReason());
        m.put("created", millis(d.createdAt()));
        m.put("updated", millis(d.updatedAt()));
        return m;
    }

    private static Deposit deposit(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Deposit(rs.getString("id"), rs.getString("number"), rs.getString("description"),
                rs.getString("depositor_name"), rs.getString("depositor_phone"), rs.getString("recipient_room_id"),
                rs.getString("recipient_occupant_id"), rs.getString("recipient_text"), rs.getString("shelf_code"),
                rs.getString("note"), DepositStatus.valueOf(rs.getString("status")), instant(rs, "received_at"),
                rs.getString("received_by"), instant(rs, "closed_at"), rs.getString("closed_by"),
                rs.getString("collector_name"), rs.getString("signature_id"), rs.getString("return_reason"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }
}
