package dev.intisari.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.core.ingest.FileCorpusReader;
import dev.intisari.core.ingest.IngestListener;
import dev.intisari.core.pipeline.CorpusRun;
import dev.intisari.core.report.ReportWriter;
import dev.intisari.model.Article;
import dev.intisari.model.Grouping;
import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo corpus (samples/: text, HTML and JSON Lines articles) as JSON Lines messages, and what the local
 * runner makes of exactly those lines.
 */
final class DemoCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The corpus, one JSON Lines article per entry, in the reader's order. */
    static List<String> lines() {
        Path samples = Paths.get(System.getProperty("intisari.root", "..")).resolve("samples");
        List<String> lines = new ArrayList<>();
        new FileCorpusReader().read(List.of(samples.toString()), new IngestListener() {
            @Override
            public void article(RawArticle raw) {
                lines.add(line(raw));
            }

            @Override
            public void problem(InputProblem problem) {
                throw new IllegalStateException("samples/ should read cleanly: " + problem);
            }
        });
        return lines;
    }

    static String line(RawArticle raw) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", raw.id());
        node.put("url", raw.url());
        node.put("outlet", raw.outlet());
        node.put("title", raw.title());
        node.put("published", raw.published() == null ? null : raw.published().value());
        node.put("language", raw.language());
        node.put("text", raw.text());
        node.put("html", raw.html());
        return node.toString();
    }

    /** The local runner on these lines (written to a .jsonl file): the linked articles and the grouping. */
    record LocalRun(List<Article> articles, Grouping grouping) {
    }

    static LocalRun runLocally(List<String> lines) throws IOException {
        Path file = Files.createTempFile("intisari-flink-corpus", ".jsonl");
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            List<Article> articles = new ArrayList<>();
            Grouping[] grouping = new Grouping[1];
            ReportWriter report = new ReportWriter() {
                @Override
                public void article(Article article) {
                    articles.add(article);
                }

                @Override
                public void grouping(Grouping g) {
                    grouping[0] = g;
                }

                @Override
                public void close() {
                }
            };
            CorpusRun.Outcome outcome = new CorpusRun(new FileCorpusReader(), Stages.standard())
                    .run(List.of(file.toString()), report, p -> { }, n -> { });
            if (outcome.failed()) {
                throw new IllegalStateException("local run failed: " + outcome.problems());
            }
            return new LocalRun(articles, grouping[0]);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
