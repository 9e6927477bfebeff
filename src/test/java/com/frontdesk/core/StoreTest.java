package com.frontdesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The one write helper: the change, its audit entry and its outbox entry commit together or not at all. */
class StoreTest {
    /** A record a module might keep; stored in the setting table so the test needs no schema of its own. */
    record Thing(String name, int count) {
    }

    private static final Actor ACTOR = new Actor("staff-1", "张三 (R001)");

    private final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation fresh = OpenWorkstation.empty(clock);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aWriteStoresTheChangeOneAuditEntryAndOneOutboxEntry() throws Exception {
        fresh.ws().store().write(ACTOR, tx -> {
            insertThing(tx, "t1", new Thing("lamp", 2));
            tx.created("thing", "t1", new Thing("lamp", 2));
            return null;
        });

        assertThat(SqlRows.count(fresh.db(), "setting")).isEqualTo(1);
        List<Map<String, Object>> audit = SqlRows.query(fresh.db(), "SELECT * FROM audit_log");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsEntry("entity", "thing").containsEntry("entity_id", "t1")
                .containsEntry("action", "CREATE").containsEntry("actor_id", "staff-1")
                .containsEntry("actor_name", "张三 (R001)").containsEntry("at", clock.millis());
        List<Map<String, Object>> outbox = SqlRows.query(fresh.db(), "SELECT * FROM outbox");
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0)).containsEntry("entity", "thing").containsEntry("entity_id", "t1")
                .containsEntry("op", "upsert").containsEntry("changed_by", "staff-1")
                .containsEntry("changed_at", clock.millis());
        assertThat(json.readTree((String) outbox.get(0).get("payload")))
                .isEqualTo(json.readTree("{\"name\":\"lamp\",\"count\":2}"));
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenTheChangeAndOutboxEntryAreRolledBack() {
        SqlRows.execute(fresh.db(), """
                CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log WHEN NEW.entity = 'boom'
                BEGIN SELECT RAISE(ABORT, 'audit refused'); END""");

        assertThatThrownBy(() -> fresh.ws().store().write(ACTOR, tx -> {
            insertThing(tx, "t1", new Thing("lamp", 2));
            tx.created("thing", "t1", new Thing("lamp", 2));
            tx.audit("boom", "t1", "CREATE", Map.of());
            return null;
        })).hasMessageContaining("audit refused");

        assertNothingStored();
    }

    @Test
    void whenTheOutboxEntryCannotBeWrittenTheChangeAndAuditEntryAreRolledBack() {
        SqlRows.execute(fresh.db(), """
                CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox
                BEGIN SELECT RAISE(ABORT, 'outbox refused'); END""");

        assertThatThrownBy(() -> fresh.ws().store().write(ACTOR, tx -> {
            insertThing(tx, "t1", new Thing("lamp", 2));
            tx.created("thing", "t1", new Thing("lamp", 2));
            return null;
        })).hasMessageContaining("outbox refused");

        assertNothingStored();
    }

    @Test
    void whenTheWorkFailsAfterAuditAndOutboxWereWrittenNothingRemains() {
        assertThatThrownBy(() -> fresh.ws().store().write(ACTOR, tx -> {
            insertThing(tx, "t1", new Thing("lamp", 2));
            tx.created("thing", "t1", new Thing("lamp", 2));
            throw new UserFacingException("error.notFound");
        })).isInstanceOf(UserFacingException.class);

        assertNothingStored();
    }

    @Test
    void anUpdateThatChangesNothingLeavesNoTrace() {
        fresh.ws().store().write(ACTOR, tx -> {
            tx.updated("thing", "t1", new Thing("lamp", 2), new Thing("lamp", 2));
            return null;
        });

        assertThat(SqlRows.count(fresh.db(), "audit_log")).isZero();
        assertThat(SqlRows.count(fresh.db(), "outbox")).isZero();
    }

    @Test
    void anUpdateRecordsOnlyTheChangedFieldsWithFromAndTo() throws Exception {
        fresh.ws().store().write(ACTOR, tx -> {
            tx.updated("thing", "t1", new Thing("lamp", 2), new Thing("lamp", 3));
            return null;
        });

        List<Map<String, Object>> audit = SqlRows.query(fresh.db(), "SELECT action, changes FROM audit_log");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsEntry("action", "UPDATE");
        JsonNode changes = json.readTree((String) audit.get(0).get("changes"));
        assertThat(changes).isEqualTo(json.readTree("{\"count\":{\"from\":2,\"to\":3}}"));
        List<Map<String, Object>> outbox = SqlRows.query(fresh.db(), "SELECT op, payload FROM outbox");
        assertThat(outbox).hasSize(1);
        assertThat(json.readTree((String) outbox.get(0).get("payload")))
                .isEqualTo(json.readTree("{\"name\":\"lamp\",\"count\":3}"));
    }

    @Test
    void theAuditLogIsAppendOnly() {
        fresh.ws().store().write(ACTOR, tx -> {
            tx.audit("thing", "t1", "REVEAL", Map.of("field", "phone"));
            return null;
        });
        List<String> before = SqlRows.rowsOf(fresh.db(), "audit_log");

        assertThatThrownBy(() -> SqlRows.execute(fresh.db(), "UPDATE audit_log SET action = 'NOTHING'"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> SqlRows.execute(fresh.db(), "DELETE FROM audit_log"))
                .hasStackTraceContaining("append-only");
        assertThat(SqlRows.rowsOf(fresh.db(), "audit_log")).isEqualTo(before);
    }

    private void assertNothingStored() {
        assertThat(SqlRows.count(fresh.db(), "setting")).as("the change").isZero();
        assertThat(SqlRows.count(fresh.db(), "audit_log")).as("audit entries").isZero();
        assertThat(SqlRows.count(fresh.db(), "outbox")).as("outbox entries").isZero();
    }

    private static void insertThing(WriteContext tx, String id, Thing thing) {
        tx.handle().createUpdate("INSERT INTO setting (key, value, updated_at) VALUES (:k, :v, :at)")
                .bind("k", id).bind("v", thing.toString()).bind("at", tx.now().toEpochMilli())
                .execute();
    }
}
