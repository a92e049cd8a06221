package dev.intisari.core.pipeline;

import dev.intisari.core.entity.NameTally;
import dev.intisari.core.entity.Renaming;
import dev.intisari.core.ingest.CorpusReader;
import dev.intisari.core.ingest.IngestListener;
import dev.intisari.core.parallel.ComputedAhead;
import dev.intisari.core.report.GroupingSink;
import dev.intisari.core.report.ReportWriter;
import dev.intisari.model.Article;
import dev.intisari.model.DuplicateGroup;
import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;
import dev.intisari.model.Story;
import dev.intisari.model.Storyline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;

/**
 * Runs a whole corpus: reads the inputs, analyses articles in batches on all cores, links entity names across
 * them, hands each to the report in input order (so the output never depends on thread timing), then groups
 * all of them. Names and stories depend on every article, so each analysed article is set aside on disk
 * ({@link ArticleSpill}) as it is produced and read back when it is written and when grouping asks for it;
 * memory holds per article only its id and its publication time, and for entity linking the linker's tally
 * ({@link NameTally}: counts of names and spellings, not copies of articles). A bad input, a repeated id or an article that fails a stage becomes an
 * {@link InputProblem}; everything else is still analysed.
 */
public final class CorpusRun {
    private static final int BATCH = 256;

    private final CorpusReader reader;
    private final Pipeline pipeline;
    private final ForkJoinPool pool;

    /**
     * Analyses on a pool with a thread per core (the common pool has one thread fewer than the cores, and a
     * thread waiting for it does not analyse).
     */
    public CorpusRun(CorpusReader reader, Pipeline pipeline) {
        this(reader, pipeline, new ForkJoinPool(Runtime.getRuntime().availableProcessors()));
    }

