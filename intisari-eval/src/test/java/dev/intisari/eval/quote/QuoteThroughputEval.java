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
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Throughput of the quote stage alone on the IndoSum dev folds (tokens and sentences prepared beforehand),
 * one thread, with the entities of the recogniser (found beforehand, not timed) and without: three warm-up
 * passes, then one timed run over every article, in CPU time of the thread (the machine is shared, so wall time
 * is also printed but not used); two rounds, the slower figure asserted.
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
        double perSecond = Double.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            perSecond = Math.min(perSecond, time(extractor, prepared, entities, "with entities (the product path)", chars));
            perSecond = Math.min(perSecond, time(extractor, prepared, none, "without entities (the fallback)", chars));
        }
        assertTrue(perSecond > 1000, "far below the speed budget");
    }

    /** Three warm-up passes, then one timed pass; prints and returns articles per CPU second. */
    private static double time(PatternQuoteExtractor extractor, List<TokenizedText> prepared, List<List<Entity>> entities,
                               String label, long chars) {
        long quotes = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 0; i < prepared.size(); i++) {
                quotes += extractor.extract("w", prepared.get(i), entities.get(i)).size();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        quotes = 0;
        for (int i = 0; i < prepared.size(); i++) {
            quotes += extractor.extract("a", prepared.get(i), entities.get(i)).size();
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = prepared.size() / cpuSeconds;
        System.out.printf(Locale.ROOT, "%nQuote stage %s: %d IndoSum articles (%.1f MB), %d statements, %.3f s wall, "
                        + "%.3f s CPU: %.0f articles/s per core (%.1f us/article; target >= 10,000/s/core)%n",
                label, prepared.size(), chars / 1e6, quotes, seconds, cpuSeconds, perSecond, 1e6 / perSecond);
        return perSecond;
    }
}
