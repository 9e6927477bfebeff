package com.frontdesk.sync;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * How long to wait before trying a batch again: doubling from {@code base} up to {@code cap},
 * with jitter (a random half to whole of that), so many sites coming back after an outage do not
 * all knock at once.
 */
public record Backoff(Duration base, Duration cap, int maxAttempts, RandomGenerator random) {
    // SplittableRandom lives in java.base; RandomGenerator.getDefault() needs jdk.random, which the
    // packaged runtime leaves out.
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), 6, new SplittableRandom());
    }

    /** The wait after the {@code attempt}-th failed attempt (1 = the first). */
    public Duration delay(int attempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
