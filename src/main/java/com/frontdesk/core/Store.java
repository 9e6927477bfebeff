package com.frontdesk.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The one way modules write. The change, its audit entry and its outbox entry run in one SQLite
 * transaction: they commit together or not at all, so head office and the audit log never miss
 * or invent a change.
 */
public final class Store {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Ids ids;
    private final ObjectMapper json = Json.mapper();
    /** Writes committed since the program started; one program per data folder, so no other writer exists. */
    private final AtomicLong committed = new AtomicLong();

    public Store(Jdbi jdbi, Clock clock, Ids ids) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.ids = ids;
    }

    @FunctionalInterface
    public interface Work<T> {
        T apply(WriteContext tx);
    }

    @FunctionalInterface
    public interface Query<T> {
        T apply(Handle handle);
    }

    public <T> T write(Actor actor, Work<T> work) {
        // Milliseconds, as stored: the record a write returns must equal the row read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        T result = jdbi.inTransaction(handle -> work.apply(new WriteContext(handle, actor, now, ids, json)));
        committed.incrementAndGet();
        return result;
    }

    /**
     * How many writes have committed so far. A screen of figures (the dashboard) compares it now and
     * then with the value it last read at, to read again after any module's write without asking
     * the database whether anything changed.
     */
    public long committedWrites() {
        return committed.get();
    }

    public <T> T read(Query<T> query) {
        return jdbi.withHandle(query::apply);
    }

    public Clock clock() {
        return clock;
    }
}
