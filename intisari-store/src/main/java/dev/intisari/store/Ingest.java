package dev.intisari.store;

import dev.intisari.core.ingest.CorpusReader;
import dev.intisari.core.ingest.IngestListener;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.Article;
import dev.intisari.model.Entity;
import dev.intisari.model.InputProblem;
import dev.intisari.model.Quote;
import dev.intisari.model.RawArticle;
import dev.intisari.store.search.SearchIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Incremental, idempotent ingest. Articles are read, and each batch is: compared by content hash with what is
 * stored (unchanged ones are skipped before analysis), analysed on all cores, written to SQLite in one
 * transaction (which also marks the stories stale), added to the search index and committed there, then
 * marked indexed. After the input, the stories are regrouped over every stored article
 * ({@link StoryRegrouping}). A crash at any point leaves the database consistent; the next run (or
 * {@link #recover}) indexes what the index missed and regroups stale stories.
 */
public final class Ingest {
    /** Named points of a run, for tests that simulate a crash there. */
    interface Checkpoint {
        void reached(String name);
    }

    /** What a run did. */
    public record Outcome(int added, int updated, int unchanged, int stories, List<InputProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean failed() {
            return problems.stream().anyMatch(p -> p.severity() == InputProblem.Severity.ERROR);
        }
    }

    private static final int BATCH = 256;

    private final Store store;
    private final Pipeline pipeline;
    private final int batchSize;
    private final Checkpoint checkpoint;

    public Ingest(Store store, Pipeline pipeline) {
        this(store, pipeline, BATCH, name -> { });
    }

    Ingest(Store store, Pipeline pipeline, int batchSize, Checkpoint checkpoint) {
        this.store = store;
        this.pipeline = pipeline;
        this.batchSize = batchSize;
        this.checkpoint = checkpoint;
    }

    /** Reads {@code inputs} with {@code reader} into the store; progress gets the number of articles read. */
    public synchronized Outcome run(CorpusReader reader, List<String> inputs, Consumer<InputProblem> problemSink,
                                    IntConsumer progress) throws IOException {
        recoverIndex();
        List<InputProblem> problems = new ArrayList<>();
        Consumer<InputProblem> onProblem = p -> {
            problems.add(p);
            problemSink.accept(p);
        };
        int[] counts = new int[4]; // added, updated, unchanged, read
        Map<String, String> seen = new HashMap<>();
        Map<String, RawArticle> batch = new LinkedHashMap<>();
        Runnable flush = () -> {
            try {
                int[] done = write(new ArrayList<>(batch.values()), onProblem);
                counts[0] += done[0];
                counts[1] += done[1];
                counts[2] += done[2];
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            batch.clear();
            progress.accept(counts[3]);
        };
        try {
            reader.read(inputs, new IngestListener() {
                @Override
                public void article(RawArticle raw) {
                    counts[3]++;
                    String hash = RawJson.hash(raw);
                    String before = seen.put(raw.id(), hash);
                    if (hash.equals(before)) {
                        counts[2]++;
                        return;
                    }
                    if (before != null) {
                        onProblem.accept(InputProblem.warning(raw.source(), 0, "article id '" + raw.id()
                                + "' was read before in this run with other content; this version replaces it"));
                    }
                    batch.put(raw.id(), raw);
                    if (batch.size() >= batchSize) {
                        flush.run();
                    }
                }

                @Override
                public void problem(InputProblem problem) {
                    onProblem.accept(problem);
                }
            });
            flush.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int stories = regroupIfStale();
        return new Outcome(counts[0], counts[1], counts[2], stories, problems);
    }

    /** Completes an interrupted run: indexes what the index lacks and regroups stale stories. */
    public synchronized void recover() throws IOException {
        recoverIndex();
        regroupIfStale();
    }

    /** Returns {added, updated, unchanged}. */
    private int[] write(List<RawArticle> raws, Consumer<InputProblem> onProblem) throws IOException {
        if (raws.isEmpty()) {
            return new int[3];
        }
        Map<String, String> stored = store.read(db -> {
            Map<String, String> out = new HashMap<>();
            for (RawArticle raw : raws) {
                Store.one(db, "SELECT hash FROM articles WHERE id = ?", raw.id()).ifPresent(h -> out.put(raw.id(), h));
            }
            return out;
        });
        List<RawArticle> changed = raws.stream().filter(r -> !RawJson.hash(r).equals(stored.get(r.id()))).toList();
        List<Analysed> analysed = changed.parallelStream().map(this::analyse).toList();
        List<Analysed> good = new ArrayList<>();
        for (Analysed a : analysed) {
            if (a.problem() != null) {
                onProblem.accept(a.problem());
            } else {
                good.add(a);
            }
        }
        store.transaction(db -> {
            for (Analysed a : good) {
                put(db, a);
            }
            if (!good.isEmpty()) {
                Store.update(db, "UPDATE state SET value = '1' WHERE name = 'stories_dirty'");
            }
            return null;
        });
        checkpoint.reached("batch-stored");
        index(good.stream().map(Analysed::article).toList());
        checkpoint.reached("batch-indexed");
        int updated = (int) good.stream().filter(a -> stored.containsKey(a.raw().id())).count();
        return new int[] {good.size() - updated, updated, raws.size() - changed.size()};
    }

    private record Analysed(RawArticle raw, Article article, InputProblem problem) {
    }

    private Analysed analyse(RawArticle raw) {
        try {
            return new Analysed(raw, pipeline.analyze(raw), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Analysed(raw, null, InputProblem.error(raw.source(), 0, "analysis failed: " + e));
        }
    }

    private static void put(Connection db, Analysed analysed) throws SQLException {
        Article a = analysed.article();
        RawArticle raw = analysed.raw();
        try (PreparedStatement p = Store.prepare(db, "INSERT INTO articles(id, hash, source, outlet, title, published,"
                        + " sort_time, raw, analysis, indexed, stored_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
                        + " ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, source = excluded.source,"
                        + " outlet = excluded.outlet, title = excluded.title, published = excluded.published,"
                        + " sort_time = excluded.sort_time, raw = excluded.raw, analysis = excluded.analysis,"
                        + " indexed = 0, stored_at = excluded.stored_at",
                a.id(), RawJson.hash(raw), a.source(), a.outlet(), a.title(),
                a.published() == null ? null : a.published().value(),
                a.published() == null ? null : a.published().instant().withOffsetSameInstant(ZoneOffset.UTC).toString(),
                RawJson.of(raw), ContractJson.article(a))) {
            p.executeUpdate();
        }
        Store.update(db, "DELETE FROM entities WHERE article_id = ?", a.id());
        Store.update(db, "DELETE FROM quotes WHERE article_id = ?", a.id());
        try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO entities(article_id, entity_id,"
                + " name, key, type, mentions) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Entity e : a.entities()) {
                p.setString(1, a.id());
                p.setString(2, e.id());
                p.setString(3, e.name());
                p.setString(4, SearchIndex.key(e.name()));
                p.setString(5, e.type().name());
                p.setInt(6, e.mentions().size());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO quotes(id, article_id, speaker,"
                + " speaker_key, text, direct, sentence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Quote q : a.quotes()) {
                p.setString(1, q.id());
                p.setString(2, a.id());
                p.setString(3, q.speaker());
                p.setString(4, q.speaker() == null ? null : SearchIndex.key(q.speaker()));
                p.setString(5, q.text());
                p.setBoolean(6, q.direct());
                p.setInt(7, q.sentence());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void index(List<Article> articles) throws IOException {
        if (articles.isEmpty()) {
            return;
        }
        // IndexWriter is thread-safe: the Indonesian analysis of a batch runs on all cores
        try {
            articles.parallelStream().forEach(a -> {
                try {
                    store.index().put(a);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        store.index().commit();
        store.transaction(db -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE articles SET indexed = 1 WHERE id = ?")) {
                for (Article a : articles) {
                    p.setString(1, a.id());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    /** Indexes, in batches, the stored versions the index has not committed. */
    private void recoverIndex() throws IOException {
        while (true) {
            List<String> json = store.read(db -> Store.strings(db,
                    "SELECT analysis FROM articles WHERE indexed = 0 ORDER BY id LIMIT ?", BATCH));
            if (json.isEmpty()) {
                return;
            }
            index(json.stream().map(ContractJson::readArticle).toList());
        }
    }

    private int regroupIfStale() throws IOException {
        Optional<String> dirty = store.read(db ->
                Store.one(db, "SELECT value FROM state WHERE name = 'stories_dirty'"));
        if (dirty.isPresent() && dirty.get().equals("0")) {
            return store.storyCount();
        }
        checkpoint.reached("regroup");
        return new StoryRegrouping(store, pipeline).run();
    }
}
