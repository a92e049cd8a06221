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
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.net.URL;
import java.net.URLClassLoader;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Rough single-thread throughput of splitting + tokens + entities over IndoSum dev fold 1 articles
 * (detokenised with spaces), in thread CPU time (the machine is shared): two warm-up passes, then
 * timed passes (7 rounds in all, {@code -Dner.speedRounds}), reporting the median and the best round.
 * A figure to watch, not a benchmark.
 * Run: {@code mvn -q -Peval -pl intisari-eval -am test -Dtest=EntitySpeedEval}.
 *
 * <p>{@link #pairedWithBase} compares this build with another one in the same JVM, round by round (for a
 * loaded machine, where separate runs differ more than the change measured): give
 * {@code -Dner.baseBuild=DIR}, a copy of the project whose core and model classes are compiled.
 */
class EntitySpeedEval {

    @Test
    void throughput() throws IOException {
        List<String> texts = articles();
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

    /** IndoSum dev fold 1, each article's words joined by spaces, a line break after each paragraph. */
    private static List<String> articles() throws IOException {
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
        return texts;
    }

    /**
     * This build against {@code -Dner.baseBuild=DIR} (its intisari-core and intisari-model classes, each
     * build in its own class loader), rounds alternating which goes first; prints the medians and the
     * per-round ratio this / base of the entity time, and checks that both give the same entities.
     */
    @Test
    void pairedWithBase() throws Throwable {
        String base = System.getProperty("ner.baseBuild");
        assumeTrue(base != null, "skipped: give -Dner.baseBuild=DIR (a compiled copy of the project) to compare with");
        List<String> texts = articles();
        int rounds = Integer.getInteger("ner.speedRounds", 16);
        Build[] builds = {new Build(Path.of(base)), new Build(null)};
        long[][][] times = new long[2][rounds][];
        String[] outputs = new String[2];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int b = (round + k) % 2;
                long t0 = cpu.getCurrentThreadCpuTime();
                List<Object> prepared = new ArrayList<>();
                for (String text : texts) {
                    prepared.add(builds[b].tokenized(text));
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                List<Object> found = new ArrayList<>();
                for (Object t : prepared) {
                    found.add(builds[b].recognize.invoke(builds[b].recognizer, t));
                }
                long t2 = cpu.getCurrentThreadCpuTime();
                times[b][round] = new long[] {t1 - t0, t2 - t1};
                outputs[b] = round == 0 ? found.toString() : outputs[b];
            }
        }
        int warm = Math.min(3, rounds - 1);
        double[] ratio = new double[rounds - warm];
        for (int r = warm; r < rounds; r++) {
            ratio[r - warm] = (double) times[1][r][1] / times[0][r][1];
        }
        Arrays.sort(ratio);
        for (int b = 0; b < 2; b++) {
            long[] entities = new long[rounds - warm];
            long[] tokens = new long[rounds - warm];
            for (int r = warm; r < rounds; r++) {
                entities[r - warm] = times[b][r][1];
                tokens[r - warm] = times[b][r][0];
            }
            Arrays.sort(entities);
            Arrays.sort(tokens);
            System.out.printf(Locale.ROOT, "%-5s entities %.1f ms median, %.1f best; tokens+sentences %.1f ms median, %.1f best%n",
                    b == 0 ? "base" : "this", entities[entities.length / 2] / 1e6, entities[0] / 1e6,
                    tokens[tokens.length / 2] / 1e6, tokens[0] / 1e6);
        }
        System.out.printf(Locale.ROOT, "entity time this / base, per round: median %.3f (quartiles %.3f-%.3f) over %d rounds%n",
                ratio[ratio.length / 2], ratio[ratio.length / 4], ratio[3 * ratio.length / 4], ratio.length);
        assertEquals(outputs[0], outputs[1], "the two builds found different entities");
    }

    /** One build's tokenizer, splitter and recogniser, reached by reflection (its classes are its own). */
    private static final class Build {
        final Object tokenizer;
        final Object splitter;
        final Object recognizer;
        final MethodHandle tokenize;
        final MethodHandle split;
        final MethodHandle text;
        final MethodHandle recognize;

        /** The build under {@code dir}, or this one (the test's own classes) when null. */
        Build(Path dir) throws Exception {
            ClassLoader loader = dir == null ? EntitySpeedEval.class.getClassLoader() : new URLClassLoader(new URL[] {
                    dir.resolve("intisari-core/target/classes").toUri().toURL(),
                    dir.resolve("intisari-model/target/classes").toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> tokenizerClass = loader.loadClass(RuleTokenizer.class.getName());
            Class<?> splitterClass = loader.loadClass(RuleSentenceSplitter.class.getName());
            Class<?> recognizerClass = loader.loadClass(PerceptronEntityRecognizer.class.getName());
            Class<?> textClass = loader.loadClass(TokenizedText.class.getName());
            tokenizer = tokenizerClass.getConstructor().newInstance();
            splitter = splitterClass.getConstructor().newInstance();
            recognizer = recognizerClass.getConstructor().newInstance();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            tokenize = lookup.unreflect(tokenizerClass.getMethod("tokenize", String.class));
            split = lookup.unreflect(splitterClass.getMethod("split", String.class, List.class, List.class));
            text = lookup.unreflectConstructor(textClass.getConstructor(String.class, List.class, List.class, List.class));
            recognize = lookup.unreflect(recognizerClass.getMethod("recognize", textClass));
        }

        Object tokenized(String s) throws Throwable {
            Object tokens = tokenize.invoke(tokenizer, s);
            Object sentences = split.invoke(splitter, s, tokens, List.of());
            return text.invoke(s, List.of(), sentences, tokens);
        }
    }
}
