package dev.intisari.app.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} events per client per fixed one-minute window. Old windows are dropped as new ones
 * start, so memory stays bounded by the clients of the current minute.
 */
final class RateLimiter {
    private static final long WINDOW_MILLIS = 60_000;

    private final int limit;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, int[]> counts = new ConcurrentHashMap<>();
    private volatile long window;

    RateLimiter(int limit, LongSupplier clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts one event for {@code client}; false when it is over the limit. */
    boolean allow(String client) {
        long now = clock.getAsLong() / WINDOW_MILLIS;
        if (now != window) {
            synchronized (this) {
                if (now != window) {
                    counts.clear();
                    window = now;
                }
            }
        }
        int[] n = counts.computeIfAbsent(client, k -> new int[1]);
        synchronized (n) {
            if (n[0] >= limit) {
                return false;
            }
            n[0]++;
            return true;
        }
    }
}
