package dev.intisari.eval.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.intisari.core.clean.RuleLineCleaner;
import dev.intisari.eval.SharedData;
import dev.intisari.model.RawArticle;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rough single-thread speed of plain-text cleaning over the 750 IndoSum dev fold 1 articles (tokens joined with
 * spaces, one line per paragraph), in thread CPU time because the machine is shared: warm-up rounds, then
 * timed rounds ({@code -Dclean.speedRounds}, 40 in all), reporting the median and the best of the last ten.
 * A figure to watch against the 100 us budget, not a benchmark (that is the JMH {@code clean} bench).
 * Run: {@code mvn -q -Peval -pl intisari-eval -am test -Dtest=CleaningSpeedEval}.
 */
class CleaningSpeedEval {
    private static final int REPORTED = 10;

    @Test
    void plainTextMicrosecondsPerArticle() throws IOException {
        Path dir = SharedData.require("indosum-devfolds");
        List<RawArticle> articles = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("dev.01.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode doc = json.readTree(line);
                StringBuilder text = new StringBuilder();
                for (JsonNode paragraph : doc.get("paragraphs")) {
                    StringBuilder p = new StringBuilder();
                    for (JsonNode sentence : paragraph) {
                        sentence.forEach(w -> p.append(p.length() == 0 ? "" : " ").append(w.asText()));
                    }
                    text.append(text.length() == 0 ? "" : "\n").append(p);
                }
                String id = doc.path("id").asText();
                articles.add(new RawArticle(id, id, null, null, null, null, null, text.toString(), null));
            }
        }
        RuleLineCleaner cleaner = new RuleLineCleaner();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int rounds = Math.max(REPORTED + 1, Integer.getInteger("clean.speedRounds", 40));
        double[] micros = new double[rounds];
        long chars = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (RawArticle a : articles) {
                chars += cleaner.clean(a).text().length();
            }
            micros[round] = (cpu.getCurrentThreadCpuTime() - t0) / 1e3 / articles.size();
        }
        double[] last = Arrays.copyOfRange(micros, rounds - REPORTED, rounds);
        Arrays.sort(last);
        System.out.printf(Locale.ROOT, "%nplain-text cleaning, IndoSum dev fold 1 (%d articles), one thread, thread CPU time,"
                + " last %d of %d rounds: median %.1f us/article, best %.1f us/article (budget 100 us)%n",
                articles.size(), REPORTED, rounds, last[REPORTED / 2], last[0]);
        assertTrue(chars > 0, "no text cleaned");
    }
}
