package com.frontdesk.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7) so that head office can merge the records of many
 * sites and still sort them by creation time.
 */
public final class Ids {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private long sequence;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public synchronized String next() {
        long millis = clock.millis();
        if (millis <= lastMillis) {
            // Same (or a frozen test) millisecond: count on so ids keep their order.
            millis = lastMillis;
            sequence++;
        } else {
            lastMillis = millis;
            sequence = random.nextInt(1 << 10);
        }
        long rand12 = sequence & 0xFFF;
        if (sequence > 0xFFF) {
            lastMillis++;
            millis = lastMillis;
            sequence = 0;
            rand12 = 0;
        }
        long msb = (millis << 16) | (0x7L << 12) | rand12;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
