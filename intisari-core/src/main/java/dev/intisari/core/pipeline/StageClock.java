package dev.intisari.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent in each stage, summed over threads: what {@link Pipeline#timed} records so a benchmark can
 * report every stage against its budget. Thread-safe.
 */
public final class StageClock {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long spent = System.nanoTime() - start;
            order.putIfAbsent(stage, order.size());
            nanos.computeIfAbsent(stage, k -> new LongAdder()).add(spent);
            calls.computeIfAbsent(stage, k -> new LongAdder()).increment();
        }
    }

    /** Total nanoseconds per stage, in the order the stages first ran. */
    public Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum()));
        return out;
    }

    public long calls(String stage) {
        LongAdder n = calls.get(stage);
        return n == null ? 0 : n.sum();
    }

    public void reset() {
        nanos.clear();
        calls.clear();
    }
}
