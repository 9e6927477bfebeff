package com.frontdesk.repairs;

import com.frontdesk.core.CaseSearch;
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

/** The SQL of the repair book, its timeline, call-backs and visit links. No rules. */
final class RepairRepository {
    static final String OPEN = "status NOT IN ('CLOSED', 'CANCELLED') AND deleted_at IS NULL";
    private static final String NEWEST_FIRST = " ORDER BY reported_at DESC, id DESC";
    private static final String BEFORE = " AND (reported_at, id) < (:at, :id)";
    private static final String COLUMNS = """
            id, number, channel, room_id, occupant_id, location_text, room_code, reporter_name, reporter_phone,
            category, description, priority, status, reported_at, reported_by, respond_hours, fix_hours, held_ms,
            hold_since, hold_reason, hold_note, responded_at, fixed_at, fixer_kind, vendor, assignee_staff_id,
            assignee_name, appointment_at, service_kind, labour, parts, cost_cents, payer, signature_id,
            escalated_at, closed_at, end_reason, created_at, updated_at""";
    private static final String EVENT = "id, repair_id, at, by_staff_id, by_name, action, from_status, to_status,"
            + " hold_reason, fixer_kind, vendor, assignee, note";
    private static final String CALLBACK = "id, repair_id, at, by_staff_id, attitude, skill, arrival, promises,"
            + " feedback, note, escalated";

    void insert(Handle h, Repair r) {
        h.createUpdate("INSERT INTO repair (" + COLUMNS + ", next_due) VALUES (:id, :number, :channel, :room,"
                        + " :occupant, :location, :roomCode, :reporter, :phone, :category, :description, :priority,"
                        + " :status, :reported, :reportedBy, :respondHours, :fixHours, :held, :holdSince,"
                        + " :holdReason, :holdNote, :responded, :fixed, :fixerKind, :vendor, :assigneeStaff,"
                        + " :assigneeName, :appointment, :serviceKind, :labour, :parts, :cost, :payer, :signature,"
                        + " :escalated, :closed, :endReason, :created, :updated, :nextDue)")
                .bindMap(values(r)).execute();
    }

    /** Writes what the steps change; the intake's details stay as taken. */
    void update(Handle h, Repair r) {
        h.createUpdate("""
                        UPDATE repair SET status = :status, held_ms = :held, hold_since = :holdSince,
                               hold_reason = :holdReason, hold_note = :holdNote, responded_at = :responded,
                               fixed_at = :fixed, fixer_kind = :fixerKind, vendor = :vendor,
                               assignee_staff_id = :assigneeStaff, assignee_name = :assigneeName,
                               appointment_at = :appointment, service_kind = :serviceKind, labour = :labour,
                               parts = :parts, cost_cents = :cost, payer = :payer, signature_id = :signature,
                               escalated_at = :escalated, closed_at = :closed, end_reason = :endReason,
                               next_due = :nextDue, updated_at = :updated
                        WHERE id = :id""")
                .bindMap(values(r)).execute();
    }

    Optional<Repair> byId(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM repair WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(RepairRepository::repair).findOne();
    }

    // --- lists, newest first unless said ------------------------------------------------------

    List<Repair> open(Handle h, Repair after, int limit) {
        return page(h, OPEN, Map.of(), after, limit);
    }

    List<Repair> assignedTo(Handle h, String staffId, Repair after, int limit) {
        return page(h, "assignee_staff_id = :staff AND " + OPEN, Map.of("staff", staffId), after, limit);
    }

    List<Repair> onHold(Handle h, HoldReason reason, Repair after, int limit) {
        return page(h, "hold_reason = :reason AND deleted_at IS NULL", Map.of("reason", reason.name()), after,
                limit);
    }

    List<Repair> byCategory(Handle h, String category, Repair after, int limit) {
        return page(h, "category = :category AND deleted_at IS NULL", Map.of("category", category), after, limit);
    }

    List<Repair> forRoom(Handle h, String roomId, Repair after, int limit) {
        return page(h, "room_id = :room AND deleted_at IS NULL", Map.of("room", roomId), after, limit);
    }