    public CorpusRun(CorpusReader reader, Pipeline pipeline, ForkJoinPool pool) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.pool = pool;
    }

    /** What a run did: articles analysed and problems met. */
    public record Outcome(int articles, List<InputProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean failed() {
            return problems.stream().anyMatch(p -> p.severity() == InputProblem.Severity.ERROR);
        }
    }

    /** One article's result: the analysis, or the problem that stopped it. */
    private record Result(Article article, InputProblem problem) {
    }

    public Outcome run(List<String> inputs, ReportWriter report, Consumer<InputProblem> problemSink,
                       Consumer<Integer> progress) throws IOException {
        try (ArticleSpill spill = new ArticleSpill()) {
            return run(inputs, report, problemSink, progress, spill);
        }
    }

    private Outcome run(List<String> inputs, ReportWriter report, Consumer<InputProblem> problemSink,
                        Consumer<Integer> progress, ArticleSpill spill) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        PublicationOrder published = new PublicationOrder();
        NameTally names = pipeline.tally();
        Consumer<InputProblem> onProblem = p -> {
            problems.add(p);
            problemSink.accept(p);
        };
        Consumer<List<Result>> keep = results -> {
            for (Result r : results) {
                if (r.problem() != null) {
                    onProblem.accept(r.problem());
                } else {
                    Article a = r.article();
                    try {
                        spill.add(a);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    ids.add(a.id());
                    published.add(a.published() == null ? null : a.published().instant());
                    names.add(a);
                }
            }
            progress.accept(spill.size());
        };
        Batches batches = new Batches(keep);
        reader.read(inputs, new IngestListener() {
            @Override
            public void article(RawArticle raw) {
                if (!seen.add(raw.id())) {
                    onProblem.accept(InputProblem.error(raw.source(), 0,
                            "duplicate article id '" + raw.id() + "'; this copy is skipped"));
                    return;
                }
                batches.add(raw);
            }

            @Override
            public void problem(InputProblem problem) {
                onProblem.accept(problem);
            }
        });
        batches.finish();
        seen.clear();
        spill.finish();
        Renaming linked = names.renaming();
        int n = spill.size();
        // read back and renamed on the pool ahead of the writer, which writes them one by one in input order on a
        // thread of its own while the grouping reads them again in publication order; the grouping's first output
        // waits for the last article to be written
        ReportThread articles = new ReportThread(() -> {
            for (Article a : ComputedAhead.of(i -> linked.apply(spill.get(i, null, false)), n, pool)) {
                report.article(a);
            }
        });
        try {
            group(spill, ids, published.order(ids), linked, report, articles);
        } finally {
            articles.await();
        }
        return new Outcome(n, problems);
    }

    private void group(ArticleSpill spill, List<String> ids, int[] order, Renaming linked,
                       ReportWriter report, ReportThread articles) throws IOException {
        // dedupe and clustering read the articles without the terms their key points were chosen from; a story's
        // explanation reads them whole
        List<Article> ordered = inOrder(spill, order, ids, linked, false);
        List<Article> whole = inOrder(spill, order, ids, linked, true);
        GroupingSink sink = report.groupingSink();
        List<String> orderedIds = Arrays.stream(order).mapToObj(ids::get).toList();
        pipeline.groupInOrder(ordered, whole, orderedIds, pool, new GroupingSink() {
            @Override
            public void duplicates(List<DuplicateGroup> duplicates) throws IOException {
                articles.await();
                sink.duplicates(duplicates);
            }

            @Override
            public void story(Story story) throws IOException {
                articles.await();
                sink.story(story);
            }

            @Override
            public void storylines(List<Storyline> storylines) throws IOException {
                articles.await();
                sink.storylines(storylines);
            }
        });
    }

    /** The spilled articles in {@code order}, read when asked, linked, with their terms when {@code withTerms}. */
    private static List<Article> inOrder(ArticleSpill spill, int[] order, List<String> ids, Renaming linked,
                                         boolean withTerms) {
        return new AbstractList<>() {
            @Override
            public Article get(int k) {
                return linked.apply(spill.get(order[k], ids.get(order[k]), withTerms));
            }

            @Override
            public int size() {
                return order.length;
            }
        };
    }

    /** Writing that throws I/O errors. */
    private interface Writing {
        void run() throws IOException;
    }

    /** The articles written to the report on a thread of their own; {@link #await} waits for the last. */
    private static final class ReportThread {
        private final Thread thread;
        private Throwable failed;

        ReportThread(Writing writing) {
            thread = new Thread(() -> {
                try {
                    writing.run();
                } catch (IOException | RuntimeException | Error e) {
                    failed = e;
                }
            }, "intisari-report");
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits until every article is written; rethrows what stopped the writing. */
        void await() throws IOException {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            if (failed instanceof IOException e) {
                throw e;
            } else if (failed instanceof RuntimeException e) {
                throw e;
            } else if (failed instanceof Error e) {
                throw e;
            }
        }
    }

    /**
     * Raw articles gathered into batches: while one batch is analysed on the pool, the next is already
     * submitted behind it and a third is read, and the results of the one before are kept, so reading and
     * spilling overlap the analysis and a core whose share of a batch is done starts on the next batch instead
     * of waiting for the other core's last articles. Results are kept batch by batch in input order.
     */
    private final class Batches {
        /** Batches left on the pool behind the oldest while it is kept. */
        private static final int IN_FLIGHT = 2;
        private final Consumer<List<Result>> keep;
        /** Batches submitted to the pool and not yet kept, oldest first. */
        private final ArrayDeque<ForkJoinTask<List<Result>>> running = new ArrayDeque<>();
        private List<RawArticle> filling = new ArrayList<>(BATCH);

        Batches(Consumer<List<Result>> keep) {
            this.keep = keep;
        }

        void add(RawArticle raw) {
            filling.add(raw);
            if (filling.size() == BATCH) {
                submit();
            }
        }

        void finish() {
            if (!filling.isEmpty()) {
                submit();
            }
            while (!running.isEmpty()) {
                keep.accept(running.poll().join());
            }
        }

        private void submit() {
            List<RawArticle> batch = filling;
            filling = new ArrayList<>(BATCH);
            running.add(pool.submit(() -> analyse(batch)));
            if (running.size() > IN_FLIGHT) {
                keep.accept(running.poll().join());
            }
        }
    }

    /** Runs on the pool: the batch's articles in parallel, results in input order. */
    private List<Result> analyse(List<RawArticle> batch) {
        return batch.size() < 2 ? batch.stream().map(this::analyse).toList()
                : batch.parallelStream().map(this::analyse).toList();
    }

    private Result analyse(RawArticle raw) {
        try {
            return new Result(pipeline.analyze(raw), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(null, InputProblem.error(raw.source(), 0, "analysis failed: " + e));
        }
    }
}
