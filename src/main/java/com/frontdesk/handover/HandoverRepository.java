package com.frontdesk.handover;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of the handover book. No rules. */
final class HandoverRepository {
    private static final String COLUMNS = """
            id, number, desk, shift, day, template_id, template_version, started_at, outgoing_staff_id, outgoing_name,
            status, outgoing_signed_at, incoming_staff_id, incoming_name, incoming_at, refusal_reason, lead_staff_id,
            lead_name, countersigned_at, previous_number, previous_sha256, seal_sha256, content_sha256, created_at,
            updated_at""";
    /** What a signature after the seal may change; the trigger refuses the sealed columns in an UPDATE. */
    private static final String SIGNATURE_COLUMNS = """
            status = :status, incoming_staff_id = :incoming_staff_id, incoming_name = :incoming_name,
            incoming_at = :incoming_at, refusal_reason = :refusal_reason, lead_staff_id = :lead_staff_id,
            lead_name = :lead_name, countersigned_at = :countersigned_at, content_sha256 = :content_sha256,
            updated_at = :updated_at""";
    private static final String ITEM = "id, handover_id, position, code, name, expected, counted, condition, note,"
            + " auto_source, auto_detail";
    private static final String NOTE = "n.id, n.desk, n.handover_id, n.text, n.priority, n.created_by,"
            + " n.created_by_name, n.created_at, n.done_at, n.done_by, n.done_by_name";
    private static final String NEWEST_FIRST = " ORDER BY started_at DESC, id DESC";

    void insert(Handle h, Handover x) {
        h.createUpdate("INSERT INTO handover (" + COLUMNS + ") VALUES (" + COLUMNS.replaceAll("(\\w+)", ":$1") + ")")
                .bindMap(values(x)).execute();
    }

    /** The outgoing signature: the whole row, while it is still a draft. */
    void seal(Handle h, Handover x) {
        StringBuilder set = new StringBuilder();
        for (String column : COLUMNS.split(",\\s*")) {
            if (!column.equals("id")) {
                set.append(set.isEmpty() ? "" : ", ").append(column).append(" = :").append(column);
            }
        }
        h.createUpdate("UPDATE handover SET " + set + " WHERE id = :id AND status = 'DRAFT'").bindMap(values(x))
                .execute();
    }

    void sign(Handle h, Handover x) {
        h.createUpdate("UPDATE handover SET " + SIGNATURE_COLUMNS + " WHERE id = :id").bindMap(values(x)).execute();
    }

    Optional<Handover> byId(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM handover WHERE id = :id").bind("id", id)
                .map(HandoverRepository::handover).findOne();
    }

    Optional<Handover> draftOf(Handle h, String desk) {
        return h.createQuery("SELECT " + COLUMNS + " FROM handover WHERE desk = :desk AND status = 'DRAFT'")
                .bind("desk", desk).map(HandoverRepository::handover).findOne();
    }

    /** The desk's last sealed handover: the one the next seal chains to. */
    Optional<Handover> lastSealed(Handle h, String desk) {
        return h.createQuery("SELECT " + COLUMNS + " FROM handover WHERE desk = :desk AND outgoing_signed_at IS NOT NULL"
                        + " ORDER BY outgoing_signed_at DESC, id DESC LIMIT 1")
                .bind("desk", desk).map(HandoverRepository::handover).findOne();
    }

    /** Every handover that claims a signature or a seal, of one desk (or all), in the order of the chain. */
    List<Handover> sealed(Handle h, String desk) {
        return h.createQuery("SELECT " + COLUMNS + " FROM handover WHERE (status <> 'DRAFT' OR seal_sha256 IS NOT NULL"
                        + " OR outgoing_signed_at IS NOT NULL)" + (desk == null ? "" : " AND desk = :desk")
                        + " ORDER BY desk, outgoing_signed_at, id")
                .bind("desk", desk).map(HandoverRepository::handover).list();
    }

