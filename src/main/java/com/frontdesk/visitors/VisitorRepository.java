package com.frontdesk.visitors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of the visitor register, the pass pool and the watchlist. No rules. */
final class VisitorRepository {
    private static final String VISIT = """
            id, number, visitor_name, phone, id_type, id_last4, id_hash, id_full, company, head_count, purpose,
            host_room_id, host_occupant_id, host_text, verification, verified_at, status, pass_no, plate, note,
            job_size, engineering_note, approval_ref, checked_in_at, checked_out_at, created_at, updated_at""";
    private static final String WATCH = "id, name, phone, id_hash, reason, added_by, created_at, updated_at";

    void insert(Handle h, Visit v) {
        h.createUpdate("INSERT INTO visit (" + VISIT + ", phone_tail) VALUES (:id, :number, :name, :phone, :idType,"
                        + " :idLast4, :idHash, :idFull, :company, :headCount, :purpose, :hostRoom, :hostOccupant,"
                        + " :hostText, :verification, :verifiedAt, :status, :pass, :plate, :note, :jobSize, :engNote,"
                        + " :approval, :in, :out, :created, :updated, :tail)")
                .bindMap(values(v))
                .execute();
    }

    void update(Handle h, Visit v) {
        h.createUpdate("""
                        UPDATE visit SET verification = :verification, verified_at = :verifiedAt, status = :status,
                               pass_no = :pass, checked_in_at = :in, checked_out_at = :out, updated_at = :updated
                        WHERE id = :id""")
                .bindMap(values(v))
                .execute();
    }

    void updateDetails(Handle h, Visit v) {
        h.createUpdate("""
                        UPDATE visit SET visitor_name = :name, company = :company, head_count = :headCount,
                               plate = :plate, note = :note, checked_out_at = :out, updated_at = :updated
                        WHERE id = :id""")
                .bindMap(values(v))
                .execute();
    }

