package dev.intisari.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The end-to-end harness on a tiny corpus: it counts what it ran, and the warm-up size is the one asked. */
class EndToEndBenchTest {
    @TempDir
    Path dir;

    @Test
    void countsTheTimedArticlesAndReportsCompilerAndCollectorTime() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        EndToEndBench.Figures f = new EndToEndBench(new EndToEndBench.Settings(120, 7,
                SyntheticCorpusWriter.Format.jsonl, 1, dir, 30, 3))
                .run(new PrintStream(log, true, StandardCharsets.UTF_8));
        String text = log.toString(StandardCharsets.UTF_8);
        assertEquals(120, f.articles());
        assertTrue(text.contains("warming up on 30 other articles"), text);
        assertTrue(text.contains("generating 120 articles (jsonl) over 3 days"), text);
        assertTrue(f.pipelineCpuSeconds() > 0 && f.compileSeconds() >= 0 && f.gcSeconds() >= 0, f.toString());
        assertTrue(f.stageNanos().containsKey("clustering"), f.stageNanos().toString());
        assertTrue(text.contains("the bench's own clocks during the run"), text);
        if (dev.intisari.core.pipeline.StageClock.countsCpuTime()) {
            // every article passes at least the cleaning, tokens, sentences and entities clocks, two reads each
            assertTrue(f.stageClockCpuSeconds() > 0 && f.phaseMarkCpuSeconds() > 0, f.toString());
            assertTrue(f.untimedPipelineCpuSeconds() < f.pipelineCpuSeconds(), f.toString());
        }
    }

    @Test
    void theDefaultWarmUpIsATenthBetween200And2000() {
        assertEquals(200, EndToEndBench.Settings.defaultWarmUp(500));
        assertEquals(1000, EndToEndBench.Settings.defaultWarmUp(10_000));
        assertEquals(2000, EndToEndBench.Settings.defaultWarmUp(1_000_000));
    }
}
