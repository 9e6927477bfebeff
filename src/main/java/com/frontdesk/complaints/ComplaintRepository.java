package com.frontdesk.complaints;

import com.frontdesk.core.CaseSearch;
import com.frontdesk.repairs.FeedbackGrade;
import com.frontdesk.repairs.Rating;
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

/** The SQL of the complaint book, its timeline and call-backs. No rules. */
final class ComplaintRepository {
    /** Only complaints reach these statuses: praise and suggestions are RECORDED at once. */
    static final String OPEN = "status IN ('OPEN', 'IN_HANDLING', 'ANSWERED') AND deleted_at IS NULL";
    private static final String NEWEST_FIRST = " ORDER BY received_at DESC, id DESC";
    private static final String BEFORE = " AND (received_at, id) < (:at, :id)";
    private static final String COLUMNS = """
            id, number, kind, channel, received_at, taken_by, room_id, occupant_id, room_code, complainant,
            contact_phone, subject, what_happened, what_they_want, category, nature, severity, mood, status,
            first_response_due, resolution_due, acknowledged_at, acknowledged_how, assignee_staff_id, assignee_name,
            department, answered_at, founded, judgement, cause, corrective_action, compensation, answer, answered_how,
            closed_at, closed_how, escalated_at, escalation_reason, escalation_seen_at, escalation_seen_by,
            previous_id, next_id, called_back_at, created_at, updated_at""";
    private static final String EVENT = "id, complaint_id, at, by_staff_id, by_name, action, from_status, to_status,"
            + " note";
    /** Waiting for the lead: escalated and not noticed, or a first response overdue now. */
    private static final String ESCALATION_WAITING = OPEN + " AND escalation_seen_at IS NULL"
            + " AND (escalated_at IS NOT NULL OR acknowledged_at IS NULL AND first_response_due < :now)";

    void insert(Handle h, Complaint c) {
        h.createUpdate("INSERT INTO complaint (" + COLUMNS + ", next_due) VALUES (" + COLUMNS.replaceAll("(\\w+)", ":$1")
                        + ", :next_due)")
                .bindMap(values(c)).execute();
    }

    void update(Handle h, Complaint c) {
        StringBuilder set = new StringBuilder();
        for (String column : COLUMNS.split(",\\s*")) {
            if (!column.equals("id")) {
                set.append(set.isEmpty() ? "" : ", ").append(column).append(" = :").append(column);
            }
        }
        h.createUpdate("UPDATE complaint SET " + set + ", next_due = :next_due WHERE id = :id")
                .bindMap(values(c)).execute();
    }

    Optional<Complaint> byId(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM complaint WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(ComplaintRepository::complaint).findOne();
    }

    // --- lists, newest first unless said ----------------------------------------------------------

