package dev.intisari.core;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test support for "bounded time" on bad input: the work must finish within a bound on its own thread's CPU time,
 * so that a machine loaded by other builds does not fail it, and within ten times that bound in wall-clock time,
 * so that a runaway loop still ends the test.
 */
public final class CpuBound {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuBound() {
    }

    /** The work's result, after checking its CPU time against {@code cpu}. */
    public static <T> T within(Duration cpu, ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(cpu.multipliedBy(10), () -> {
            long start = THREADS.getCurrentThreadCpuTime();
            T result = work.get();
            long used = THREADS.getCurrentThreadCpuTime() - start;
            assertTrue(start < 0 || used <= cpu.toNanos(),
                    () -> String.format("used %.0f ms of CPU time, the bound is %d ms", used / 1e6, cpu.toMillis()));
            return result;
        });
    }

    /** Checks the work's CPU time against {@code cpu}. */
    public static void within(Duration cpu, Executable work) {
        within(cpu, () -> {
            work.execute();
            return null;
        });
    }
}