    private static Map<String, Object> values(Visit v) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", v.id());
        m.put("number", v.number());
        m.put("name", v.visitorName());
        m.put("phone", v.phone());
        m.put("tail", tail(v.phone()));
        m.put("idType", v.idType() == null ? null : v.idType().name());
        m.put("idLast4", v.idLast4());
        m.put("idHash", v.idHash());
        m.put("idFull", v.idFull());
        m.put("company", v.company());
        m.put("headCount", v.headCount());
        m.put("purpose", v.purpose().name());
        m.put("hostRoom", v.hostRoomId());
        m.put("hostOccupant", v.hostOccupantId());
        m.put("hostText", v.hostText());
        m.put("verification", v.verification().name());
        m.put("verifiedAt", millis(v.verifiedAt()));
        m.put("status", v.status().name());
        m.put("pass", v.passNo());
        m.put("plate", v.plate());
        m.put("note", v.note());
        m.put("jobSize", v.jobSize() == null ? null : v.jobSize().name());
        m.put("engNote", v.engineeringNote());
        m.put("approval", v.approvalRef());
        m.put("in", millis(v.checkedInAt()));
        m.put("out", millis(v.checkedOutAt()));
        m.put("created", millis(v.createdAt()));
        m.put("updated", millis(v.updatedAt()));
        return m;
    }

    static String tail(String phone) {
        if (phone == null) {
            return null;
        }
        return phone.length() <= 4 ? phone : phone.substring(phone.length() - 4);
    }

    Optional<Visit> byId(Handle h, String id) {
        return h.createQuery("SELECT " + VISIT + " FROM visit WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(VisitorRepository::visit).findOne();
    }

    Optional<Visit> byNumber(Handle h, String number) {
        return h.createQuery("SELECT " + VISIT + " FROM visit WHERE number = :n AND deleted_at IS NULL")
                .bind("n", number).map(VisitorRepository::visit).findOne();
    }

    /** The open visit (waiting or on site) that holds a pass; the partial unique index allows one. */
    Optional<Visit> openByPass(Handle h, String passNo) {
        return h.createQuery("SELECT " + VISIT + " FROM visit WHERE pass_no = :p AND status IN ('WAITING', 'ON_SITE')"
                        + " AND pass_no IS NOT NULL AND deleted_at IS NULL")
                .bind("p", passNo).map(VisitorRepository::visit).findOne();
    }

    /** Visits of one status in order of arrival, a page at a time after (checkedInAt, id). */
    List<Visit> byStatus(Handle h, VisitStatus status, Visit after, int limit) {
        Query q = h.createQuery("SELECT " + VISIT + " FROM visit WHERE status = :status AND deleted_at IS NULL"
                        + (after == null ? "" : " AND (checked_in_at, id) > (:at, :id)")
                        + " ORDER BY checked_in_at, id LIMIT :limit")
                .bind("status", status.name()).bind("limit", limit);
        if (after != null) {
            q.bind("at", after.checkedInAt().toEpochMilli()).bind("id", after.id());
        }
        return q.map(VisitorRepository::visit).list();
    }

    int countByStatus(Handle h, VisitStatus status) {
        return h.createQuery("SELECT count(*) FROM visit WHERE status = :s AND deleted_at IS NULL")
                .bind("s", status.name()).mapTo(Integer.class).one();
    }

    /** Visits holding a pass, ordered by pass number. */
    List<Visit> passesOut(Handle h) {
        return h.createQuery("SELECT " + VISIT + " FROM visit WHERE status IN ('WAITING', 'ON_SITE')"
                        + " AND pass_no IS NOT NULL AND deleted_at IS NULL ORDER BY pass_no")
                .map(VisitorRepository::visit).list();
    }

    List<Visit> everyoneInside(Handle h) {
        return h.createQuery("SELECT " + VISIT + " FROM visit WHERE status IN ('WAITING', 'ON_SITE')"
                        + " AND deleted_at IS NULL ORDER BY host_text, checked_in_at, id")
                .map(VisitorRepository::visit).list();
    }

    int countPassesOut(Handle h) {
        return h.createQuery("SELECT count(*) FROM visit WHERE status IN ('WAITING', 'ON_SITE')"
                        + " AND pass_no IS NOT NULL AND deleted_at IS NULL").mapTo(Integer.class).one();
    }

    Optional<Visit> lastByPhone(Handle h, String phone) {
        return h.createQuery("SELECT " + VISIT + " FROM visit WHERE phone_tail = :tail AND phone = :phone"
                        + " AND deleted_at IS NULL ORDER BY checked_in_at DESC, id DESC LIMIT 1")
                .bind("tail", tail(phone)).bind("phone", phone).map(VisitorRepository::visit).findOne();
    }

    /** The latest visits under exactly this name, newest first. */
    List<Visit> lastByName(Handle h, String name, int limit) {
        return h.createQuery("SELECT " + VISIT + " FROM visit WHERE visitor_name = :name AND deleted_at IS NULL"
                        + " ORDER BY checked_in_at DESC LIMIT :limit")
                .bind("name", name).bind("limit", limit).map(VisitorRepository::visit).list();
    }

    /** History, newest first, a page at a time before (checkedInAt, id); only the set filters reach the WHERE. */
    List<Visit> history(Handle h, Long fromMillis, Long toMillisExclusive, HistoryFilter f, Visit after, int limit) {
        List<String> where = new ArrayList<>();
        where.add("deleted_at IS NULL");
        if (fromMillis != null) {
            where.add("checked_in_at >= :from");
        }
        if (toMillisExclusive != null) {
            where.add("checked_in_at < :to");
        }
        if (f.purpose() != null) {
            where.add("purpose = :purpose");
        }
        if (f.status() != null) {
            where.add("status = :status");
        }
        if (f.hostRoomId() != null) {
            where.add("host_room_id = :room");
        }
        HistorySearch search = HistorySearch.of(f.query());
        if (search != null) {
            where.add(search.condition());
        }
        if (after != null) {
            where.add("(checked_in_at, id) < (:at, :id)");
        }
        // The page's rows are chosen by rowid first: a search matching thousands of visits (a
        // surname) is then ordered from the index alone, and only the page's rows are read.
        Query q = h.createQuery("SELECT " + VISIT + " FROM visit WHERE rowid IN (SELECT rowid FROM visit WHERE "
                + String.join(" AND ", where) + " ORDER BY checked_in_at DESC, id DESC LIMIT :limit)"
                + " ORDER BY checked_in_at DESC, id DESC").bind("limit", limit);
        if (fromMillis != null) {
            q.bind("from", fromMillis);
        }
        if (toMillisExclusive != null) {
            q.bind("to", toMillisExclusive);
        }
        if (f.purpose() != null) {
            q.bind("purpose", f.purpose().name());
        }
        if (f.status() != null) {
            q.bind("status", f.status().name());
        }
        if (f.hostRoomId() != null) {
            q.bind("room", f.hostRoomId());
        }
        if (search != null) {
            search.bind(q);
        }
        if (after != null) {
            q.bind("at", after.checkedInAt().toEpochMilli()).bind("id", after.id());
        }
        return q.map(VisitorRepository::visit).list();
    }

    /** The pass's state in the pool: empty when unknown, else whether it is active. */
    Optional<Boolean> passActive(Handle h, String passNo) {
        return h.createQuery("SELECT active FROM visitor_pass WHERE pass_no = :p").bind("p", passNo)
                .mapTo(Integer.class).findOne().map(a -> a == 1);
    }

    void upsertPass(Handle h, String passNo, boolean active, Instant now) {
        h.createUpdate("""
                        INSERT INTO visitor_pass (pass_no, active, created_at, updated_at) VALUES (:p, :a, :at, :at)
                        ON CONFLICT (pass_no) DO UPDATE SET active = excluded.active, updated_at = excluded.updated_at""")
                .bind("p", passNo).bind("a", active ? 1 : 0).bind("at", now.toEpochMilli()).execute();
    }

    List<PassState> passPool(Handle h) {
        return h.createQuery("""
                        SELECT p.pass_no, p.active, v.number FROM visitor_pass p
                        LEFT JOIN visit v ON v.pass_no = p.pass_no AND v.status IN ('WAITING', 'ON_SITE')
                             AND v.deleted_at IS NULL
                        ORDER BY p.pass_no""")
                .map((rs, c) -> new PassState(rs.getString(1), rs.getInt(2) == 1, rs.getString(3))).list();
    }

    List<String> activePasses(Handle h) {
        return h.createQuery("SELECT pass_no FROM visitor_pass WHERE active = 1 ORDER BY pass_no")
                .mapTo(String.class).list();
    }

    void insertWatch(Handle h, WatchlistEntry w) {
        h.createUpdate("INSERT INTO watchlist (" + WATCH + ") VALUES (:id, :name, :phone, :hash, :reason, :by, :at, :at)")
                .bind("id", w.id()).bind("name", w.name()).bind("phone", w.phone()).bind("hash", w.idHash())
                .bind("reason", w.reason()).bind("by", w.addedBy()).bind("at", w.createdAt().toEpochMilli())
                .execute();
    }

    Optional<WatchlistEntry> watchById(Handle h, String id) {
        return h.createQuery("SELECT " + WATCH + " FROM watchlist WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(VisitorRepository::watch).findOne();
    }

    void deleteWatch(Handle h, String id, Instant now) {
        h.createUpdate("UPDATE watchlist SET deleted_at = :at, updated_at = :at WHERE id = :id")
                .bind("id", id).bind("at", now.toEpochMilli()).execute();
    }

    List<WatchlistEntry> watchlist(Handle h) {
        return h.createQuery("SELECT " + WATCH + " FROM watchlist WHERE deleted_at IS NULL ORDER BY created_at, id")
                .map(VisitorRepository::watch).list();
    }

    /** Entries with this phone or this ID hash (either may be null). */
    List<WatchlistEntry> watchMatches(Handle h, String phone, String idHash) {
        if (phone == null && idHash == null) {
            return List.of();
        }
        return h.createQuery("SELECT " + WATCH + " FROM watchlist WHERE deleted_at IS NULL AND id IN ("
                        + "SELECT id FROM watchlist WHERE phone = :phone AND deleted_at IS NULL"
                        + " UNION SELECT id FROM watchlist WHERE id_hash = :hash AND deleted_at IS NULL)"
                        + " ORDER BY created_at, id")
                .bind("phone", phone).bind("hash", idHash).map(VisitorRepository::watch).list();
    }

    private static Visit visit(ResultSet rs, StatementContext ctx) throws SQLException {
        String idType = rs.getString("id_type");
        String jobSize = rs.getString("job_size");
        return new Visit(rs.getString("id"), rs.getString("number"), rs.getString("visitor_name"),
                rs.getString("phone"), idType == null ? null : IdType.valueOf(idType), rs.getString("id_last4"),
                rs.getString("id_hash"), rs.getString("id_full"), rs.getString("company"), rs.getInt("head_count"),
                Purpose.valueOf(rs.getString("purpose")), rs.getString("host_room_id"),
                rs.getString("host_occupant_id"), rs.getString("host_text"),
                Verification.valueOf(rs.getString("verification")), instant(rs, "verified_at"),
                VisitStatus.valueOf(rs.getString("status")), rs.getString("pass_no"), rs.getString("plate"),
                rs.getString("note"), jobSize == null ? null : JobSize.valueOf(jobSize),
                rs.getString("engineering_note"), rs.getString("approval_ref"), instant(rs, "checked_in_at"),
                instant(rs, "checked_out_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static WatchlistEntry watch(ResultSet rs, StatementContext ctx) throws SQLException {
        return new WatchlistEntry(rs.getString("id"), rs.getString("name"), rs.getString("phone"),
                rs.getString("id_hash"), rs.getString("reason"), rs.getString("added_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }
}
