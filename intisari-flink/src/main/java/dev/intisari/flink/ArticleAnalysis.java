package dev.intisari.flink;

import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.model.Article;
import dev.intisari.model.RawArticle;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-article stages, {@link Pipeline#analyze}: clean, language, tokens, sentences, entities, quotes,
 * dates and key points. Stateless, so it runs at any parallelism. An article that fails a stage is logged and
 * left out, as the local runner reports it and goes on.
 */
final class ArticleAnalysis extends RichFlatMapFunction<RawArticle, Article> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ArticleAnalysis.class);
    private transient Pipeline pipeline;

    @Override
    public void open(OpenContext context) {
        pipeline = Stages.standard();
    }

    @Override
    public void flatMap(RawArticle raw, Collector<Article> out) {
        Article article;
        try {
            article = pipeline.analyze(raw);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("{}: analysis failed: {}", raw.source(), e.toString());
            return;
        }
        out.collect(article);
    }
}
