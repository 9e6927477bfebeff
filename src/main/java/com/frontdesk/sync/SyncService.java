package com.frontdesk.sync;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.SiteService;
import com.frontdesk.core.Actor;
import com.frontdesk.core.Store;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.settings.SettingsService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Head-office sync: sends the outbox's changes after the last acknowledged one as batches to the
 * configured folder or URL, one batch at a time in sequence order, and stops at the first batch
 * that does not arrive (it is sent again, the same bytes under the same id, at the next run), so
 * nothing is lost and nothing is skipped. Also the full export for a new head office. One run at a
 * time in this program; a run of the command line at the same moment sends the same batches under
 * the same ids, which head office recognises.
 */
public final class SyncService {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

    private final Store store;
    private final AccessControl access;
    private final SettingsService settings;
    private final SiteService sites;
    private final TokenVault tokens;
    private final Path spool;
    private final Transports transports;
    private final BatchExporter exporter;
    private final SyncRepository repository = new SyncRepository();
    private final OutboxRepository outbox = new OutboxRepository();
    private final ReentrantLock running = new ReentrantLock();
    /** Set when head office refused a batch for good; automatic runs wait until the target is changed. */
    private volatile boolean stopped;

    public SyncService(Store store, AccessControl access, SettingsService settings, SiteService sites,
                       TokenVault tokens, Path spool, Transports transports) {
        this.store = store;
        this.access = access;
        this.settings = settings;
        this.sites = sites;
        this.tokens = tokens;
        this.spool = spool;
        this.transports = transports;
        this.exporter = new BatchExporter(store);
    }

    public SyncSettings settings() {
        return settings.current(SyncSettings.DOCUMENT);
    }

    /** Administrators only; audited field by field (also the full-export switch) like every setting. */
    public SyncSettings updateSettings(Session session, SyncSettings changed) {
        access.require(session, Permission.MANAGE_SYNC);
        SyncSettings saved = settings.update(session, SyncSettings.DOCUMENT, changed);
        stopped = false;
        return saved;
    }

    /** Administrators only; stored encrypted, audited without its value. */
    public void setToken(Session session, String token) {
        access.require(session, Permission.MANAGE_SYNC);
        tokens.put(session.actor(), token);
        stopped = false;
    }

    public boolean hasToken() {
        return tokens.present();
    }

    public SyncStatus status() {
        return store.read(h -> {
            long acked = repository.lastAcknowledgedChange(h);
            Optional<SyncRun> last = repository.lastRun(h).filter(r -> !r.ok());
            return new SyncStatus(settings().targetOf(), repository.lastSuccess(h),
                    outbox.countAfter(h, acked), acked, last, stopped);
        });
    }

    public List<SentBatch> history(SentBatch after, int limit) {
        return store.read(h -> repository.history(h, after == null ? null : after.lastTriedAt(),
                after == null ? null : after.id(), limit));
    }

    public List<SyncRun> failures(SyncRun after, int limit) {
        return store.read(h -> repository.failures(h, after == null ? null : after.startedAt(),
                after == null ? null : after.id(), limit));
    }

    /** "Send now" from the Sync screen. */
    public SyncRun sendNow(Session session, SyncProgress progress) {
        access.require(session, Permission.SYNC_HEAD_OFFICE);
        stopped = false;
        return run(SyncRun.Trigger.MANUAL, settings().targetOf(), progress, false);
    }

    /** Every current record, as batches, for a new head office. Administrators only. */
    public SyncRun fullExport(Session session, SyncProgress progress) {
        access.require(session, Permission.MANAGE_SYNC);
        return run(SyncRun.Trigger.FULL, settings().targetOf(), progress, true);
    }

    /** The scheduler's run: skipped while another runs, while no target is set, or after head office refused. */
    public Optional<SyncRun> sendAutomatically() {
        SyncTarget target = settings().targetOf();
        if (stopped || target.kind() == SyncTarget.Kind.NONE || sites.site().isEmpty() || running.isLocked()) {
            return Optional.empty();
        }
        return Optional.of(run(SyncRun.Trigger.AUTO, target, SyncProgress.NONE, false));
    }

