package com.frontdesk.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The batch history and the runs. Lists are keyset-paged by time, newest first. */
final class SyncRepository {
    long lastAcknowledgedChange(Handle h) {
        return h.createQuery("SELECT coalesce(max(last_seq), 0) FROM sync_batch"
                        + " WHERE kind = 'CHANGES' AND status = 'ACKNOWLEDGED'")
                .mapTo(Long.class).one();
    }

    /** A batch is about to be sent: a new row, or one more attempt of a batch sent before. */
    void attempt(Handle h, BatchFile b, String target, Instant now) {
        h.createUpdate("""
                        INSERT INTO sync_batch (id, kind, first_seq, last_seq, record_count, personal_full, sha256, size,
                                                target, status, attempts, first_tried_at, last_tried_at)
                        VALUES (:id, :kind, :first, :last, :count, :full, :sha, :size, :target, 'PENDING', 1, :now, :now)
                        ON CONFLICT (id) DO UPDATE SET attempts = attempts + 1, target = excluded.target,
                            status = CASE WHEN status = 'ACKNOWLEDGED' THEN status ELSE 'PENDING' END,
                            sha256 = excluded.sha256, size = excluded.size, last_tried_at = excluded.last_tried_at""")
                .bind("id", b.id()).bind("kind", b.plan().kind().name()).bind("first", b.plan().firstSeq())
                .bind("last", b.plan().lastSeq()).bind("count", b.plan().recordCount())
                .bind("full", b.plan().personalFull() ? 1 : 0).bind("sha", b.sha256()).bind("size", b.size())
                .bind("target", target).bind("now", now.toEpochMilli())
                .execute();
    }

    void acknowledge(Handle h, String id, Instant now) {
        h.createUpdate("UPDATE sync_batch SET status = 'ACKNOWLEDGED', acked_at = :now, last_error = NULL WHERE id = :id")
                .bind("id", id).bind("now", now.toEpochMilli()).execute();
    }

    void fail(Handle h, String id, String error) {
        h.createUpdate("UPDATE sync_batch SET status = 'FAILED', last_error = :error WHERE id = :id AND status <> 'ACKNOWLEDGED'")
                .bind("id", id).bind("error", error).execute();
    }

    void insertRun(Handle h, SyncRun r) {
        h.createUpdate("""
                        INSERT INTO sync_run (id, started_at, finished_at, trigger, target, batches, records, outcome,
                                              reason_key, detail)
                        VALUES (:id, :started, :finished, :trigger, :target, :batches, :records, :outcome, :reason, :detail)""")
                .bind("id", r.id()).bind("started", r.startedAt().toEpochMilli())
                .bind("finished", r.finishedAt().toEpochMilli()).bind("trigger", r.trigger().name())
                .bind("target", r.target()).bind("batches", r.batches()).bind("records", r.records())
                .bind("outcome", r.outcome().name()).bind("reason", r.reasonKey()).bind("detail", r.detail())
                .execute();
    }

    Optional<Instant> lastSuccess(Handle h) {
        return h.createQuery("SELECT max(finished_at) FROM sync_run WHERE outcome = 'OK'")
                .mapTo(Long.class).findOne().map(Instant::ofEpochMilli);
    }

    Optional<SyncRun> lastRun(Handle h) {
        return h.createQuery("SELECT * FROM sync_run ORDER BY started_at DESC, id DESC LIMIT 1")
                .map((rs, ctx) -> run(rs)).findOne();
    }

    /** Batches tried before {@code (beforeAt, beforeId)}, newest first; null for the first page. */
    List<SentBatch> history(Handle h, Instant beforeAt, String beforeId, int limit) {
        return h.createQuery("SELECT * FROM sync_batch"
                        + (beforeAt == null ? "" : " WHERE (last_tried_at, id) < (:at, :id)")
                        + " ORDER BY last_tried_at DESC, id DESC LIMIT :limit")
                .bind("at", beforeAt == null ? 0 : beforeAt.toEpochMilli()).bind("id", beforeId).bind("limit", limit)
                .map((rs, ctx) -> batch(rs)).list();
    }

    /** Runs that did not end well, newest first. */
    List<SyncRun> failures(Handle h, Instant beforeAt, String beforeId, int limit) {
        return h.createQuery("SELECT * FROM sync_run WHERE outcome <> 'OK'"
                        + (beforeAt == null ? "" : " AND (started_at, id) < (:at, :id)")
                        + " ORDER BY started_at DESC, id DESC LIMIT :limit")
                .bind("at", beforeAt == null ? 0 : beforeAt.toEpochMilli()).bind("id", beforeId).bind("limit", limit)
                .map((rs, ctx) -> run(rs)).list();
    }

    private static SentBatch batch(ResultSet rs) throws SQLException {
        long acked = rs.getLong("acked_at");
        boolean noAck = rs.wasNull();
        return new SentBatch(rs.getString("id"), BatchKind.valueOf(rs.getString("kind")), rs.getLong("first_seq"),
                rs.getLong("last_seq"), rs.getLong("record_count"), rs.getLong("size"), rs.getString("sha256"),
                rs.getString("target"), SentBatch.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), Instant.ofEpochMilli(rs.getLong("last_tried_at")),
                noAck ? null : Instant.ofEpochMilli(acked));
    }

    private static SyncRun run(ResultSet rs) throws SQLException {
        return new SyncRun(rs.getString("id"), Instant.ofEpochMilli(rs.getLong("started_at")),
                Instant.ofEpochMilli(rs.getLong("finished_at")), SyncRun.Trigger.valueOf(rs.getString("trigger")),
                rs.getString("target"), rs.getInt("batches"), rs.getLong("records"),
                SyncRun.Outcome.valueOf(rs.getString("outcome")), rs.getString("reason_key"), rs.getString("detail"));
    }
}
