package com.frontdesk.parcels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The SQL of the parcel book. No rules. */
final class ParcelRepository {
    private static final Pattern PARCEL_NUMBER = Pattern.compile("KD-\\d{8}-\\d+");
    /** Six or more capitals and digits, at least one digit: "JOHNSON" is a name, not a number. */
    private static final Pattern TRACKING_NO = Pattern.compile("(?=.*\\d)[0-9A-Z]{6,40}");
    private static final String COLUMNS = """
            id, number, tracking_no, carrier, recipient_room_id, recipient_occupant_id, recipient_text, pieces, size,
            shelf_code, courier_phoned, note, status, received_at, received_by, notified_at, notice_method,
            notified_by, closed_at, closed_by, collector_name, collector_phone, proxy, signature_id, end_reason,
            created_at, updated_at""";

    void insert(Handle h, Parcel p) {
        h.createUpdate("INSERT INTO parcel (" + COLUMNS + ") VALUES (:id, :number, :tracking, :carrier, :room,"
                        + " :occupant, :recipient, :pieces, :size, :shelf, :phoned, :note, :status, :received,"
                        + " :receivedBy, :notified, :method, :notifiedBy, :closed, :closedBy, :collector, :phone,"
                        + " :proxy, :signature, :reason, :created, :updated)")
                .bindMap(values(p)).execute();
    }

    void update(Handle h, Parcel p) {
        h.createUpdate("""
                        UPDATE parcel SET tracking_no = :tracking, carrier = :carrier, pieces = :pieces, size = :size,
                               shelf_code = :shelf, note = :note, status = :status, notified_at = :notified,
                               notice_method = :method, notified_by = :notifiedBy, closed_at = :closed,
                               closed_by = :closedBy, collector_name = :collector, collector_phone = :phone,
                               proxy = :proxy, signature_id = :signature, end_reason = :reason, updated_at = :updated
                        WHERE id = :id""")
                .bindMap(values(p)).execute();
    }

    Optional<Parcel> byId(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parcel WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(ParcelRepository::parcel).findOne();
    }

    /** Parcels on the shelf with this tracking number, oldest first. */
    List<Parcel> heldByTracking(Handle h, String trackingNo) {
        // Named, because SQLite would otherwise walk every held parcel by status for an exact number.
        return h.createQuery("SELECT " + COLUMNS + " FROM parcel INDEXED BY parcel_by_tracking"
                        + " WHERE tracking_no = :t AND status = 'HELD'"
                        + " AND deleted_at IS NULL ORDER BY received_at, id")
                .bind("t", trackingNo).map(ParcelRepository::parcel).list();
    }