    /** Pending repairs past their next due at {@code now}, most overdue first, a page after (nextDue, id). */
    List<Repair> overdue(Handle h, long now, Repair after, int limit) {
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM repair WHERE next_due < :now AND deleted_at IS NULL"
                        + (after == null ? "" : " AND (next_due, id) > (:due, :id)")
                        + " ORDER BY next_due, id LIMIT :limit")
                .bind("now", now).bind("limit", limit);
        if (after != null) {
            Instant due = RepairClock.nextDue(after);
            q.bind("due", due == null ? Long.MIN_VALUE : due.toEpochMilli()).bind("id", after.id());
        }
        return q.map(RepairRepository::repair).list();
    }

    /** Repairs whose call-back raised a grievance or anger, the latest first, a page after (escalatedAt, id). */
    List<Repair> escalated(Handle h, Repair after, int limit) {
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM repair WHERE escalated_at IS NOT NULL"
                        + " AND deleted_at IS NULL"
                        + (after == null ? "" : " AND (escalated_at, id) < (:esc, :id)")
                        + " ORDER BY escalated_at DESC, id DESC LIMIT :limit")
                .bind("limit", limit);
        if (after != null) {
            q.bind("esc", after.escalatedAt().toEpochMilli()).bind("id", after.id());
        }
        return q.map(RepairRepository::repair).list();
    }

    /**
     * The search, newest first; only the set filters reach the WHERE. The page's row ids are picked
     * first from the index, then only those rows are read.
     */
    List<Repair> search(Handle h, Long from, Long to, RepairFilter f, Repair after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        where.add("deleted_at IS NULL");
        if (from != null) {
            where.add("reported_at >= :from");
            values.put("from", from);
        }
        if (to != null) {
            where.add("reported_at < :to");
            values.put("to", to);
        }
        if (f.status() != null) {
            where.add("status = :status");
            values.put("status", f.status().name());
        }
        if (f.category() != null) {
            where.add("category = :category");
            values.put("category", f.category());
        }
        CaseSearch search = CaseSearch.of(f.query(), RepairService.NUMBER_PREFIX,
                List.of("reporter_name", "location_text"), "description");
        if (search != null) {
            where.add(search.condition());
            values.putAll(search.values());
        }
        if (after != null) {
            where.add("(reported_at, id) < (:at, :id)");
        }
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM repair WHERE rowid IN (SELECT rowid FROM repair WHERE "
                        + String.join(" AND ", where) + NEWEST_FIRST + " LIMIT :limit)" + NEWEST_FIRST)
                .bindMap(values).bind("limit", limit);
        bindAfter(q, after);
        return q.map(RepairRepository::repair).list();
    }

    int countOpen(Handle h) {
        return h.createQuery("SELECT count(*) FROM repair WHERE " + OPEN).mapTo(Integer.class).one();
    }

    int countOverdue(Handle h, long now) {
        return h.createQuery("SELECT count(*) FROM repair WHERE next_due < :now AND deleted_at IS NULL")
                .bind("now", now).mapTo(Integer.class).one();
    }

    int countByStatus(Handle h, RepairStatus status) {
        return h.createQuery("SELECT count(*) FROM repair WHERE status = :s AND deleted_at IS NULL")
                .bind("s", status.name()).mapTo(Integer.class).one();
    }

    // --- timeline, call-backs, visits -----------------------------------------------------------

    void insertEvent(Handle h, RepairEvent e) {
        h.createUpdate("INSERT INTO repair_event (" + EVENT + ") VALUES (:id, :repair, :at, :by, :byName, :action,"
                        + " :from, :to, :holdReason, :fixerKind, :vendor, :assignee, :note)")
                .bind("id", e.id()).bind("repair", e.repairId()).bind("at", e.at().toEpochMilli())
                .bind("by", e.byStaffId()).bind("byName", e.byName()).bind("action", e.action().name())
                .bind("from", e.fromStatus() == null ? null : e.fromStatus().name())
                .bind("to", e.toStatus().name())
                .bind("holdReason", name(e.holdReason())).bind("fixerKind", name(e.fixerKind()))
                .bind("vendor", e.vendor()).bind("assignee", e.assignee())
                .bind("note", e.note()).execute();
    }

    /** Oldest step first. */
    List<RepairEvent> timeline(Handle h, String repairId) {
        return h.createQuery("SELECT " + EVENT + " FROM repair_event WHERE repair_id = :r ORDER BY at, id")
                .bind("r", repairId).map(RepairRepository::event).list();
    }

    void insertCallBack(Handle h, RepairCallBack c) {
        h.createUpdate("INSERT INTO repair_callback (" + CALLBACK + ") VALUES (:id, :repair, :at, :by, :attitude,"
                        + " :skill, :arrival, :promises, :feedback, :note, :escalated)")
                .bind("id", c.id()).bind("repair", c.repairId()).bind("at", c.at().toEpochMilli())
                .bind("by", c.byStaffId()).bind("attitude", c.attitude().name()).bind("skill", c.skill().name())
                .bind("arrival", c.arrival().name()).bind("promises", c.promises().name())
                .bind("feedback", c.feedback().name()).bind("note", c.note())
                .bind("escalated", c.escalated() ? 1 : 0).execute();
    }

    List<RepairCallBack> callBacks(Handle h, String repairId) {
        return h.createQuery("SELECT " + CALLBACK + " FROM repair_callback WHERE repair_id = :r ORDER BY at, id")
                .bind("r", repairId).map(RepairRepository::callBack).list();
    }

    void insertVisitLink(Handle h, RepairVisitLink l) {
        h.createUpdate("INSERT INTO repair_visit (id, repair_id, visit_id, linked_at, linked_by)"
                        + " VALUES (:id, :repair, :visit, :at, :by)")
                .bind("id", l.id()).bind("repair", l.repairId()).bind("visit", l.visitId())
                .bind("at", l.linkedAt().toEpochMilli()).bind("by", l.linkedBy()).execute();
    }

    List<RepairVisitLink> visitLinks(Handle h, String repairId) {
        return h.createQuery("SELECT id, repair_id, visit_id, linked_at, linked_by FROM repair_visit"
                        + " WHERE repair_id = :r ORDER BY linked_at, id")
                .bind("r", repairId).map(RepairRepository::link).list();
    }

    /** The repairs a visit served. */
    List<String> repairsOfVisit(Handle h, String visitId) {
        return h.createQuery("SELECT repair_id FROM repair_visit WHERE visit_id = :v ORDER BY linked_at, id")
                .bind("v", visitId).mapTo(String.class).list();
    }

    /** The purpose of a visit in the register, empty when there is no such visit. */
    Optional<String> visitPurpose(Handle h, String visitId) {
        return h.createQuery("SELECT purpose FROM visit WHERE id = :id AND deleted_at IS NULL")
                .bind("id", visitId).mapTo(String.class).findOne();
    }

    /** The name of an active staff member, empty for an unknown or disabled account. */
    Optional<String> activeStaffName(Handle h, String staffId) {
        return h.createQuery("SELECT name FROM staff WHERE id = :id AND active = 1")
                .bind("id", staffId).mapTo(String.class).findOne();
    }

    /** The site's staff is a few dozen people: the whole active list, by name. */
    List<Assignee> activeStaff(Handle h) {
        return h.createQuery("SELECT id, employee_no, name FROM staff WHERE active = 1 ORDER BY name, employee_no")
                .map((rs, c) -> new Assignee(rs.getString("id"), rs.getString("employee_no"), rs.getString("name")))
                .list();
    }

    // --- helpers ----------------------------------------------------------------------------------

    private List<Repair> page(Handle h, String where, Map<String, Object> values, Repair after, int limit) {
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM repair WHERE " + where + (after == null ? "" : BEFORE)
                        + NEWEST_FIRST + " LIMIT :limit")
                .bindMap(values).bind("limit", limit);
        bindAfter(q, after);
        return q.map(RepairRepository::repair).list();
    }

    private static void bindAfter(Query q, Repair after) {
        if (after != null) {
            q.bind("at", after.reportedAt().toEpochMilli()).bind("id", after.id());
        }
    }

    private static Map<String, Object> values(Repair r) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", r.id());
        m.put("number", r.number());
        m.put("channel", r.channel().name());
        m.put("room", r.roomId());
        m.put("occupant", r.occupantId());
        m.put("location", r.locationText());
        m.put("roomCode", r.roomCode());
        m.put("reporter", r.reporterName());
        m.put("phone", r.reporterPhone());
        m.put("category", r.category());
        m.put("description", r.description());
        m.put("priority", r.priority().name());
        m.put("status", r.status().name());
        m.put("reported", millis(r.reportedAt()));
        m.put("reportedBy", r.reportedBy());
        m.put("respondHours", r.respondHours());
        m.put("fixHours", r.fixHours());
        m.put("held", r.heldMillis());
        m.put("holdSince", millis(r.holdSince()));
        m.put("holdReason", name(r.holdReason()));
        m.put("holdNote", r.holdNote());
        m.put("responded", millis(r.respondedAt()));
        m.put("fixed", millis(r.fixedAt()));
        m.put("fixerKind", name(r.fixerKind()));
        m.put("vendor", r.vendor());
        m.put("assigneeStaff", r.assigneeStaffId());
        m.put("assigneeName", r.assigneeName());
        m.put("appointment", millis(r.appointmentAt()));
        m.put("serviceKind", name(r.serviceKind()));
        m.put("labour", r.labour());
        m.put("parts", r.parts());
        m.put("cost", r.costCents());
        m.put("payer", name(r.payer()));
        m.put("signature", r.signatureId());
        m.put("escalated", millis(r.escalatedAt()));
        m.put("closed", millis(r.closedAt()));
        m.put("endReason", r.endReason());
        m.put("created", millis(r.createdAt()));
        m.put("updated", millis(r.updatedAt()));
        m.put("nextDue", millis(RepairClock.nextDue(r)));
        return m;
    }

    private static Repair repair(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Repair(rs.getString("id"), rs.getString("number"), RepairChannel.valueOf(rs.getString("channel")),
                rs.getString("room_id"), rs.getString("occupant_id"), rs.getString("location_text"),
                rs.getString("room_code"), rs.getString("reporter_name"), rs.getString("reporter_phone"),
                rs.getString("category"), rs.getString("description"),
                RepairPriority.valueOf(rs.getString("priority")), RepairStatus.valueOf(rs.getString("status")),
                instant(rs, "reported_at"), rs.getString("reported_by"), integer(rs, "respond_hours"),
                integer(rs, "fix_hours"), rs.getLong("held_ms"), instant(rs, "hold_since"),
                value(HoldReason.class, rs.getString("hold_reason")), rs.getString("hold_note"),
                instant(rs, "responded_at"), instant(rs, "fixed_at"),
                value(FixerKind.class, rs.getString("fixer_kind")), rs.getString("vendor"),
                rs.getString("assignee_staff_id"), rs.getString("assignee_name"), instant(rs, "appointment_at"),
                value(ServiceKind.class, rs.getString("service_kind")), rs.getString("labour"),
                rs.getString("parts"), longValue(rs, "cost_cents"), value(Payer.class, rs.getString("payer")),
                rs.getString("signature_id"), instant(rs, "escalated_at"), instant(rs, "closed_at"),
                rs.getString("end_reason"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static RepairEvent event(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RepairEvent(rs.getString("id"), rs.getString("repair_id"), instant(rs, "at"),
                rs.getString("by_staff_id"), rs.getString("by_name"), RepairAction.valueOf(rs.getString("action")),
                value(RepairStatus.class, rs.getString("from_status")), RepairStatus.valueOf(rs.getString("to_status")),
                value(HoldReason.class, rs.getString("hold_reason")),
                value(FixerKind.class, rs.getString("fixer_kind")),
                rs.getString("vendor"), rs.getString("assignee"), rs.getString("note"));
    }

    private static RepairCallBack callBack(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RepairCallBack(rs.getString("id"), rs.getString("repair_id"), instant(rs, "at"),
                rs.getString("by_staff_id"), Rating.valueOf(rs.getString("attitude")),
                Rating.valueOf(rs.getString("skill")), Rating.valueOf(rs.getString("arrival")),
                Rating.valueOf(rs.getString("promises")), FeedbackGrade.valueOf(rs.getString("feedback")),
                rs.getString("note"), rs.getInt("escalated") == 1);
    }

    private static RepairVisitLink link(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RepairVisitLink(rs.getString("id"), rs.getString("repair_id"), rs.getString("visit_id"),
                instant(rs, "linked_at"), rs.getString("linked_by"));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longValue(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }
}