    /** The planner would rather walk the status index and sort; the partial index is already in order. */
    List<Complaint> open(Handle h, Complaint after, int limit) {
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM complaint INDEXED BY complaint_open WHERE " + OPEN
                        + (after == null ? "" : BEFORE) + NEWEST_FIRST + " LIMIT :limit")
                .bind("limit", limit);
        bindAfter(q, after);
        return q.map(ComplaintRepository::complaint).list();
    }

    List<Complaint> assignedTo(Handle h, String staffId, Complaint after, int limit) {
        return page(h, "assignee_staff_id = :staff AND " + OPEN, Map.of("staff", staffId), after, limit);
    }

    List<Complaint> escalationsWaiting(Handle h, long now, Complaint after, int limit) {
        return page(h, ESCALATION_WAITING, Map.of("now", now), after, limit);
    }

    List<Complaint> feedback(Handle h, Complaint after, int limit) {
        return page(h, "kind IN ('PRAISE', 'SUGGESTION') AND deleted_at IS NULL", Map.of(), after, limit);
    }

    List<Complaint> toCallBack(Handle h, Complaint after, int limit) {
        return page(h, "status = 'CLOSED' AND called_back_at IS NULL AND deleted_at IS NULL", Map.of(), after,
                limit);
    }

    /** Pending cases past their next due at {@code now}, most overdue first, a page after (nextDue, id). */
    List<Complaint> overdue(Handle h, long now, Complaint after, int limit) {
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM complaint WHERE next_due < :now AND deleted_at IS NULL"
                        + (after == null ? "" : " AND (next_due, id) > (:due, :id)")
                        + " ORDER BY next_due, id LIMIT :limit")
                .bind("now", now).bind("limit", limit);
        if (after != null) {
            Instant due = ComplaintClock.nextDue(after);
            q.bind("due", due == null ? Long.MIN_VALUE : due.toEpochMilli()).bind("id", after.id());
        }
        return q.map(ComplaintRepository::complaint).list();
    }

    /** The search, newest first; the page's row ids are picked from the index first, then only those rows read. */
    List<Complaint> search(Handle h, Long from, Long to, ComplaintFilter f, Complaint after, int limit) {
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
        if (f.kind() != null) {
            where.add("kind = :kind");
            values.put("kind", f.kind().name());
        }
        if (f.status() != null) {
            where.add("status = :status");
            values.put("status", f.status().name());
        }
        if (f.category() != null) {
            where.add("category = :category");
            values.put("category", f.category());
        }
        CaseSearch search = CaseSearch.of(f.query(), ComplaintService.NUMBER_PREFIX, List.of("complainant"),
                "(subject || ' ' || coalesce(what_happened, ''))");
        if (search != null) {
            where.add(search.condition());
            values.putAll(search.values());
        }
        if (after != null) {
            where.add("(received_at, id) < (:at, :id)");
        }
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM complaint WHERE rowid IN (SELECT rowid FROM complaint"
                        + " WHERE " + String.join(" AND ", where) + NEWEST_FIRST + " LIMIT :limit)" + NEWEST_FIRST)
                .bindMap(values).bind("limit", limit);
        bindAfter(q, after);
        return q.map(ComplaintRepository::complaint).list();
    }

    int countOpen(Handle h) {
        return h.createQuery("SELECT count(*) FROM complaint WHERE " + OPEN)
                .mapTo(Integer.class).one();
    }

    int countOverdue(Handle h, long now) {
        return h.createQuery("SELECT count(*) FROM complaint WHERE next_due < :now AND deleted_at IS NULL")
                .bind("now", now).mapTo(Integer.class).one();
    }

    int countEscalationsWaiting(Handle h, long now) {
        return h.createQuery("SELECT count(*) FROM complaint WHERE " + ESCALATION_WAITING).bind("now", now)
                .mapTo(Integer.class).one();
    }

    int countToCallBack(Handle h) {
        return h.createQuery("SELECT count(*) FROM complaint WHERE status = 'CLOSED' AND called_back_at IS NULL"
                + " AND deleted_at IS NULL").mapTo(Integer.class).one();
    }

    // --- timeline and call-backs -----------------------------------------------------------------

    void insertEvent(Handle h, ComplaintEvent e) {
        h.createUpdate("INSERT INTO complaint_event (" + EVENT + ") VALUES (:id, :complaint_id, :at, :by_staff_id,"
                        + " :by_name, :action, :from_status, :to_status, :note)")
                .bind("id", e.id()).bind("complaint_id", e.complaintId()).bind("at", e.at().toEpochMilli())
                .bind("by_staff_id", e.byStaffId()).bind("by_name", e.byName()).bind("action", e.action().name())
                .bind("from_status", name(e.fromStatus())).bind("to_status", e.toStatus().name())
                .bind("note", e.note()).execute();
    }

    List<ComplaintEvent> timeline(Handle h, String complaintId) {
        return h.createQuery("SELECT " + EVENT + " FROM complaint_event WHERE complaint_id = :id ORDER BY at, id")
                .bind("id", complaintId).map(ComplaintRepository::event).list();
    }

    void insertCallBack(Handle h, ComplaintCallBack c) {
        h.createUpdate("INSERT INTO complaint_callback (id, complaint_id, at, by_staff_id, attitude, skill, arrival,"
                        + " promises, feedback, note) VALUES (:id, :complaint, :at, :by, :attitude, :skill, :arrival,"
                        + " :promises, :feedback, :note)")
                .bind("id", c.id()).bind("complaint", c.complaintId()).bind("at", c.at().toEpochMilli())
                .bind("by", c.byStaffId()).bind("attitude", c.attitude().name()).bind("skill", c.skill().name())
                .bind("arrival", c.arrival().name()).bind("promises", c.promises().name())
                .bind("feedback", c.feedback().name()).bind("note", c.note()).execute();
    }

    Optional<ComplaintCallBack> callBack(Handle h, String complaintId) {
        return h.createQuery("SELECT id, complaint_id, at, by_staff_id, attitude, skill, arrival, promises, feedback,"
                        + " note FROM complaint_callback WHERE complaint_id = :id")
                .bind("id", complaintId)
                .map((rs, ctx) -> new ComplaintCallBack(rs.getString("id"), rs.getString("complaint_id"),
                        instant(rs, "at"), rs.getString("by_staff_id"), Rating.valueOf(rs.getString("attitude")),
                        Rating.valueOf(rs.getString("skill")), Rating.valueOf(rs.getString("arrival")),
                        Rating.valueOf(rs.getString("promises")), FeedbackGrade.valueOf(rs.getString("feedback")),
                        rs.getString("note")))
                .findOne();
    }

    Optional<String> activeStaffName(Handle h, String staffId) {
        return h.createQuery("SELECT name FROM staff WHERE id = :id AND active = 1")
                .bind("id", staffId).mapTo(String.class).findOne();
    }

    /** The first phone on file of a person in the directory, when the complainant left none. */
    Optional<String> phoneOnFile(Handle h, String occupantId) {
        return h.createQuery("SELECT coalesce(phone1, phone2, phone3) FROM occupant WHERE id = :id")
                .bind("id", occupantId).mapTo(String.class).findOne();
    }

    // --- helpers ----------------------------------------------------------------------------------

    private List<Complaint> page(Handle h, String where, Map<String, Object> values, Complaint after, int limit) {
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM complaint WHERE " + where + (after == null ? "" : BEFORE)
                        + NEWEST_FIRST + " LIMIT :limit")
                .bindMap(values).bind("limit", limit);
        bindAfter(q, after);
        return q.map(ComplaintRepository::complaint).list();
    }

    private static void bindAfter(Query q, Complaint after) {
        if (after != null) {
            q.bind("at", after.receivedAt().toEpochMilli()).bind("id", after.id());
        }
    }

    private static Map<String, Object> values(Complaint c) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", c.id());
        v.put("number", c.number());
        v.put("kind", c.kind().name());
        v.put("channel", c.channel().name());
        v.put("received_at", millis(c.receivedAt()));
        v.put("taken_by", c.takenBy());
        v.put("room_id", c.roomId());
        v.put("occupant_id", c.occupantId());
        v.put("room_code", c.roomCode());
        v.put("complainant", c.complainant());
        v.put("contact_phone", c.contactPhone());
        v.put("subject", c.subject());
        v.put("what_happened", c.whatHappened());
        v.put("what_they_want", c.whatTheyWant());
        v.put("category", c.category());
        v.put("nature", name(c.nature()));
        v.put("severity", c.severity().name());
        v.put("mood", name(c.mood()));
        v.put("status", c.status().name());
        v.put("first_response_due", millis(c.firstResponseDue()));
        v.put("resolution_due", millis(c.resolutionDue()));
        v.put("acknowledged_at", millis(c.acknowledgedAt()));
        v.put("acknowledged_how", name(c.acknowledgedHow()));
        v.put("assignee_staff_id", c.assigneeStaffId());
        v.put("assignee_name", c.assigneeName());
        v.put("department", c.department());
        v.put("answered_at", millis(c.answeredAt()));
        v.put("founded", c.founded() == null ? null : c.founded() ? 1 : 0);
        v.put("judgement", c.judgement());
        v.put("cause", c.cause());
        v.put("corrective_action", c.correctiveAction());
        v.put("compensation", c.compensation());
        v.put("answer", c.answer());
        v.put("answered_how", name(c.answeredHow()));
        v.put("closed_at", millis(c.closedAt()));
        v.put("closed_how", name(c.closedHow()));
        v.put("escalated_at", millis(c.escalatedAt()));
        v.put("escalation_reason", name(c.escalationReason()));
        v.put("escalation_seen_at", millis(c.escalationSeenAt()));
        v.put("escalation_seen_by", c.escalationSeenBy());
        v.put("previous_id", c.previousId());
        v.put("next_id", c.nextId());
        v.put("called_back_at", millis(c.calledBackAt()));
        v.put("created_at", millis(c.createdAt()));
        v.put("updated_at", millis(c.updatedAt()));
        v.put("next_due", millis(ComplaintClock.nextDue(c)));
        return v;
    }

    private static Complaint complaint(ResultSet rs, StatementContext ctx) throws SQLException {
        int founded = rs.getInt("founded");
        Boolean foundedValue = rs.wasNull() ? null : founded == 1;
        return new Complaint(rs.getString("id"), rs.getString("number"), ComplaintKind.valueOf(rs.getString("kind")),
                ComplaintChannel.valueOf(rs.getString("channel")), instant(rs, "received_at"),
                rs.getString("taken_by"), rs.getString("room_id"), rs.getString("occupant_id"),
                rs.getString("room_code"), rs.getString("complainant"), rs.getString("contact_phone"),
                rs.getString("subject"), rs.getString("what_happened"), rs.getString("what_they_want"),
                rs.getString("category"), value(Nature.class, rs.getString("nature")),
                Severity.valueOf(rs.getString("severity")), value(Mood.class, rs.getString("mood")),
                ComplaintStatus.valueOf(rs.getString("status")), instant(rs, "first_response_due"),
                instant(rs, "resolution_due"), instant(rs, "acknowledged_at"),
                value(ResponseMethod.class, rs.getString("acknowledged_how")), rs.getString("assignee_staff_id"),
                rs.getString("assignee_name"), rs.getString("department"), instant(rs, "answered_at"),
                foundedValue, rs.getString("judgement"), rs.getString("cause"), rs.getString("corrective_action"),
                rs.getString("compensation"), rs.getString("answer"),
                value(ResponseMethod.class, rs.getString("answered_how")), instant(rs, "closed_at"),
                value(ResponseMethod.class, rs.getString("closed_how")), instant(rs, "escalated_at"),
                value(EscalationReason.class, rs.getString("escalation_reason")), instant(rs, "escalation_seen_at"),
                rs.getString("escalation_seen_by"), rs.getString("previous_id"), rs.getString("next_id"),
                instant(rs, "called_back_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static ComplaintEvent event(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ComplaintEvent(rs.getString("id"), rs.getString("complaint_id"), instant(rs, "at"),
                rs.getString("by_staff_id"), rs.getString("by_name"),
                ComplaintAction.valueOf(rs.getString("action")),
                value(ComplaintStatus.class, rs.getString("from_status")),
                ComplaintStatus.valueOf(rs.getString("to_status")), rs.getString("note"));
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

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }
}
