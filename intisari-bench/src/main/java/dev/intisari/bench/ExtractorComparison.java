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
 * benchmark defines it, and pages per second on one thread (median of five timed passes after two warm-up
 * passes).
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
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Function<Page, String>> s : systems.entrySet()) {
            rows.add(measure(s.getKey(), s.getValue(), pages));
        }
        double floor = rows.get(0).pagesPerSecond();
        System.out.printf(Locale.ROOT, "%nscrapinghub benchmark, %d pages, one thread%n", pages.size());
        System.out.printf(Locale.ROOT, "%-30s %6s %6s %6s %10s %12s%n", "system", "F1", "P", "R", "pages/s",
                "vs jsoup");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "%-30s %6.3f %6.3f %6.3f %10.1f %11.2fx%n", r.system(), r.f1(),
                    r.precision(), r.recall(), r.pagesPerSecond(), floor / r.pagesPerSecond());
        }
    }

    private static Row measure(String name, Function<Page, String> system, List<Page> pages) {
        ShingleMetric metric = new ShingleMetric();
        for (Page p : pages) {
            metric.add(p.truth(), system.apply(p));
        }
        for (int warm = 0; warm < 2; warm++) {
            pages.forEach(system::apply);
        }
        double[] rates = new double[5];
        for (int i = 0; i < rates.length; i++) {
            long start = System.nanoTime();
            for (Page p : pages) {
                system.apply(p);
            }
            rates[i] = pages.size() / ((System.nanoTime() - start) / 1e9);
        }
        java.util.Arrays.sort(rates);
        System.err.printf(Locale.ROOT, "measured %s%n", name);
        return new Row(name, metric.f1(), metric.precision(), metric.recall(), rates[rates.length / 2]);
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
