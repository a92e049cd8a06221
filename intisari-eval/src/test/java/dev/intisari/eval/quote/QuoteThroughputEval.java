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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Throughput of the quote stage alone on the IndoSum dev folds (tokens and sentences prepared beforehand),
 * one thread, with the entities of the recogniser (found beforehand, not timed) and without: five warm-up
 * passes, then {@code -Dquote.rounds} (default 7) timed runs over every article, in CPU time of the thread (the
 * machine is shared, so wall time is not used); prints every round, the median and the best, and the load average.
 */
class QuoteThroughputEval {
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
        double median = time(extractor, prepared, entities, "with entities (the product path)", chars, rounds);
        time(extractor, prepared, none, "without entities (the fallback)", chars, rounds);
        assertTrue(median < 1000, "far below the speed budget");
    }

    /** Five warm-up passes, then timed passes; prints them and returns the median in µs of CPU per article. */
    private static double time(PatternQuoteExtractor extractor, List<TokenizedText> prepared, List<List<Entity>> entities,
                               String label, long chars, int rounds) {
        long quotes = 0;
        for (int warm = 0; warm < 5; warm++) {
            for (int i = 0; i < prepared.size(); i++) {
                quotes += extractor.extract("w", prepared.get(i), entities.get(i)).size();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] micros = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            quotes = 0;
            for (int i = 0; i < prepared.size(); i++) {
                quotes += extractor.extract("a", prepared.get(i), entities.get(i)).size();
            }
            micros[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / prepared.size();
        }
        double[] sorted = micros.clone();
        Arrays.sort(sorted);
        double median = sorted[rounds / 2];
        System.out.printf(Locale.ROOT, "%nQuote stage %s: %d IndoSum articles (%.1f MB), %d statements; CPU µs/article "
                        + "per round %s: median %.1f (%.0f articles/s per core), best %.1f (%.0f/s); load average %.1f "
                        + "(target <= 100 µs, >= 10,000/s/core)%n",
                label, prepared.size(), chars / 1e6, quotes, Arrays.toString(Arrays.stream(micros)
                        .map(m -> Math.round(m * 10) / 10.0).toArray()), median, 1e6 / median, sorted[0], 1e6 / sorted[0],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return median;
    }
}
