package dev.intisari.eval.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.clean.RuleLineCleaner;
import dev.intisari.eval.SharedData;
import dev.intisari.model.RawArticle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scrapinghub article-extraction benchmark (181 pages): our F1 over 4-gram shingles next to the
 * published outputs of the other systems scored by the same metric, and a rough cost figure (one thread,
 * one run) against a bare jsoup parse-and-text pass: thread CPU time and bytes allocated per page, each page
 * cleaned and then parsed bare in turn, medians of the rounds.
 */
class ScrapinghubEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double F1_FLOOR = 0.96;
    private static final int TIMED_ROUNDS = 7;
    /** Thread CPU time and allocation: on the shared cores, wall time mostly measures the other builds. */
    private static final com.sun.management.ThreadMXBean CPU =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    @Test
    void extractionQualityAndSpeed() throws IOException {
        Path dir = SharedData.require("scrapinghub-article-extraction-benchmark");
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, String> html = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            html.put(id, gunzip(dir.resolve("html").resolve(id + ".html.gz")));
            expected.put(id, truth.get(id).path("articleBody").asText(""));
            urls.put(id, truth.get(id).path("url").asText(null));
        }
        RuleLineCleaner cleaner = new RuleLineCleaner();
        for (int warm = 0; warm < 3; warm++) {
            for (Map.Entry<String, String> e : html.entrySet()) {
                cleaner.clean(raw(e.getKey(), urls.get(e.getKey()), e.getValue()));
                Jsoup.parse(e.getValue()).text();
            }
        }
        ShingleMetric ours = new ShingleMetric();
        List<String> worst = new ArrayList<>();
        for (Map.Entry<String, String> e : html.entrySet()) {
            String text = cleaner.clean(raw(e.getKey(), urls.get(e.getKey()), e.getValue())).text();
            double[] r = ours.add(expected.get(e.getKey()), text);
            worst.add(String.format("%.3f P=%.2f R=%.2f %s %s", ShingleMetric.f1(r), ShingleMetric.precision(r),
                    ShingleMetric.recall(r), e.getKey().substring(0, 8), urls.get(e.getKey())));
        }
        long thread = Thread.currentThread().getId();
        double[] oursCpu = new double[TIMED_ROUNDS];
        double[] jsoupCpu = new double[TIMED_ROUNDS];
        double[] cpuRatio = new double[TIMED_ROUNDS];
        double[] oursBytes = new double[TIMED_ROUNDS];
        double[] jsoupBytes = new double[TIMED_ROUNDS];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            long ourNanos = 0;
            long jsoupNanos = 0;
            long ourAlloc = 0;
            long jsoupAlloc = 0;
            for (Map.Entry<String, String> e : html.entrySet()) {
                long a0 = CPU.getThreadAllocatedBytes(thread);
                long t0 = CPU.getCurrentThreadCpuTime();
                cleaner.clean(raw(e.getKey(), urls.get(e.getKey()), e.getValue()));
                long t1 = CPU.getCurrentThreadCpuTime();
                long a1 = CPU.getThreadAllocatedBytes(thread);
                Jsoup.parse(e.getValue()).text();
                jsoupNanos += CPU.getCurrentThreadCpuTime() - t1;
                jsoupAlloc += CPU.getThreadAllocatedBytes(thread) - a1;
                ourNanos += t1 - t0;
                ourAlloc += a1 - a0;
            }
            oursCpu[round] = ourNanos / 1e6 / html.size();
            jsoupCpu[round] = jsoupNanos / 1e6 / html.size();
            cpuRatio[round] = (double) ourNanos / jsoupNanos;
            oursBytes[round] = ourAlloc / 1e6 / html.size();
            jsoupBytes[round] = jsoupAlloc / 1e6 / html.size();
        }
        Map<String, ShingleMetric> systems = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir.resolve("output"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode out = JSON.readTree(f.toFile());
                if (out.has("output") && out.get("output").isObject()) {
                    out = out.get("output");
                }
                ShingleMetric m = new ShingleMetric();
                for (String id : expected.keySet()) {
                    m.add(expected.get(id), out.path(id).path("articleBody").asText(""));
                }
                systems.put(f.getFileName().toString().replace(".json", ""), m);
            }
        }
        System.out.println("\nscrapinghub article-extraction benchmark, " + html.size() + " pages, F1 over 4-gram shingles");
        System.out.printf("%-24s %6s %6s %6s%n", "system", "F1", "P", "R");
        System.out.printf("%-24s %6.3f %6.3f %6.3f%n", "intisari", ours.f1(), ours.precision(), ours.recall());
        systems.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().f1(), a.getValue().f1()))
                .forEach(e -> System.out.printf("%-24s %6.3f %6.3f %6.3f%n", e.getKey(), e.getValue().f1(),
                        e.getValue().precision(), e.getValue().recall()));
        System.out.printf(Locale.ROOT, "cost per page, one thread, medians of %d rounds (each page cleaned, then parsed bare): "
                        + "thread CPU intisari %.3f ms, bare jsoup parse+text %.3f ms (ratio %.2f); allocated intisari %.3f MB, "
                        + "bare jsoup %.3f MB%n", TIMED_ROUNDS, median(oursCpu), median(jsoupCpu), median(cpuRatio),
                median(oursBytes), median(jsoupBytes));
        if (Boolean.getBoolean("intisari.eval.verbose")) {
            worst.sort(null);
            worst.stream().limit(40).forEach(System.out::println);
        }
        assertTrue(ours.f1() >= F1_FLOOR, "F1 " + ours.f1() + " below the pinned floor " + F1_FLOOR);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static RawArticle raw(String id, String url, String html) {
        return new RawArticle(id, id, url, null, null, null, null, null, html);
    }

    static String gunzip(Path path) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
