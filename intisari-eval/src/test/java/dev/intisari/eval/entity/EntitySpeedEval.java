package dev.intisari.eval.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
import dev.intisari.model.Entity;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.Token;
import dev.intisari.model.TokenizedText;
import dev.intisari.eval.SharedData;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rough single-thread throughput of splitting + tokens + entities over IndoSum dev fold 1 articles
 * (detokenised with spaces), in thread CPU time (the machine is shared): two warm-up passes, then
 * timed passes (7 rounds in all, {@code -Dner.speedRounds}), reporting the median and the best round.
 * A figure to watch, not a benchmark.
 * Run: {@code mvn -q -Peval -pl intisari-eval -am test -Dtest=EntitySpeedEval}.
 */
class EntitySpeedEval {

    @Test
    void throughput() throws IOException {
        Path dir = SharedData.require("indosum-devfolds");
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("dev.01.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                StringBuilder text = new StringBuilder();
                for (JsonNode paragraph : json.readTree(line).get("paragraphs")) {
                    for (JsonNode sentence : paragraph) {
                        sentence.forEach(w -> text.append(w.asText()).append(' '));
                    }
                    text.append('\n');
                }
                texts.add(text.toString());
            }
        }
        RuleTokenizer tokenizer = new RuleTokenizer();
        RuleSentenceSplitter splitter = new RuleSentenceSplitter();
        PerceptronEntityRecognizer recognizer = new PerceptronEntityRecognizer();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int rounds = Integer.getInteger("ner.speedRounds", 7);
        long[][] results = new long[rounds][];
        int digest = 0;
        for (int round = 0; round < rounds; round++) {
            long sentences = 0;
            long entities = 0;
            long tokensOnly = 0;
            long t0 = cpu.getCurrentThreadCpuTime();
            List<TokenizedText> prepared = new ArrayList<>();
            for (String text : texts) {
                List<Token> tokens = tokenizer.tokenize(text);
                List<Sentence> split = splitter.split(text, tokens, List.<Span>of());
                prepared.add(new TokenizedText(text, List.of(), split, tokens));
                sentences += split.size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            List<List<Entity>> found = new ArrayList<>(prepared.size());
            for (TokenizedText t : prepared) {
                List<Entity> e = recognizer.recognize(t);
                found.add(e);
                entities += e.size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            if (round == 0) {
                StringBuilder all = new StringBuilder();
                for (List<Entity> article : found) {
                    for (Entity e : article) {
                        all.append(e.id()).append('|').append(e.name()).append('|').append(e.type().name())
                                .append(e.mentions()).append('\n');
                    }
                    all.append('\n');
                }
                digest = all.toString().hashCode();
            }
            results[round] = new long[] {sentences, entities, t1 - t0, t2 - t1};
        }
        // the first two rounds warm up; of the rest, the median and the best (least disturbed) round
        long[][] timed = Arrays.copyOfRange(results, 2, rounds);
        Arrays.sort(timed, Comparator.comparingLong(r -> r[2] + r[3]));
        long[] median = timed[timed.length / 2];
        long[] best = timed[0];
        for (String[] row : new String[][] {{"median", null}, {"best", null}}) {
            long[] r = row[0].equals("median") ? median : best;
            System.out.printf(Locale.ROOT, "entity speed (%s of %d timed rounds): %d articles, %d sentences, %d entities;"
                    + " tokens+sentences %.0f sent/s, entities %.0f sent/s (%.0f us/article),"
                    + " combined %.0f sent/s per core (target >= 30,000)%n",
                    row[0], timed.length, texts.size(), r[0], r[1], r[0] / (r[2] / 1e9), r[0] / (r[3] / 1e9),
                    r[3] / 1e3 / texts.size(), r[0] / ((r[2] + r[3]) / 1e9));
        }
        // a fingerprint of the whole output (names, types, spans): a speed change must leave it unchanged
        System.out.printf(Locale.ROOT, "entity output fingerprint: %08x%n", digest);
        assertTrue(median[0] / ((median[2] + median[3]) / 1e9) > 5_000);
    }
}
