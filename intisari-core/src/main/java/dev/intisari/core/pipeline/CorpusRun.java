package dev.intisari.core.pipeline;

import dev.intisari.core.ingest.CorpusReader;
import dev.intisari.core.ingest.IngestListener;
import dev.intisari.core.report.ReportWriter;
import dev.intisari.model.Article;
import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a whole corpus: reads the inputs, analyses each article as it arrives and hands it to the report,
 * then groups all of them. A bad input, a repeated id or an article that fails a stage becomes an
 * {@link InputProblem}; everything else is still analysed.
 */
public final class CorpusRun {
    private final CorpusReader reader;
    private final Pipeline pipeline;

    public CorpusRun(CorpusReader reader, Pipeline pipeline) {
        this.reader = reader;
        this.pipeline = pipeline;
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

    public Outcome run(List<String> inputs, ReportWriter report, Consumer<InputProblem> problemSink,
                       Consumer<Integer> progress) throws IOException {
        List<Article> analysed = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Consumer<InputProblem> onProblem = p -> {
            problems.add(p);
            problemSink.accept(p);
        };
        reader.read(inputs, new IngestListener() {
            @Override
            public void article(RawArticle raw) {
                if (!seen.add(raw.id())) {
                    onProblem.accept(InputProblem.error(raw.source(), 0,
                            "duplicate article id '" + raw.id() + "'; this copy is skipped"));
                    return;
                }
                Article article;
                try {
                    article = pipeline.analyze(raw);
                } catch (RuntimeException e) {
                    onProblem.accept(InputProblem.error(raw.source(), 0, "analysis failed: " + e));
                    return;
                }
                analysed.add(article);
                try {
                    report.article(article);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.accept(analysed.size());
            }

            @Override
            public void problem(InputProblem problem) {
                onProblem.accept(problem);
            }
        });
        report.grouping(pipeline.group(analysed));
        return new Outcome(analysed.size(), problems);
    }
}
