package com.frontdesk.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * One write in progress. A module changes its table through {@link #handle()} and then reports
 * the change here; the audit entry and the outbox entry join the same transaction.
 */
public final class WriteContext {
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    /** A new modification time alone is not a change worth recording. */
    private static final String UPDATED_AT = "updatedAt";

    private final Handle handle;
    private final Actor actor;
    private final Instant now;
    private final Ids ids;
    private final ObjectMapper json;

    WriteContext(Handle handle, Actor actor, Instant now, Ids ids, ObjectMapper json) {
        this.handle = handle;
        this.actor = actor;
        this.now = now;
        this.ids = ids;
        this.json = json;
    }

    public Handle handle() {
        return handle;
    }

    /** The time of this write; every row it touches carries the same instant. */
    public Instant now() {
        return now;
    }

    public String newId() {
        return ids.next();
    }

    /**
     * The next human number of the site's day for a prefix, e.g. {@code BX-20261122-0007}. The
     * counter row is updated in this transaction, so a rolled-back write gives its number back.
     * The day is the site's day, not the PC's.
     */
    public String nextNumber(String prefix) {
        ZoneId zone = SiteDays.zone(handle);
        String day = now.atZone(zone).toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        int n = handle.createQuery("""
                        INSERT INTO number_counter (prefix, day, last) VALUES (:prefix, :day, 1)
                        ON CONFLICT (prefix, day) DO UPDATE SET last = last + 1
                        RETURNING last""")
                .bind("prefix", prefix).bind("day", day)
                .mapTo(Integer.class).one();
        return String.format("%s-%s-%04d", prefix, day, n);
    }

    public void created(String entity, String id, Object state) {
        Map<String, Object> after = fields(state);
        Map<String, Object> changes = new LinkedHashMap<>();
        after.forEach((k, v) -> changes.put(k, change(null, PersonalFields.forAudit(state.getClass(), k, v))));
        audit(entity, id, "CREATE", changes);
        outbox(entity, id, "upsert", state);
    }

    /**
     * Records only the fields that differ; a save that changed nothing leaves no trace. Personal
     * data is compared whole but kept masked in the audit log.
     */
    public void updated(String entity, String id, Object before, Object after) {
        Map<String, Object> b = fields(before);
        Map<String, Object> a = fields(after);
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String key : new TreeSet<>(union(b, a))) {
            if (!Objects.equals(b.get(key), a.get(key))) {
                changes.put(key, change(PersonalFields.forAudit(before.getClass(), key, b.get(key)),
                        PersonalFields.forAudit(after.getClass(), key, a.get(key))));
            }
        }
        if (changes.isEmpty() || changes.keySet().equals(Set.of(UPDATED_AT))) {
            return;
        }
        audit(entity, id, "UPDATE", changes);
        outbox(entity, id, "upsert", after);
    }

    /** Soft deletion: the row stays, marked; head office is told it is gone. */
    public void deleted(String entity, String id, Object before) {
        audit(entity, id, "DELETE", Map.of());
        outbox(entity, id, "delete", before);
    }

    /** An event worth keeping that changes no record head office holds: a sign-in, a reveal. */
    public void audit(String entity, String id, String action, Map<String, ?> details) {
        handle.createUpdate("""
                        INSERT INTO audit_log (id, at, actor_id, actor_name, entity, entity_id, action, changes)
                        VALUES (:id, :at, :actorId, :actorName, :entity, :entityId, :action, :changes)""")
                .bind("id", ids.next())
                .bind("at", now.toEpochMilli())
                .bind("actorId", actor.staffId())
                .bind("actorName", actor.name())
                .bind("entity", entity)
                .bind("entityId", id)
                .bind("action", action)
                .bind("changes", details.isEmpty() ? null : write(details))
                .execute();
    }

    private void outbox(String entity, String id, String op, Object state) {
        Map<String, PersonalData.Kind> personal = PersonalFields.of(state.getClass());
        handle.createUpdate("""
                        INSERT INTO outbox (entity, entity_id, op, payload, personal, changed_at, changed_by)
                        VALUES (:entity, :entityId, :op, :payload, :personal, :at, :by)""")
                .bind("entity", entity)
                .bind("entityId", id)
                .bind("op", op)
                .bind("payload", write(state))
                // Which fields the head-office export must mask; the payload alone no longer knows its type.
                .bind("personal", personal.isEmpty() ? null : write(personal))
                .bind("at", now.toEpochMilli())
                .bind("by", actor.staffId())
                .execute();
    }

    private Map<String, Object> fields(Object state) {
        return json.convertValue(state, FIELDS);
    }

    private static Map<String, Object> change(Object from, Object to) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("from", from);
        c.put("to", to);
        return c;
    }

    private static Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getName(), e);
        }
    }
}
