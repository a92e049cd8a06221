package dev.intisari.store;

import dev.intisari.core.ingest.CorpusReader;
import dev.intisari.core.ingest.IngestListener;
import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.Article;
import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
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
    private static final long COMMIT_EVERY_NANOS = 2_000_000_000L;
    /** Analysed articles of the current run kept for the story update, so it need not read them back. */
    private static final int FRESH_KEPT = 50_000;

    private final Store store;
    private final Pipeline pipeline;
    private final int batchSize;
    private final Checkpoint checkpoint;
    private final StoryGrouping grouping;
    private final NameLinking names;
    private final Map<String, Article> fresh = new HashMap<>();
    private final java.util.Set<String> uncommitted = new java.util.LinkedHashSet<>();
    private final IngestTimes times = new IngestTimes();
    private long lastCommit = System.nanoTime();
    private StoryUpdate lastUpdate;

    public Ingest(Store store, Pipeline pipeline) {
        this(store, pipeline, BATCH, name -> { });
    }

    Ingest(Store store, Pipeline pipeline, int batchSize, Checkpoint checkpoint) {
        this.store = store;
        this.pipeline = pipeline;
        this.batchSize = batchSize;
        this.checkpoint = checkpoint;
        this.grouping = StoryGrouping.of(store, pipeline);
        this.names = new NameLinking(store, pipeline);
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
        if (names.unsaved()) {
            // a run that fails keeps the tally of its last saved batch: a failed save must not hide the failure
            store.transaction(db -> {
                names.save(db, true);
                return null;
            });
        }
        int stories = updateStories();
        return new Outcome(counts[0], counts[1], counts[2], stories, problems);
    }

    /** Completes an interrupted run: indexes what the index lacks and regroups stale stories. */
    public synchronized void recover() throws IOException {
        recoverIndex();
        updateStories();
    }

    /** Returns {added, updated, unchanged}. */
    private int[] write(List<RawArticle> raws, Consumer<InputProblem> onProblem) throws IOException {
        if (raws.isEmpty()) {
            return new int[3];
        }
        Map<String, String> stored = storedHashes(raws.stream().map(RawArticle::id).toList());
        List<RawArticle> changed = raws.stream().filter(r -> !RawJson.hash(r).equals(stored.get(r.id()))).toList();
        long t = System.nanoTime();
        List<Analysed> analysed = changed.parallelStream().map(this::analyse).toList();
        times.analysis += System.nanoTime() - t;
        List<Analysed> good = new ArrayList<>();
        for (Analysed a : analysed) {
            if (a.problem() != null) {
                onProblem.accept(a.problem());
            } else {
                good.add(a);
            }
        }
        good = linked(good);
        save(good);
        int updated = (int) good.stream().filter(a -> stored.containsKey(a.raw().id())).count();
        return new int[] {good.size() - updated, updated, raws.size() - changed.size()};
    }

    /**
     * Stores articles analysed elsewhere (each with the input it came from), as a run does after analysis:
     * one transaction, then the search index. Their stories are updated by {@link #updateStories}. Returns
     * {added, updated}.
     */
    public synchronized int[] write(List<RawArticle> raws, List<Article> analysed) throws IOException {
        if (raws.size() != analysed.size()) {
            throw new IllegalArgumentException("one analysed article per input article");
        }
        Map<String, String> stored = storedHashes(raws.stream().map(RawArticle::id).toList());
        List<Analysed> batch = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            batch.add(new Analysed(raws.get(i), analysed.get(i), null));
        }
        save(batch);
        int updated = (int) raws.stream().filter(r -> stored.containsKey(r.id())).count();
        return new int[] {raws.size() - updated, updated};
    }

    /** The stored content hash of each of these ids that is stored. */
    private Map<String, String> storedHashes(List<String> ids) throws IOException {
        Map<String, String> out = new HashMap<>();
        store.read(db -> {
            Sql.selectByIds(db, "SELECT id, hash FROM articles WHERE id IN (%s)", ids,
                    r -> out.put(r.getString(1), r.getString(2)));
            return null;
        });
        return out;
    }

    private void save(List<Analysed> good) throws IOException {
        long t = System.nanoTime();
        // the JSON is written on all cores; the transaction itself is one thread
        List<ArticleRows.Json> json = good.parallelStream().map(a -> new ArticleRows.Json(RawJson.hash(a.raw()),
                RawJson.of(a.raw()), ContractJson.article(a.article()))).toList();
        store.transaction(db -> {
            ArticleRows rows = new ArticleRows(db);
            for (int i = 0; i < good.size(); i++) {
                rows.put(good.get(i).article(), json.get(i));
            }
            rows.execute();
            names.save(db, false);
            if (!good.isEmpty()) {
                Sql.update(db, "UPDATE state SET value = '1' WHERE name = 'stories_dirty'");
            }
            return null;
        });
        times.database += System.nanoTime() - t;
        checkpoint.reached("batch-stored");
        for (Analysed a : good) {
            if (fresh.size() < FRESH_KEPT) {
                fresh.put(a.article().id(), a.article());
            } else {
                fresh.remove(a.article().id());
            }
        }
        index(good.stream().map(Analysed::article).toList(), false);
        checkpoint.reached("batch-indexed");
    }

    private record Analysed(RawArticle raw, Article article, InputProblem problem) {
    }

    /**
     * The batch's entities under one name per entity, as {@code analyze} does for its whole input ("Peskov" in
     * one article takes "Dmitry Peskov" from another, spelling variants meet), over everything ingested so far
     * ({@link NameLinking}).
     */
    private List<Analysed> linked(List<Analysed> batch) throws IOException {
        long t = System.nanoTime();
        List<Article> linked = names.link(batch.stream().map(Analysed::article).toList());
        List<Analysed> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            out.add(new Analysed(batch.get(i).raw(), linked.get(i), null));
        }
        times.analysis += System.nanoTime() - t;
        return out;
    }

    private Analysed analyse(RawArticle raw) {
        try {
            return new Analysed(raw, pipeline.analyze(raw), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Analysed(raw, null, InputProblem.error(raw.source(), 0, "analysis failed: " + e));
        }
    }

    /**
     * Adds the documents; commits the index (and marks the articles indexed) when {@code commitNow} or when the
     * last commit is older than {@link #COMMIT_EVERY_NANOS}: a commit syncs files, so one per batch would cost
     * more than the batch. Uncommitted articles keep {@code indexed = 0}, so a crash loses none of them.
     */
    private void index(List<Article> articles, boolean commitNow) throws IOException {
        long t = System.nanoTime();
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
        articles.forEach(a -> uncommitted.add(a.id()));
        times.index += System.nanoTime() - t;
        if (commitNow || System.nanoTime() - lastCommit >= COMMIT_EVERY_NANOS) {
            commitIndex();
        }
    }

    /** Commits the search index and marks what it now holds as indexed. */
    private void commitIndex() throws IOException {
        long t = System.nanoTime();
        lastCommit = t;
        if (uncommitted.isEmpty()) {
            return;
        }
        store.index().commit();
        List<String> ids = new ArrayList<>(uncommitted);
        store.transaction(db -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE articles SET indexed = 1 WHERE id = ?")) {
                for (String id : ids) {
                    p.setString(1, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
        uncommitted.clear();
        times.index += System.nanoTime() - t;
    }

    /** Indexes, in batches, the stored versions the index has not committed. */
    private void recoverIndex() throws IOException {
        while (true) {
            List<String> json = store.read(db -> Sql.strings(db,
                    "SELECT analysis FROM articles WHERE indexed = 0 ORDER BY id LIMIT ?", BATCH));
            if (json.isEmpty()) {
                return;
            }
            index(json.stream().map(ContractJson::readArticle).toList(), true);
        }
    }

    /**
     * Brings the stories up to date with the stored articles: with online grouping stages, folds the articles
     * not yet in the stories into the kept state ({@link StoryGrouping}); otherwise regroups everything when
     * something changed ({@link StoryRegrouping}). Commits the search index first. Returns the stories stored.
     */
    public synchronized int updateStories() throws IOException {
        commitIndex();
        checkpoint.reached("regroup");
        try {
            if (grouping != null) {
                StoryUpdate u = grouping.run(fresh);
                times.grouping += u.groupingNanos();
                times.explanation += u.explanationNanos();
                times.stories += u.writingNanos();
                lastUpdate = u;
                return store.storyCount();
            }
            Optional<String> dirty = store.read(db ->
                    Sql.one(db, "SELECT value FROM state WHERE name = 'stories_dirty'"));
            if (dirty.isPresent() && dirty.get().equals("0")) {
                return store.storyCount();
            }
            return new StoryRegrouping(store, pipeline).run();
        } finally {
            fresh.clear();
        }
    }

    /** Commits the search index (the end of a run does it too): what was written becomes searchable. */
    public synchronized void commit() throws IOException {
        commitIndex();
    }

    /** What the last story update did (null before the first, or without online grouping stages). */
    public StoryUpdate lastUpdate() {
        return lastUpdate;
    }

    /** Time spent so far in each part of the work. */
    public IngestTimes times() {
        return times.copy();
    }
}