    List<Handover> history(Handle h, HandoverFilter f, Long from, Long to, Handover after, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> values = new HashMap<>();
        if (f.desk() != null) {
            where.append(" AND desk = :desk");
            values.put("desk", f.desk());
        }
        if (from != null) {
            where.append(" AND started_at >= :from");
            values.put("from", from);
        }
        if (to != null) {
            where.append(" AND started_at < :to");
            values.put("to", to);
        }
        if (f.query() != null && !f.query().isBlank()) {
            // A desk writes about three a day: a scan of the name columns stays small for years. The
            // escape is '!' because Jdbi's parser reads a backslash in a literal as escaping the quote.
            where.append(" AND (number LIKE :q ESCAPE '!' OR outgoing_name LIKE :q ESCAPE '!'"
                    + " OR incoming_name LIKE :q ESCAPE '!' OR lead_name LIKE :q ESCAPE '!')");
            values.put("q", "%" + f.query().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (after != null) {
            where.append(" AND (started_at, id) < (:at, :afterId)");
            values.put("at", after.startedAt().toEpochMilli());
            values.put("afterId", after.id());
        }
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM handover WHERE " + where + NEWEST_FIRST + " LIMIT :limit")
                .bindMap(values).bind("limit", limit);
        return q.map(HandoverRepository::handover).list();
    }

    List<Handover> refused(Handle h, Handover after, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM handover WHERE status = 'REFUSED'"
                        + (after == null ? "" : " AND (incoming_at, id) < (:at, :afterId)")
                        + " ORDER BY incoming_at DESC, id DESC LIMIT :limit")
                .bind("at", after == null ? null : after.incomingAt().toEpochMilli())
                .bind("afterId", after == null ? null : after.id()).bind("limit", limit)
                .map(HandoverRepository::handover).list();
    }

    int countRefused(Handle h) {
        return h.createQuery("SELECT count(*) FROM handover WHERE status = 'REFUSED'").mapTo(Integer.class).one();
    }

    /** By the index {@code handover_by_desk (desk, started_at)}. */
    boolean signedBothSides(Handle h, String desk, long since) {
        return h.createQuery("SELECT count(*) FROM handover WHERE desk = :desk AND started_at >= :since"
                        + " AND status IN ('INCOMING_SIGNED', 'COUNTERSIGNED')")
                .bind("desk", desk).bind("since", since).mapTo(Integer.class).one() > 0;
    }


    // --- items ------------------------------------------------------------------------------------

    void insertItem(Handle h, HandoverItem i) {
        h.createUpdate("INSERT INTO handover_item (" + ITEM + ") VALUES (" + ITEM.replaceAll("(\\w+)", ":$1") + ")")
                .bindMap(values(i)).execute();
    }

    void updateItem(Handle h, HandoverItem i) {
        h.createUpdate("UPDATE handover_item SET counted = :counted, condition = :condition, note = :note,"
                + " auto_detail = :auto_detail WHERE id = :id").bindMap(values(i)).execute();
    }

    List<HandoverItem> items(Handle h, String handoverId) {
        return h.createQuery("SELECT " + ITEM + " FROM handover_item WHERE handover_id = :id ORDER BY position")
                .bind("id", handoverId).map(HandoverRepository::mapItem).list();
    }

    // --- notes ------------------------------------------------------------------------------------

    void insertNote(Handle h, HandoverNote n) {
        h.createUpdate("INSERT INTO handover_note (" + NOTE.replace("n.", "") + ") VALUES ("
                        + NOTE.replace("n.", "").replaceAll("(\\w+)", ":$1") + ")")
                .bindMap(values(n)).execute();
    }

    void noteDone(Handle h, HandoverNote n) {
        h.createUpdate("UPDATE handover_note SET done_at = :done_at, done_by = :done_by, done_by_name = :done_by_name"
                + " WHERE id = :id AND done_at IS NULL").bindMap(values(n)).execute();
    }

    Optional<HandoverNote> note(Handle h, String id) {
        return h.createQuery("SELECT " + NOTE + " FROM handover_note n WHERE n.id = :id").bind("id", id)
                .map(HandoverRepository::mapNote).findOne();
    }

    /** The desk's notes open now, and those of a draft done since it started: what the draft shows. */
    List<HandoverNote> live(Handle h, Handover draft) {
        return h.createQuery("SELECT " + NOTE + " FROM handover_note n WHERE n.desk = :desk AND (n.done_at IS NULL"
                        + " OR n.handover_id = :id OR n.done_at >= :since) ORDER BY n.created_at, n.id")
                .bind("desk", draft.desk()).bind("id", draft.id()).bind("since", draft.startedAt().toEpochMilli())
                .map(HandoverRepository::mapNote).list();
    }

    List<HandoverNote> open(Handle h, String desk) {
        return h.createQuery("SELECT " + NOTE + " FROM handover_note n WHERE n.desk = :desk AND n.done_at IS NULL"
                        + " ORDER BY n.created_at, n.id")
                .bind("desk", desk).map(HandoverRepository::mapNote).list();
    }

    void showNote(Handle h, String handoverId, String noteId) {
        h.createUpdate("INSERT INTO handover_shown_note (handover_id, note_id) VALUES (:h, :n)")
                .bind("h", handoverId).bind("n", noteId).execute();
    }

    List<HandoverNote> shown(Handle h, String handoverId) {
        return h.createQuery("SELECT " + NOTE + " FROM handover_shown_note s JOIN handover_note n ON n.id = s.note_id"
                        + " WHERE s.handover_id = :id ORDER BY n.created_at, n.id")
                .bind("id", handoverId).map(HandoverRepository::mapNote).list();
    }

    // --- mapping ----------------------------------------------------------------------------------

    private static Map<String, Object> values(Handover x) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", x.id());
        v.put("number", x.number());
        v.put("desk", x.desk());
        v.put("shift", x.shift());
        v.put("day", x.day().toString());
        v.put("template_id", x.templateId());
        v.put("template_version", x.templateVersion());
        v.put("started_at", millis(x.startedAt()));
        v.put("outgoing_staff_id", x.outgoingStaffId());
        v.put("outgoing_name", x.outgoingName());
        v.put("status", x.status().name());
        v.put("outgoing_signed_at", millis(x.outgoingSignedAt()));
        v.put("incoming_staff_id", x.incomingStaffId());
        v.put("incoming_name", x.incomingName());
        v.put("incoming_at", millis(x.incomingAt()));
        v.put("refusal_reason", x.refusalReason());
        v.put("lead_staff_id", x.leadStaffId());
        v.put("lead_name", x.leadName());
        v.put("countersigned_at", millis(x.countersignedAt()));
        v.put("previous_number", x.previousNumber());
        v.put("previous_sha256", x.previousSha256());
        v.put("seal_sha256", x.sealSha256());
        v.put("content_sha256", x.contentSha256());
        v.put("created_at", millis(x.createdAt()));
        v.put("updated_at", millis(x.updatedAt()));
        return v;
    }

