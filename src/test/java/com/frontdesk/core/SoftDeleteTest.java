package com.frontdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deleting marks the row; the audit log and head office are told, and the row stays. */
class SoftDeleteTest {
    record Note(String id, String text) {
    }

    private final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation fresh = OpenWorkstation.empty(clock);

    @BeforeEach
    void aNoteTable() {
        fresh.ws().store().read(h ->
                h.execute("CREATE TABLE note (id TEXT PRIMARY KEY, text TEXT, deleted_at INTEGER)"));
    }

    @Test
    void aDeletedRecordStaysMarkedAndIsReportedAsADelete() {
        Actor clerk = new Actor("staff-1", "Clerk");
        Note note = fresh.ws().store().write(clerk, tx -> {
            Note n = new Note(tx.newId(), "umbrella returned");
            tx.handle().execute("INSERT INTO note (id, text) VALUES (?, ?)", n.id(), n.text());
            tx.created("note", n.id(), n);
            return n;
        });

        fresh.ws().store().write(clerk, tx -> {
            tx.handle().execute("UPDATE note SET deleted_at = ? WHERE id = ?", tx.now().toEpochMilli(), note.id());
            tx.deleted("note", note.id(), note);
            return null;
        });

        Map<String, Object> row = fresh.ws().store().read(h -> h.createQuery(
                "SELECT text, deleted_at FROM note WHERE id = :id")
                .bind("id", note.id()).mapToMap().one());
        assertThat(row).containsEntry("text", "umbrella returned");
        assertThat(row.get("deleted_at")).isEqualTo(clock.instant().toEpochMilli());
        String lastAudit = fresh.ws().store().read(h -> h.createQuery(
                "SELECT action FROM audit_log WHERE entity_id = :id ORDER BY id DESC LIMIT 1")
                .bind("id", note.id()).mapTo(String.class).one());
        assertThat(lastAudit).isEqualTo("DELETE");
        Map<String, Object> lastOutbox = fresh.ws().store().read(h -> h.createQuery(
                "SELECT op, payload FROM outbox WHERE entity_id = :id ORDER BY seq DESC LIMIT 1")
                .bind("id", note.id()).mapToMap().one());
        assertThat(lastOutbox).containsEntry("op", "delete");
        assertThat((String) lastOutbox.get("payload")).contains("umbrella returned");
    }
}
