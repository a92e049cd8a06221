package dev.intisari.core.report;

import dev.intisari.model.Article;
import dev.intisari.model.Grouping;

import java.io.IOException;

/** Receives articles as they are analysed, then the grouping once, then is closed. */
public interface ReportWriter extends AutoCloseable {
    void article(Article article) throws IOException;

    void grouping(Grouping grouping) throws IOException;

    @Override
    void close() throws IOException;
}