    private static Map<String, Object> values(HandoverItem i) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", i.id());
        v.put("handover_id", i.handoverId());
        v.put("position", i.position());
        v.put("code", i.code());
        v.put("name", i.name());
        v.put("expected", i.expected());
        v.put("counted", i.counted());
        v.put("condition", i.condition() == null ? null : i.condition().name());
        v.put("note", i.note());
        v.put("auto_source", i.auto() == null ? null : i.auto().name());
        v.put("auto_detail", i.autoDetail());
        return v;
    }

    private static Map<String, Object> values(HandoverNote n) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", n.id());
        v.put("desk", n.desk());
        v.put("handover_id", n.handoverId());
        v.put("text", n.text());
        v.put("priority", n.priority().name());
        v.put("created_by", n.createdBy());
        v.put("created_by_name", n.createdByName());
        v.put("created_at", millis(n.createdAt()));
        v.put("done_at", millis(n.doneAt()));
        v.put("done_by", n.doneBy());
        v.put("done_by_name", n.doneByName());
        return v;
    }

    static Handover handover(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Handover(rs.getString("id"), rs.getString("number"), rs.getString("desk"), rs.getString("shift"),
                LocalDate.parse(rs.getString("day")), rs.getString("template_id"), rs.getInt("template_version"),
                instant(rs, "started_at"), rs.getString("outgoing_staff_id"), rs.getString("outgoing_name"),
                HandoverStatus.valueOf(rs.getString("status")), instant(rs, "outgoing_signed_at"),
                rs.getString("incoming_staff_id"), rs.getString("incoming_name"), instant(rs, "incoming_at"),
                rs.getString("refusal_reason"), rs.getString("lead_staff_id"), rs.getString("lead_name"),
                instant(rs, "countersigned_at"), rs.getString("previous_number"), rs.getString("previous_sha256"),
                rs.getString("seal_sha256"), rs.getString("content_sha256"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static HandoverItem mapItem(ResultSet rs, StatementContext ctx) throws SQLException {
        String condition = rs.getString("condition");
        String auto = rs.getString("auto_source");
        return new HandoverItem(rs.getString("id"), rs.getString("handover_id"), rs.getInt("position"),
                rs.getString("code"), rs.getString("name"), integer(rs, "expected"), integer(rs, "counted"),
                condition == null ? null : ItemCondition.valueOf(condition), rs.getString("note"),
                auto == null ? null : AutoCount.valueOf(auto), rs.getString("auto_detail"));
    }

    private static HandoverNote mapNote(ResultSet rs, StatementContext ctx) throws SQLException {
        return new HandoverNote(rs.getString("id"), rs.getString("desk"), rs.getString("handover_id"),
                rs.getString("text"), NotePriority.valueOf(rs.getString("priority")), rs.getString("created_by"),
                rs.getString("created_by_name"), instant(rs, "created_at"), instant(rs, "done_at"),
                rs.getString("done_by"), rs.getString("done_by_name"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int n = rs.getInt(column);
        return rs.wasNull() ? null : n;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }
}
