package dev.intisari.core.pipeline;

import dev.intisari.core.ingest.CorpusReader;
import dev.intisari.core.ingest.IngestListener;
import dev.intisari.core.report.ReportWriter;
import dev.intisari.model.Article;
import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * Runs a whole corpus: reads the inputs, analyses articles in batches on all cores, links entity names across
 * them, hands each to the report in input order (so the output never depends on thread timing), then groups
 * all of them. The analysed articles are held until the end, since names and stories depend on all of them. A bad input, a
 * repeated id or an article that fails a stage becomes an {@link InputProblem}; everything else is still
 * analysed.
 */
public final class CorpusRun {
    private static final int BATCH = 256;

    private final CorpusReader reader;
    private final Pipeline pipeline;
    private final ForkJoinPool pool;

    public CorpusRun(CorpusReader reader, Pipeline pipeline) {
        this(reader, pipeline, ForkJoinPool.commonPool());
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
        List<Article> analysed = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<RawArticle> batch = new ArrayList<>(BATCH);
        Consumer<InputProblem> onProblem = p -> {
            problems.add(p);
            problemSink.accept(p);
        };
        Runnable flush = () -> {
            for (Result r : analyse(batch)) {
                if (r.problem() != null) {
                    onProblem.accept(r.problem());
                } else {
                    analysed.add(r.article());
                }
            }
            batch.clear();
            progress.accept(analysed.size());
        };
        reader.read(inputs, new IngestListener() {
            @Override
            public void article(RawArticle raw) {
                if (!seen.add(raw.id())) {
                    onProblem.accept(InputProblem.error(raw.source(), 0,
                            "duplicate article id '" + raw.id() + "'; this copy is skipped"));
                    return;
                }
                batch.add(raw);
                if (batch.size() == BATCH) {
                    flush.run();
                }
            }

            @Override
            public void problem(InputProblem problem) {
                onProblem.accept(problem);
            }
        });
        flush.run();
        List<Article> linked = pipeline.link(analysed);
        for (Article article : linked) {
            report.article(article);
        }
        report.grouping(pipeline.group(linked));
        return new Outcome(analysed.size(), problems);
    }

    private List<Result> analyse(List<RawArticle> batch) {
        if (batch.size() < 2) {
            return batch.stream().map(this::analyse).toList();
        }
        return pool.submit(() -> batch.parallelStream().map(this::analyse).toList()).join();
    }

    private Result analyse(RawArticle raw) {
        try {
            return new Result(pipeline.analyze(raw), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(null, InputProblem.error(raw.source(), 0, "analysis failed: " + e));
        }
    }
}
