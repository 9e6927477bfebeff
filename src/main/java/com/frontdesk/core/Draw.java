package com.frontdesk.core;

import java.util.List;
import java.util.Random;

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
}