    /** Held parcels oldest first, a page after (receivedAt, id); only not yet notified ones when asked. */
    List<Parcel> held(Handle h, boolean notNotifiedOnly, Parcel after, int limit) {
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM parcel WHERE status = 'HELD' AND deleted_at IS NULL"
                        + (notNotifiedOnly ? " AND notified_at IS NULL" : "")
                        + (after == null ? "" : " AND (received_at, id) > (:at, :id)")
                        + " ORDER BY received_at, id LIMIT :limit")
                .bind("limit", limit);
        bindAfter(q, after);
        return q.map(ParcelRepository::parcel).list();
    }

    /** The held parcels of one room (and person), or of one typed recipient, oldest first. */
    List<Parcel> heldFor(Handle h, String roomId, String occupantId, String recipientText) {
        String where = roomId != null
                ? "recipient_room_id = :room" + (occupantId == null ? "" : " AND recipient_occupant_id = :occupant")
                : "recipient_room_id IS NULL AND recipient_text = :text";
        return h.createQuery("SELECT " + COLUMNS + " FROM parcel WHERE " + where
                        + " AND status = 'HELD' AND deleted_at IS NULL ORDER BY received_at, id LIMIT 200")
                .bind("room", roomId).bind("occupant", occupantId).bind("text", recipientText)
                .map(ParcelRepository::parcel).list();
    }

    List<Parcel> onShelf(Handle h, String shelfCode, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM parcel WHERE shelf_code = :s AND status = 'HELD'"
                        + " AND deleted_at IS NULL ORDER BY received_at LIMIT :limit")
                .bind("s", shelfCode).bind("limit", limit).map(ParcelRepository::parcel).list();
    }

    /** Held parcels counted per shelf code ("" for none). */
    Map<String, Integer> countByShelf(Handle h) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        h.createQuery("SELECT coalesce(shelf_code, '') AS shelf, count(*) AS n FROM parcel"
                        + " WHERE status = 'HELD' AND deleted_at IS NULL GROUP BY shelf_code ORDER BY shelf_code")
                .map((rs, c) -> Map.entry(rs.getString("shelf"), rs.getInt("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    int countHeld(Handle h) {
        return h.createQuery("SELECT count(*) FROM parcel WHERE status = 'HELD' AND deleted_at IS NULL")
                .mapTo(Integer.class).one();
    }

    /** Held parcels received before the cut-off, for the given sizes (or all other sizes). */
    int countHeldBefore(Handle h, long cutoff, boolean perishable) {
        return h.createQuery("SELECT count(*) FROM parcel WHERE status = 'HELD' AND deleted_at IS NULL"
                        + " AND received_at < :cut AND size " + (perishable ? "=" : "<>") + " 'PERISHABLE'")
                .bind("cut", cutoff).mapTo(Integer.class).one();
    }

    /** History, newest first, a page before (receivedAt, id); only the set filters reach the WHERE. */
    List<Parcel> history(Handle h, Long from, Long to, ParcelFilter f, Parcel after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        where.add("deleted_at IS NULL");
        if (from != null) {
            where.add("received_at >= :from");
            values.put("from", from);
        }
        if (to != null) {
            where.add("received_at < :to");
            values.put("to", to);
        }
        if (f.status() != null) {
            where.add("status = :status");
            values.put("status", f.status().name());
        }
        if (f.carrier() != null) {
            where.add("carrier = :carrier");
            values.put("carrier", f.carrier().name());
        }
        if (f.roomId() != null) {
            where.add("recipient_room_id = :room");
            values.put("room", f.roomId());
        }
        String query = f.query();
        if (query != null) {
            if (PARCEL_NUMBER.matcher(query).matches()) {
                where.add("number = :q");
            } else if (TRACKING_NO.matcher(query).matches()) {
                where.add("tracking_no = :q");
            } else {
                // The start of the recipient as the list shows it ("3-2-1502", "3-2-1502 · 张三"), or the
                // start of the person's name after the room. The name is not indexed: the newest page is
                // found walking the time index, which stops as soon as the page is full.
                where.add("(recipient_text >= :q AND recipient_text < :qEnd OR recipient_text LIKE :name ESCAPE '!')");
                values.put("qEnd", query + '\uFFFF');
                values.put("name", "%· " + query.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            values.put("q", query);
        }
        if (after != null) {
            where.add("(received_at, id) < (:at, :id)");
        }
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM parcel WHERE " + String.join(" AND ", where)
                + " ORDER BY received_at DESC, id DESC LIMIT :limit").bindMap(values).bind("limit", limit);
        bindAfter(q, after);
        return q.map(ParcelRepository::parcel).list();
    }

    private static void bindAfter(Query q, Parcel after) {
        if (after != null) {
            q.bind("at", after.receivedAt().toEpochMilli()).bind("id", after.id());
        }
    }

    private static Map<String, Object> values(Parcel p) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("number", p.number());
        m.put("tracking", p.trackingNo());
        m.put("carrier", p.carrier().name());
        m.put("room", p.recipientRoomId());
        m.put("occupant", p.recipientOccupantId());
        m.put("recipient", p.recipientText());
        m.put("pieces", p.pieces());
        m.put("size", p.size().name());
        m.put("shelf", p.shelfCode());
        m.put("phoned", p.courierPhoned() ? 1 : 0);
        m.put("note", p.note());
        m.put("status", p.status().name());
        m.put("received", millis(p.receivedAt()));
        m.put("receivedBy", p.receivedBy());
        m.put("notified", millis(p.notifiedAt()));
        m.put("method", p.noticeMethod() == null ? null : p.noticeMethod().name());
        m.put("notifiedBy", p.notifiedBy());
        m.put("closed", millis(p.closedAt()));
        m.put("closedBy", p.closedBy());
        m.put("collector", p.collectorName());
        m.put("phone", p.collectorPhone());
        m.put("proxy", p.proxy() ? 1 : 0);
        m.put("signature", p.signatureId());
        m.put("reason", p.endReason());
        m.put("created", millis(p.createdAt()));
        m.put("updated", millis(p.updatedAt()));
        return m;
    }

    private static Parcel parcel(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        String method = rs.getString("notice_method");
        return new Parcel(rs.getString("id"), rs.getString("number"), rs.getString("tracking_no"),
                Carrier.valueOf(rs.getString("carrier")), rs.getString("recipient_room_id"),
                rs.getString("recipient_occupant_id"), rs.getString("recipient_text"), rs.getInt("pieces"),
                ParcelSize.valueOf(rs.getString("size")), rs.getString("shelf_code"), rs.getInt("courier_phoned") == 1,
                rs.getString("note"), ParcelStatus.valueOf(rs.getString("status")), instant(rs, "received_at"),
                rs.getString("received_by"), instant(rs, "notified_at"),
                method == null ? null : NoticeMethod.valueOf(method), rs.getString("notified_by"),
                instant(rs, "closed_at"), rs.getString("closed_by"), rs.getString("collector_name"),
                rs.getString("collector_phone"), rs.getInt("proxy") == 1, rs.getString("signature_id"),
                rs.getString("end_reason"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }
}
