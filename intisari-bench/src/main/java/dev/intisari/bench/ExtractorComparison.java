package dev.intisari.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.intisari.core.clean.RuleLineCleaner;
import dev.intisari.eval.clean.ShingleMetric;
import dev.intisari.model.RawArticle;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

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
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Intisari's HTML extraction next to boilerpipe's ArticleExtractor, Readability4J and a bare jsoup
 * parse-and-text pass, on the scrapinghub benchmark pages, in one run: F1 over 4-gram shingles as the
 * benchmark defines it, and pages per second on one thread: six warm-up rounds, then nine timed rounds, each
 * round one pass over the pages by every system in turn; the median rate of each system and the median of the
 * per-round ratios to the bare jsoup pass.
 *
 * <pre>java -cp intisari-bench/target/benchmarks.jar dev.intisari.bench.ExtractorComparison [DATA_DIR]</pre>
 */
public final class ExtractorComparison {
    private record Page(String id, String url, String html, String truth) {
    }

    private record Row(String system, double f1, double precision, double recall, double pagesPerSecond) {
    }

    private ExtractorComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/scrapinghub-article-extraction-benchmark");
        if (!Files.isDirectory(dir)) {
            System.err.println("no benchmark data at " + dir + " (it lives in ../shared/data); nothing measured");
            return;
        }
        List<Page> pages = load(dir);
        RuleLineCleaner cleaner = new RuleLineCleaner();
        Map<String, Function<Page, String>> systems = new LinkedHashMap<>();
        systems.put("jsoup parse + text (floor)", p -> Jsoup.parse(p.html()).text());
        systems.put("intisari", p -> cleaner.clean(
                new RawArticle(p.id(), p.id(), p.url(), null, null, null, null, null, p.html())).text());
        systems.put("boilerpipe ArticleExtractor", p -> {
            try {
                return ArticleExtractor.INSTANCE.getText(p.html());
            } catch (BoilerpipeProcessingException | RuntimeException e) {
                return "";
            }
        });
        systems.put("Readability4J", p -> {
            try {
                String text = new Readability4J(p.url() == null ? "https://example.org/" : p.url(), p.html())
                        .parse().getTextContent();
                return text == null ? "" : text;
            } catch (RuntimeException e) {
                return "";
            }
        });
        List<String> names = new ArrayList<>(systems.keySet());
        List<Function<Page, String>> runs = new ArrayList<>(systems.values());
        double[][] rates = interleavedRates(runs, pages);
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            ShingleMetric metric = new ShingleMetric();
            for (Page p : pages) {
                metric.add(p.truth(), runs.get(s).apply(p));
            }
            rows.add(new Row(names.get(s), metric.f1(), metric.precision(), metric.recall(), median(rates[s])));
        }
        System.out.printf(Locale.ROOT, "%nscrapinghub benchmark, %d pages, one thread, median of %d interleaved rounds%n",
                pages.size(), ROUNDS);
        System.out.printf(Locale.ROOT, "%-30s %6s %6s %6s %10s %12s %16s%n", "system", "F1", "P", "R", "pages/s",
                "vs jsoup", "round ratios");
        for (int s = 0; s < rows.size(); s++) {
            Row r = rows.get(s);
            double[] ratios = roundRatios(rates[0], rates[s]);
            System.out.printf(Locale.ROOT, "%-30s %6.3f %6.3f %6.3f %10.1f %11.2fx %7.2f-%.2fx%n", r.system(), r.f1(),
                    r.precision(), r.recall(), r.pagesPerSecond(), median(ratios), ratios[0],
                    ratios[ratios.length - 1]);
        }
    }

    private static final int WARM_UP_ROUNDS = 6;
    private static final int ROUNDS = 9;

    /**
     * Pages per second of every system in every timed round. Rounds interleave the systems (each round times one
     * pass of each, in turn), so a system measured first in a fresh JVM is not timed while the others' code is
     * still cold, and slow phases of a shared machine fall on every system alike; "vs jsoup" is the median of
     * the per-round ratios to the floor.
     */
    private static double[][] interleavedRates(List<Function<Page, String>> systems, List<Page> pages) {
        long sink = 0;
        for (int warm = 0; warm < WARM_UP_ROUNDS; warm++) {
            for (Function<Page, String> system : systems) {
                sink += pass(system, pages);
            }
        }
        double[][] rates = new double[systems.size()][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int s = 0; s < systems.size(); s++) {
                long start = System.nanoTime();
                sink += pass(systems.get(s), pages);
                rates[s][round] = pages.size() / ((System.nanoTime() - start) / 1e9);
            }
            System.err.printf(Locale.ROOT, "round %d of %d%n", round + 1, ROUNDS);
        }
        System.err.println("characters extracted (keeps the passes live): " + sink);
        return rates;
    }

    private static long pass(Function<Page, String> system, List<Page> pages) {
        long characters = 0;
        for (Page p : pages) {
            characters += system.apply(p).length();
        }
        return characters;
    }

    /** Per-round time ratios of a system to the floor (floor rate / system rate), sorted. */
    private static double[] roundRatios(double[] floor, double[] system) {
        double[] ratios = new double[floor.length];
        for (int i = 0; i < floor.length; i++) {
            ratios[i] = floor[i] / system[i];
        }
        java.util.Arrays.sort(ratios);
        return ratios;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<Page> load(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + id + ".html.gz")))) {
                pages.add(new Page(id, truth.get(id).path("url").asText(null),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        truth.get(id).path("articleBody").asText("")));
            }
        }
        return pages;
    }
}
