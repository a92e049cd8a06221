package dev.intisari.core.pipeline;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageClockTest {
    @Test
    void countsTwoClockReadsPerTimedCallUntilReset() {
        Assumptions.assumeTrue(StageClock.countsCpuTime(), "this JVM does not measure thread CPU time");
        StageClock clock = new StageClock();
        for (int i = 0; i < 3; i++) {
            assertEquals(i, clock.time("clean", () -> clock.calls("clean")));
        }
        assertEquals(6, clock.reads());
        assertEquals(3, clock.calls("clean"));
        clock.timeAllThreads("dedupe", () -> 0);
        assertTrue(clock.reads() >= 8, "a stage over all threads reads each live thread's clock at both ends");
        clock.reset();
        assertEquals(0, clock.reads());
    }

    @Test
    void aClockReadCostsSomeCpu() {
        Assumptions.assumeTrue(StageClock.countsCpuTime(), "this JVM does not measure thread CPU time");
        double cost = StageClock.readCostNanos(10_000);
        assertTrue(cost > 0 && cost < 1_000_000, "ns per read: " + cost);
    }
}
