package com.frontdesk.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntSupplier;

/** Decides when an unattended desk PC locks itself; the window feeds it keyboard and mouse activity. */
public final class IdleTimer {
    private final Clock clock;
    private final IntSupplier idleMinutes;
    private Instant lastActivity;

    public IdleTimer(Clock clock, IntSupplier idleMinutes) {
        this.clock = clock;
        this.idleMinutes = idleMinutes;
        this.lastActivity = clock.instant();
    }

    public void touch() {
        lastActivity = clock.instant();
    }

    public boolean expired() {
        return !clock.instant().isBefore(lastActivity.plus(Duration.ofMinutes(idleMinutes.getAsInt())));
    }
}
