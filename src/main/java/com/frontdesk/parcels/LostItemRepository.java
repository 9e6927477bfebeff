package com.frontdesk.parcels;

import static com.frontdesk.parcels.DepositRepository.instant;
import static com.frontdesk.parcels.DepositRepository.millis;

import com.frontdesk.visitors.IdType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of lost property. No rules. */
final class LostItemRepository {
    private static final String COLUMNS = """
            id, number, description, category, found_where, found_at, found_by, shelf_code, kept_text, note, status,
            recorded_by, closed_at, closed_by, claimant_name, claimant_phone, claimant_id_type, claimant_id_last4,
            id_checked, signature_id, disposal_method, disposal_note, early_reason, created_at, updated_at""";

    void insert(Handle h, LostItem i) {
        h.createUpdate("INSERT INTO lost_item (" + COLUMNS + ") VALUES (:id, :number, :description, :category,"
                        + " :foundWhere, :foundAt, :foundBy, :shelf, :kept, :note, :status, :recordedBy, :closed,"
                        + " :closedBy, :claimant, :phone, :idType, :idLast4, :idChecked, :signature, :method,"
                        + " :disposalNote, :earlyReason, :created, :updated)")
                .bindMap(values(i))
                .execute();
    }

    /** How the item left the desk; what was found, where and when, does not change here. */
    void close(Handle h, LostItem i) {
        h.createUpdate("""
                        UPDATE lost_item SET status = :status, closed_at = :closed, closed_by = :closedBy,
                               claimant_name = :claimant, claimant_phone = :phone, claimant_id_type = :idType,
                               claimant_id_last4 = :idLast4, id_checked = :idChecked, signature_id = :signature,
                               disposal_method = :method, disposal_note = :disposalNote, early_reason = :earlyReason,
                               updated_at = :updated
                        WHERE id = :id""")
                .bindMap(values(i))
                .execute();
    }

    Optional<LostItem> byId(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM lost_item WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id).map(LostItemRepository::item).findOne();
    }

    /**
     * Items at the desk, found longest ago first, a page after (foundAt, id); with {@code foundUpTo}
     * only those found at or before it (the ones due for disposal).
     */
    List<LostItem> held(Handle h, Instant foundUpTo, LostItem after, int limit) {
        Query q = h.createQuery("SELECT " + COLUMNS + " FROM lost_item WHERE status = 'HELD' AND deleted_at IS NULL"
                        + (foundUpTo == null ? "" : " AND found_at <= :upTo")
                        + (after == null ? "" : " AND (found_at, id) > (:at, :id)")
                        + " ORDER BY found_at, id LIMIT :limit")
                .bind("limit", limit);
        if (foundUpTo != null) {
            q.bind("upTo", foundUpTo.toEpochMilli());
        }
        if (after != null) {
            q.bind("at", after.foundAt().toEpochMilli()).bind("id", after.id());
        }
        return q.map(LostItemRepository::item).list();
    }

    int countHeld(Handle h, Instant foundUpTo) {
        return h.createQuery("SELECT count(*) FROM lost_item WHERE status = 'HELD' AND deleted_at IS NULL"
                        + (foundUpTo == null ? "" : " AND found_at <= :upTo"))
                .bind("upTo", foundUpTo == null ? null : foundUpTo.toEpochMilli())
                .mapTo(Integer.class).one();
    }

    /** History, newest find first, a page before (foundAt, id); only the set filters reach the WHERE. */
    List<LostItem> history(Handle h, LostItemFilter f, LostItem after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        where.add("deleted_at IS NULL");
        if (f.status() != null) {
            where.add("status = :status");
            values.put("status", f.status().name());
        }
        if (f.category() != null) {
            where.add("category = :category");
            values.put("category", f.category().name());
        }
        if (f.query() != null) {
            String upper = f.query().toUpperCase(Locale.ROOT);
            if (DepositRepository.NUMBER.matcher(upper).matches()) {
                where.add("number = :q");
                values.put("q", upper);
            } else {
                // The start of a text as a range each index answers; U+FFFF sorts after every character typed.
                where.add("""
                        id IN (SELECT id FROM lost_item WHERE description >= :q AND description < :qEnd
                               UNION SELECT id FROM lost_item WHERE found_by >= :q AND found_by < :qEnd
                               UNION SELECT id FROM lost_item WHERE claimant_name >= :q AND claimant_name < :qEnd)""");
                values.put("q", f.query());
                values.put("qEnd", f.query() + '\uFFFF');
            }
        }
        if (after != null) {
            where.add("(found_at, id) < (:at, :id)");
            values.put("at", after.foundAt().toEpochMilli());
            values.put("id", after.id());
        }
        return h.createQuery("SELECT " + COLUMNS + " FROM lost_item WHERE " + String.join(" AND ", where)
                        + " ORDER BY found_at DESC, id DESC LIMIT :limit")
                .bindMap(values).bind("limit", limit)
                .map(LostItemRepository::item).list();
    }

    private static Map<String, Object> values(LostItem i) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", i.id());
        m.put("number", i.number());
        m.put("description", i.description());
        m.put("category", i.category() == null ? null : i.category().name());
        m.put("foundWhere", i.foundWhere());
        m.put("foundAt", millis(i.foundAt()));
        m.put("foundBy", i.foundBy());
        m.put("shelf", i.shelfCode());
        m.put("kept", i.keptText());
        m.put("note", i.note());
        m.put("status", i.status().name());
        m.put("recordedBy", i.recordedBy());
        m.put("closed", millis(i.closedAt()));
        m.put("closedBy", i.closedBy());
        m.put("claimant", i.claimantName());
        m.put("phone", i.claimantPhone());
        m.put("idType", i.claimantIdType() == null ? null : i.claimantIdType().name());
        m.put("idLast4", i.claimantIdLast4());
        m.put("idChecked", i.idChecked() ? 1 : 0);
        m.put("signature", i.signatureId());
        m.put("method", i.disposalMethod() == null ? null : i.disposalMethod().name());
        m.put("disposalNote", i.disposalNote());
        m.put("earlyReason", i.earlyReason());
        m.put("created", millis(i.createdAt()));
        m.put("updated", millis(i.updatedAt()));
        return m;
    }

    private static LostItem item(ResultSet rs, StatementContext ctx) throws SQLException {
        String category = rs.getString("category");
        String idType = rs.getString("claimant_id_type");
        String method = rs.getString("disposal_method");
        return new LostItem(rs.getString("id"), rs.getString("number"), rs.getString("description"),
                category == null ? null : LostItemCategory.valueOf(category), rs.getString("found_where"),
                instant(rs, "found_at"), rs.getString("found_by"), rs.getString("shelf_code"),
                rs.getString("kept_text"), rs.getString("note"), LostItemStatus.valueOf(rs.getString("status")),
                rs.getString("recorded_by"), instant(rs, "closed_at"), rs.getString("closed_by"),
                rs.getString("claimant_name"), rs.getString("claimant_phone"),
                idType == null ? null : IdType.valueOf(idType), rs.getString("claimant_id_last4"),
                rs.getInt("id_checked") == 1, rs.getString("signature_id"),
                method == null ? null : LostItemDisposalMethod.valueOf(method), rs.getString("disposal_note"),
                rs.getString("early_reason"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}
