package dev.intisari.flink;

import dev.intisari.core.pipeline.Pipeline;
import dev.intisari.core.summary.StoryExplainer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Story explanation ({@link StoryExplainer}: title, key points citing their sentences, timeline, entities,
 * quotes, outlets) each time a story's membership changes. Keyed by story id, so it runs at any parallelism
 * and a story's updates stay in order.
 */
final class StoryExplanation extends RichMapFunction<StoryChange, StoryUpdate> {
    private static final long serialVersionUID = 1L;
    private transient StoryExplainer explainer;

    @Override
    public void open(OpenContext context) {
        Pipeline pipeline = Stages.standard();
        explainer = pipeline.storyExplainer();
    }

    @Override
    public StoryUpdate map(StoryChange change) {
        if (change.group() == null) {
            return new StoryUpdate(change.story(), null, change.mergedInto());
        }
        return new StoryUpdate(change.story(), explainer.explain(change.group(), change.articles()), null);
    }
}
