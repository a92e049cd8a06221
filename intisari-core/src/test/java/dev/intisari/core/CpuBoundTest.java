package dev.intisari.core;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The CPU-time bound passes quick work with its result and fails work that spins past it (by CPU or, on a loaded machine, by the wall-clock bound). */
class CpuBoundTest {
    @Test
    void quickWorkPassesWithItsResult() {
        assertEquals(42, CpuBound.within(Duration.ofSeconds(1), () -> 42));
    }

    @Test
    void workThatSpinsPastTheBoundFails() {
        assertThrows(AssertionFailedError.class, () -> CpuBound.within(Duration.ofMillis(20), () -> {
            // spin on this thread's own CPU time, so that a loaded machine cannot make it look quick
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long end = threads.getCurrentThreadCpuTime() + 150_000_000L;
            long x = 0;
            while (threads.getCurrentThreadCpuTime() < end) {
                x += end % 7;
            }
            return x;
        }));
    }
}