    /** The command line's run, to the configured target or the one it names. */
    public SyncRun sendFromCommandLine(Optional<SyncTarget> to, boolean full, SyncProgress progress) {
        return run(full ? SyncRun.Trigger.FULL : SyncRun.Trigger.COMMAND, to.orElseGet(() -> settings().targetOf()),
                progress, full);
    }

    private SyncRun run(SyncRun.Trigger trigger, SyncTarget target, SyncProgress progress, boolean full) {
        SiteRef site = sites.site().map(s -> new SiteRef(s.id(), s.code(), s.name()))
                .orElseThrow(() -> new UserFacingException("sync.error.noSite"));
        if (!running.tryLock()) {
            throw new UserFacingException("sync.error.busy");
        }
        try {
            Transport transport = transports.open(target, target.kind() == SyncTarget.Kind.HTTPS
                    ? tokens.get().orElse(null) : null);
            return send(site, trigger, transport, progress, full);
        } finally {
            running.unlock();
        }
    }

    private SyncRun send(SiteRef site, SyncRun.Trigger trigger, Transport transport, SyncProgress progress, boolean full) {
        Instant started = store.clock().instant();
        SyncSettings s = settings();
        long snapshot = full ? exporter.lastSeq() : 0;
        long after = full ? 0 : store.read(repository::lastAcknowledgedChange);
        long total = full ? exporter.currentRecords(snapshot) : exporter.pendingAfter(after);
        long done = 0;
        int batches = 0;
        progress.progress(0, total);
        while (true) {
            Optional<BatchPlan> next = full ? exporter.nextFull(site, snapshot, after, s.batchSize(), s.fullPersonalData())
                    : exporter.nextChanges(site, after, s.batchSize(), s.fullPersonalData());
            if (next.isEmpty()) {
                return finish(started, trigger, transport, batches, done, SyncRun.Outcome.OK, null, null);
            }
            BatchFile batch = exporter.write(next.get(), spool);
            store.write(Actor.SYSTEM, tx -> {
                repository.attempt(tx.handle(), batch, transport.target(), tx.now());
                return null;
            });
            try {
                deliver(transport, batch, progress);
            } catch (DeliveryException e) {
                LOG.warn("Batch {} to {} not delivered: {} {}", batch.id(), transport.target(), e.reasonKey(), e.detail());
                store.write(Actor.SYSTEM, tx -> {
                    repository.fail(tx.handle(), batch.id(), e.detail());
                    return null;
                });
                stopped = stopped || e.permanent();
                return finish(started, trigger, transport, batches, done,
                        e.permanent() ? SyncRun.Outcome.STOPPED : SyncRun.Outcome.RETRY_LATER, e.reasonKey(), e.detail());
            }
            store.write(Actor.SYSTEM, tx -> {
                repository.acknowledge(tx.handle(), batch.id(), tx.now());
                return null;
            });
            deleteQuietly(batch.path());
            batches++;
            done += batch.plan().recordCount();
            after = batch.plan().lastSeq();
            progress.progress(done, total);
        }
    }

    private static void deliver(Transport transport, BatchFile batch, SyncProgress progress) throws DeliveryException {
        if (transport instanceof HttpsTransport https) {
            https.deliver(batch, (attempt, wait, reason) -> progress.retrying(batch.id(), attempt, wait, reason));
        } else {
            transport.deliver(batch);
        }
    }

    private SyncRun finish(Instant started, SyncRun.Trigger trigger, Transport transport, int batches, long records,
                           SyncRun.Outcome outcome, String reasonKey, String detail) {
        return store.write(Actor.SYSTEM, tx -> {
            SyncRun run = new SyncRun(tx.newId(), started, tx.now(), trigger, transport.target(), batches, records,
                    outcome, reasonKey, detail);
            repository.insertRun(tx.handle(), run);
            return run;
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not remove the sent batch {}", file, e);
        }
    }
}
