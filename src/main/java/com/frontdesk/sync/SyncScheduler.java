package com.frontdesk.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync's own thread: the automatic run every {@code intervalMinutes} while the program is
 * open (checked each minute against the clock, so a changed interval applies at once), and the
 * screen's "send now" and full export. A run can wait minutes on a network, so it never takes the
 * database thread the screens use.
 */
public final class SyncScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
    private static final Duration CHECK = Duration.ofMinutes(1);

    private final SyncService sync;
    private final Clock clock;
    private ScheduledExecutorService thread;
    private Instant lastAutomatic;

    public SyncScheduler(SyncService sync, Clock clock) {
        this.sync = sync;
        this.clock = clock;
    }

    /** Starts the automatic runs; the first one comes one interval after the start. */
    public synchronized void start() {
        lastAutomatic = clock.instant();
        thread().scheduleWithFixedDelay(this::tick, CHECK.toSeconds(), CHECK.toSeconds(), TimeUnit.SECONDS);
    }

    /** Runs the automatic export when its interval has passed; public so a test can call it after moving the clock. */
    public void tick() {
        // Whatever happens, the next tick must still come: an exception would end the schedule.
        try {
            if (due()) {
                sync.sendAutomatically().filter(r -> !r.ok())
                        .ifPresent(r -> LOG.warn("Automatic sync did not finish: {} {}", r.reasonKey(), r.detail()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Automatic sync failed", e);
        }
    }

    private synchronized boolean due() {
        int minutes = sync.settings().intervalMinutes();
        Instant now = clock.instant();
        if (minutes == 0 || lastAutomatic != null && now.isBefore(lastAutomatic.plus(Duration.ofMinutes(minutes)))) {
            return false;
        }
        lastAutomatic = now;
        return true;
    }

    /** Runs {@code work} (a "send now", a full export) on the sync thread. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        thread().execute(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private synchronized ScheduledExecutorService thread() {
        if (thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "frontdesk-sync");
                t.setDaemon(true);
                return t;
            });
        }
        return thread;
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }
}
