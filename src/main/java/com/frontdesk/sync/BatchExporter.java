package com.frontdesk.sync;

import java.nio.channels.Channels;
import com.frontdesk.core.Store;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Plans batches from the outbox and writes them to the spool folder. A batch is written whole
 * to a temporary name and moved into place, so a spool file is always complete; the transports
 * then send the same file on every attempt.
 */
public final class BatchExporter {
    private final Store store;
    private final OutboxRepository outbox = new OutboxRepository();
    private final BatchWriter writer = new BatchWriter();

    public BatchExporter(Store store) {
        this.store = store;
    }

    /** The change batch of at most {@code limit} rows after {@code after}; empty when nothing is pending. */
    public Optional<BatchPlan> nextChanges(SiteRef site, long after, int limit, boolean personalFull) {
        return plan(site, BatchKind.CHANGES, 0, after, limit, personalFull);
    }

    /** The next slice of a full export as of {@code snapshot}, after sequence {@code after}. */
    public Optional<BatchPlan> nextFull(SiteRef site, long snapshot, long after, int limit, boolean personalFull) {
        return plan(site, BatchKind.FULL, snapshot, after, limit, personalFull);
    }

    public long lastSeq() {
        return store.read(outbox::lastSeq);
    }

    public long pendingAfter(long after) {
        return store.read(h -> outbox.countAfter(h, after));
    }

    public long currentRecords(long snapshot) {
        return store.read(h -> outbox.countCurrent(h, snapshot));
    }

    private Optional<BatchPlan> plan(SiteRef site, BatchKind kind, long snapshot, long after, int limit,
                                     boolean personalFull) {
        return store.read(h -> outbox.nextRange(h, kind, snapshot, after, limit).map(range -> new BatchPlan(
                site, kind, snapshot, range.first(), range.last(), range.count(),
                outbox.counts(h, kind, snapshot, range), Instant.ofEpochMilli(outbox.changedAt(h, range.last())),
                personalFull)));
    }

    /** Writes the batch to {@code spool/<id>.json}, replacing an earlier copy (same bytes). */
    public BatchFile write(BatchPlan plan, Path spool) {
        try {
            Files.createDirectories(spool);
            Path target = spool.resolve(plan.fileName());
            Path temp = spool.resolve("." + plan.fileName() + ".part");
            BatchWriter.Written written;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                written = writeTo(plan, out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new BatchFile(plan, target, written.sha256(), written.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the batch to {@code out}; the outbox cursor stays open while it writes. */
    BatchWriter.Written writeTo(BatchPlan plan, OutputStream out) throws IOException {
        OutboxRepository.Range range = new OutboxRepository.Range(plan.firstSeq(), plan.lastSeq(), plan.recordCount());
        try {
            return store.read(h -> {
                try {
                    return writer.write(plan, each -> outbox.forEach(h, plan.kind(), plan.snapshotSeq(), range, each), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
