package com.frontdesk.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Seeded random choices for generated data (demo, benchmark): the same seed draws the same records. */
public final class Draw extends Random {
    private static final long serialVersionUID = 1L;

    public Draw(long seed) {
        super(seed);
    }

    public <T> T pick(List<T> list) {
        return list.get(nextInt(list.size()));
    }

    public <T> T pick(T[] array) {
        return array[nextInt(array.length)];
    }

    /** One of the values, each as likely as its weight. */
    public <T> T weighted(T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** A time-ordered id (UUID version 7, as {@link Ids} makes) for the moment, drawn from the seed. */
    public String uuid(Instant at) {
        return new UUID((at.toEpochMilli() << 16) | 0x7000L | nextInt(1 << 12),
                (nextLong() & 0x3FFFFFFFFFFFFFFFL) | Long.MIN_VALUE).toString();
    }

    /** A moment of the day in the zone: the hour as likely as its weight, then any minute, second and millisecond. */
    public Instant timeOn(LocalDate day, ZoneId zone, Integer[] hours, int[] weights) {
        int hour = weighted(hours, weights);
        return day.atTime(hour, 0).atZone(zone).toInstant().plusSeconds(nextInt(3600)).plusMillis(nextInt(1000));
    }
}
