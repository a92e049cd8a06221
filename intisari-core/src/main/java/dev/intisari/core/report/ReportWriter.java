package dev.intisari.core.report;

import dev.intisari.model.Article;
import dev.intisari.model.Grouping;

import java.io.IOException;

/**
 * Receives articles as they are analysed, then the grouping once, then is closed. A corpus run hands the
 * grouping to {@link #groupingSink()} piece by piece; a writer that can write stories one at a time overrides
 * it, the others receive the whole grouping in {@link #grouping}.
 */
public interface ReportWriter extends AutoCloseable {
    void article(Article article) throws IOException;

    void grouping(Grouping grouping) throws IOException;

    /**
     * Where a run sends the grouping as it is found; by default gathered and given to {@link #grouping}. A corpus
     * run asks for the sink while its articles are still being written on another thread and calls it only after
     * the last one, so making the sink must not write.
     */
    default GroupingSink groupingSink() {
        return GroupingSink.collecting(this::grouping);
    }

    @Override
    void close() throws IOException;
}
