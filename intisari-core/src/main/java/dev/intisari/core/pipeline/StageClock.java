package dev.intisari.core.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent in each stage, summed over threads: what {@link Pipeline#timed} records so a benchmark can
 * report every stage against its budget. It counts the CPU time of the thread running the stage (wall time
 * where the JVM cannot measure thread CPU time), so on a machine shared with other work a stage is not
 * charged for the time it waited for a core. Thread-safe.
 */
public final class StageClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    /** Where {@link #readCostNanos} leaves its reads' sum, so the compiler cannot drop them. */
    private static volatile long lastSum;

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();
    /** Reads of a thread's CPU clock made by this clock since its reset (the bench's own cost; see {@link #reads}). */
    private final LongAdder reads = new LongAdder();

    <T> T time(String stage, Supplier<T> work) {
        long start = now();
        try {
            return work.get();
        } finally {
            long spent = now() - start;
            reads.add(2);
            order.putIfAbsent(stage, order.size());
            nanos.computeIfAbsent(stage, k -> new LongAdder()).add(spent);
            calls.computeIfAbsent(stage, k -> new LongAdder()).increment();
        }
    }

    /**
     * {@link #time} for a stage that spreads its work over a pool while no other stage runs (the corpus folds):
     * the CPU time of every Java thread during it, so the work done on the pool is charged to the stage too.
     */
    <T> T timeAllThreads(String stage, Supplier<T> work) {
        if (!CPU) {
            return time(stage, work);
        }
        long start = allThreadsCpu();
        try {
            return work.get();
        } finally {
            long spent = allThreadsCpu() - start;
            order.putIfAbsent(stage, order.size());
            nanos.computeIfAbsent(stage, k -> new LongAdder()).add(Math.max(0, spent));
            calls.computeIfAbsent(stage, k -> new LongAdder()).increment();
        }
    }

    /** CPU time of the live Java threads; a thread that ends in between takes its time with it. */
    private long allThreadsCpu() {
        long sum = 0;
        long[] ids = THREADS.getAllThreadIds();
        for (long id : ids) {
            sum += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        reads.add(ids.length);
        return sum;
    }

    /**
     * Reads of a thread's CPU clock this clock has made since its reset: two per timed call, one per live
     * thread at each end of a {@link #timeAllThreads} stage (0 where it counts wall time). Each is a system call
     * that an untimed pipeline does not make, so a benchmark can say what timing its stages cost it.
     */
    public long reads() {
        return CPU ? reads.sum() : 0;
    }

    /**
     * What one read of this thread's CPU clock costs the reading thread, in nanoseconds of its CPU time: the
     * median of five rounds of {@code rounds} reads (0 where the clock counts wall time).
     */
    public static double readCostNanos(int rounds) {
        if (!CPU) {
            return 0;
        }
        double[] cost = new double[5];
        long sink = 0;
        for (int r = 0; r < cost.length; r++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < rounds; i++) {
                sink += THREADS.getCurrentThreadCpuTime();
            }
            cost[r] = (double) (THREADS.getCurrentThreadCpuTime() - start) / (rounds + 1);
        }
        java.util.Arrays.sort(cost);
        lastSum = sink;
        return cost[2];
    }

    /** Whether the clock counts thread CPU time (else wall time). */
    public static boolean countsCpuTime() {
        return CPU;
    }

    private static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Total nanoseconds per stage, in the order the stages first ran (0 for one not run since a reset). */
    public Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> {
                    LongAdder n = nanos.get(e.getKey());
                    out.put(e.getKey(), n == null ? 0L : n.sum());
                });
        return out;
    }

    public long calls(String stage) {
        LongAdder n = calls.get(stage);
        return n == null ? 0 : n.sum();
    }

    public void reset() {
        nanos.clear();
        calls.clear();
        reads.reset();
    }
}
