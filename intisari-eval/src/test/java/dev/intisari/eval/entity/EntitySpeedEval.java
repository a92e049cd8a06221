package dev.intisari.eval.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.entity.PerceptronEntityRecognizer;
import dev.intisari.core.text.RuleSentenceSplitter;
import dev.intisari.core.text.RuleTokenizer;
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
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rough single-thread throughput of splitting + tokens + entities over IndoSum dev fold 1 articles
 * (detokenised with spaces), after two warm-up passes, in thread CPU time (the machine is shared).
 * One run; a figure to watch, not a benchmark.
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
        long[] result = new long[4];
        for (int round = 0; round < 3; round++) {
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
            for (TokenizedText t : prepared) {
                entities += recognizer.recognize(t).size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            result = new long[] {sentences, entities, t1 - t0, t2 - t1};
        }
        double split = result[0] / (result[2] / 1e9);
        double ner = result[0] / (result[3] / 1e9);
        double combined = result[0] / ((result[2] + result[3]) / 1e9);
        System.out.printf(Locale.ROOT, "entity speed: %d articles, %d sentences, %d entities; tokens+sentences %.0f sent/s,"
                + " entities %.0f sent/s (%.0f us/article), combined %.0f sent/s per core (target >= 30,000)%n",
                texts.size(), result[0], result[1], split, ner, result[3] / 1e3 / texts.size(), combined);
        assertTrue(combined > 5_000);
    }
}
