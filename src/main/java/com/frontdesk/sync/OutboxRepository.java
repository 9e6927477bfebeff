package com.frontdesk.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Reads the outbox for the export: ranges of up to n rows after a sequence, their counts per
 * entity, and the rows themselves one at a time (never the whole range in memory).
 *
 * <p>A full export sees, as of a snapshot sequence, the latest row of each record that is not a
 * deletion ({@link #CURRENT}).
 */
final class OutboxRepository {
    /** Rows of a change batch. */
    private static final String CHANGES = "o.seq > :after";
    /** Rows of a full export: the record's latest row up to the snapshot, not a deletion. */
    private static final String CURRENT = """
            o.seq > :after AND o.seq <= :snapshot AND o.op = 'upsert'
            AND NOT EXISTS (SELECT 1 FROM outbox n WHERE n.entity = o.entity AND n.entity_id = o.entity_id
                            AND n.seq > o.seq AND n.seq <= :snapshot)""";

    /** A range of the outbox: its first and last sequence and how many rows of the kind it holds. */
    record Range(long first, long last, long count) {
    }

    long lastSeq(Handle h) {
        return h.createQuery("SELECT coalesce(max(seq), 0) FROM outbox").mapTo(Long.class).one();
    }

    long countAfter(Handle h, long after) {
        return h.createQuery("SELECT count(*) FROM outbox WHERE seq > :after").bind("after", after)
                .mapTo(Long.class).one();
    }

    long countCurrent(Handle h, long snapshot) {
        return h.createQuery("SELECT count(*) FROM outbox o WHERE " + CURRENT)
                .bind("after", 0).bind("snapshot", snapshot).mapTo(Long.class).one();
    }

    /** The next at most {@code limit} rows after {@code after}; empty when there are none. */
    Optional<Range> nextRange(Handle h, BatchKind kind, long snapshot, long after, int limit) {
        return h.createQuery("SELECT min(seq) AS first, max(seq) AS last, count(*) AS n FROM"
                        + " (SELECT o.seq FROM outbox o WHERE " + where(kind) + " ORDER BY o.seq LIMIT :limit)")
                .bind("after", after).bind("snapshot", snapshot).bind("limit", limit)
                .map((rs, ctx) -> new Range(rs.getLong("first"), rs.getLong("last"), rs.getLong("n")))
                .findOne().filter(r -> r.count() > 0);
    }

    Map<String, Long> counts(Handle h, BatchKind kind, long snapshot, Range range) {
        Map<String, Long> counts = new LinkedHashMap<>();
        h.createQuery("SELECT o.entity, count(*) AS n FROM outbox o WHERE " + where(kind)
                        + " AND o.seq <= :last GROUP BY o.entity ORDER BY o.entity")
                .bind("after", range.first() - 1).bind("last", range.last()).bind("snapshot", snapshot)
                .map((rs, ctx) -> Map.entry(rs.getString("entity"), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    long changedAt(Handle h, long seq) {
        return h.createQuery("SELECT changed_at FROM outbox WHERE seq = :seq").bind("seq", seq)
                .mapTo(Long.class).one();
    }

    /** Hands the rows of the range to {@code each} in sequence order, a few hundred fetched at a time. */
    void forEach(Handle h, BatchKind kind, long snapshot, Range range, Consumer<OutboxEntry> each) {
        h.createQuery("SELECT o.seq, o.entity, o.entity_id, o.op, o.payload, o.personal, o.changed_at, o.changed_by"
                        + " FROM outbox o WHERE " + where(kind) + " AND o.seq <= :last ORDER BY o.seq")
                .bind("after", range.first() - 1).bind("last", range.last()).bind("snapshot", snapshot)
                .setFetchSize(500)
                .map((rs, ctx) -> new OutboxEntry(rs.getLong("seq"), rs.getString("entity"),
                        rs.getString("entity_id"), rs.getString("op"), rs.getString("payload"),
                        rs.getString("personal"), rs.getLong("changed_at"), rs.getString("changed_by")))
                .forEach(each);
    }

    private static String where(BatchKind kind) {
        return kind == BatchKind.CHANGES ? CHANGES : CURRENT;
    }
}
