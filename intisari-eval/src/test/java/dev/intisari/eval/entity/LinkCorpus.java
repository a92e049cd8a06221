package dev.intisari.eval.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intisari.core.ingest.IngestListener;
import dev.intisari.core.ingest.JsonLinesParser;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.eval.DetikRows;
import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.RawArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * One corpus as the {@code analyze} command sees it, each entity with the name its own article gave it and the
 * name the cross-article linker gave it. The articles are the JSON Lines records the reference runs read: the
 * IndoSum dev folds once per id (paragraphs' tokens joined by spaces, paragraphs by a blank line; outlet = the
 * IndoSum source), and detik-1000 row by row (id "detik-" + the row's id, title, body as written, the row's time in
 * Jakarta). Each record goes through {@link JsonLinesParser} and {@link Pipeline#analyze}, then all of one corpus
 * through {@link Pipeline#link}, as a corpus run does.
 */
record LinkCorpus(String name, List<Article> own, List<Article> linked) {
    private static final DateTimeFormatter DETIK_TIME = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");

    /** One entity of one article: its name before and after linking. */
    record Named(String article, Entity entity, String linked) {
        boolean renamed() {
            return !entity.name().equals(linked);
        }
    }

    static LinkCorpus indosum(Path folder, Pipeline pipeline) {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("dev\\.0\\d\\.jsonl")).sorted()
                    .toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    JsonNode node = json.readTree(line);
                    if (!seen.add(node.get("id").asText())) {
                        continue;
                    }
                    List<String> paragraphs = new ArrayList<>();
                    for (JsonNode paragraph : node.get("paragraphs")) {
                        List<String> tokens = new ArrayList<>();
                        paragraph.forEach(sentence -> sentence.forEach(token -> tokens.add(token.asText())));
                        paragraphs.add(String.join(" ", tokens));
                    }
                    ObjectNode record = json.createObjectNode();
                    record.put("id", node.get("id").asText());
                    record.put("outlet", node.get("source").asText());
                    record.put("url", node.path("source_url").asText());
                    record.put("text", String.join("\n\n", paragraphs));
                    lines.add(json.writeValueAsString(record));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run("indosum", lines, pipeline);
    }

    static LinkCorpus detik(Path folder, Pipeline pipeline) {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (DetikRows row : DetikRows.read(folder)) {
            ObjectNode record = json.createObjectNode();
            record.put("id", "detik-" + row.id().strip());
            record.put("outlet", "detik");
            record.put("url", row.url());
            record.put("title", row.title());
            try {
                record.put("published", LocalDateTime.parse(row.when().strip(), DETIK_TIME) + ":00+07:00");
            } catch (RuntimeException e) {
                // no time: the record goes without one, as the reference file's does
            }
            record.put("text", row.body());
            try {
                lines.add(json.writeValueAsString(record));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run("detik", lines, pipeline);
    }

    private static LinkCorpus run(String name, List<String> lines, Pipeline pipeline) {
        JsonLinesParser parser = new JsonLinesParser();
        List<RawArticle> raw = new ArrayList<>();
        IngestListener quiet = new IngestListener() {
            @Override
            public void article(RawArticle article) {
            }

            @Override
            public void problem(dev.intisari.model.InputProblem problem) {
            }
        };
        for (int i = 0; i < lines.size(); i++) {
            parser.parse(lines.get(i), name + ".jsonl", i + 1, name + "-" + (i + 1), quiet).ifPresent(raw::add);
        }
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
        try {
            List<Article> own = pool.submit(() -> raw.parallelStream().map(pipeline::analyze).toList()).join();
            return new LinkCorpus(name, own, pipeline.link(own));
        } finally {
            pool.shutdown();
        }
    }

    /** Every entity of every article, in order, with its linked name. */
    List<Named> entities() {
        List<Named> out = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            List<Entity> before = own.get(i).entities();
            List<Entity> after = linked.get(i).entities();
            for (int k = 0; k < before.size(); k++) {
                out.add(new Named(own.get(i).id(), before.get(k), after.get(k).name()));
            }
        }
        return out;
    }

    /** The articles by id, as analysed (before linking). */
    Map<String, Article> byId() {
        Map<String, Article> out = new LinkedHashMap<>();
        own.forEach(a -> out.putIfAbsent(a.id(), a));
        return out;
    }
}
