package dev.intisari.eval.quote;

import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.quote.PatternQuoteExtractor;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.eval.SharedData;
import dev.intisari.model.Entity;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;
import org.junit.jupiter.api.Test;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Throughput of the quote stage alone on the IndoSum dev folds (tokens and sentences prepared beforehand),
 * one thread, with the entities of the recogniser (found beforehand, not timed) and without. The steady state is
 * measured: both paths are warmed up alternately until the JIT compiler is done (five passes were not enough: the
 * path timed first was measured while still being compiled, 1.5x its steady cost), then {@code -Dquote.rounds}
 * (default 7) timed runs of each path alternate, in CPU time of the thread (the machine is shared, so wall time is
 * not used); prints every round, the median, the best, the first (cold) pass and the load average.
 */
class QuoteThroughputEval {
    /** Warm-up passes over all articles, at least and at most (the JIT compiler needs 20-50 on a loaded machine). */
    private static final int MIN_WARM_UP = 10;
    private static final int MAX_WARM_UP = 80;

    @Test
    void quoteStageThroughput() throws Exception {
        var texts = DevTexts.indosum(SharedData.require("indosum-devfolds"), null);
        RuleTokenizer tokenizer = new RuleTokenizer();
        RuleSentenceSplitter splitter = new RuleSentenceSplitter();
        List<TokenizedText> prepared = new ArrayList<>();
        long chars = 0;
        for (String text : texts.values()) {
            List<Token> tokens = tokenizer.tokenize(text);
            prepared.add(new TokenizedText(text, List.of(), splitter.split(text, tokens, List.of()), tokens));
            chars += text.length();
        }
        PerceptronEntityRecognizer recognizer = new PerceptronEntityRecognizer();
        List<List<Entity>> entities = new ArrayList<>();
        List<List<Entity>> none = new ArrayList<>();
        for (TokenizedText t : prepared) {
            entities.add(recognizer.recognize(t));
            none.add(List.of());
        }
        PatternQuoteExtractor extractor = new PatternQuoteExtractor();
        int rounds = Integer.getInteger("quote.rounds", 7);
        List<List<List<Entity>>> paths = List.of(entities, none);
        String[] labels = {"with entities (the product path)", "without entities (the fallback)"};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        // warm-up: both paths alternately until the JIT compiler is done (two passes in a row adding under 10 ms of
        // compilation), at least MIN_WARM_UP and at most MAX_WARM_UP passes; the first pass of each path is the cold figure
        double[] cold = new double[2];
        int passes = 0;
        int quiet = 0;
        long compiled = jitTimed ? jit.getTotalCompilationTime() : 0;
        while (passes < MAX_WARM_UP && (passes < MIN_WARM_UP || jitTimed && quiet < 2)) {
            int path = passes % 2;
            double micros = pass(extractor, prepared, paths.get(path), threads, "w");
            if (passes < 2) {
                cold[path] = micros;
            }
            long now = jitTimed ? jit.getTotalCompilationTime() : 0;
            quiet = now - compiled < 10 ? quiet + 1 : 0;
            compiled = now;
            passes++;
        }
        // timed: the two paths alternate (ABBA), so that both see the same machine
        double[][] micros = new double[2][rounds];
        long[] quotes = new long[2];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int path = r % 2 == 0 ? k : 1 - k;
                long cpuStart = threads.getCurrentThreadCpuTime();
                quotes[path] = 0;
                for (int i = 0; i < prepared.size(); i++) {
                    quotes[path] += extractor.extract("a", prepared.get(i), paths.get(path).get(i)).size();
                }
                micros[path][r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / prepared.size();
            }
        }
        System.out.printf(Locale.ROOT, "%nQuote stage: %d IndoSum articles (%.1f MB); %d warm-up passes (both paths "
                + "alternately, until the JIT compiler is done%s); load average %.1f%n", prepared.size(), chars / 1e6, passes,
                jitTimed ? "" : ": not measurable here, minimum passes only",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double median = 0;
        for (int path = 0; path < 2; path++) {
            double[] sorted = micros[path].clone();
            Arrays.sort(sorted);
            double m = sorted[rounds / 2];
            median = path == 0 ? m : median;
            System.out.printf(Locale.ROOT, "  %s: %d statements; CPU µs/article per round %s: median %.1f (%.0f articles/s "
                            + "per core), best %.1f (%.0f/s); first (cold) pass %.1f (target <= 100 µs, >= 10,000/s/core)%n",
                    labels[path], quotes[path], Arrays.toString(Arrays.stream(micros[path])
                            .map(x -> Math.round(x * 10) / 10.0).toArray()), m, 1e6 / m, sorted[0], 1e6 / sorted[0], cold[path]);
        }
        assertTrue(median < 1000, "far below the speed budget");
    }

    /** One pass over every article; µs of CPU per article. */
    private static double pass(PatternQuoteExtractor extractor, List<TokenizedText> prepared, List<List<Entity>> entities,
                               ThreadMXBean threads, String id) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < prepared.size(); i++) {
            extractor.extract(id, prepared.get(i), entities.get(i));
        }
        return (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / prepared.size();
    }
}
