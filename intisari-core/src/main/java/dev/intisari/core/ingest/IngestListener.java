package dev.intisari.core.ingest;

import dev.intisari.model.InputProblem;
import dev.intisari.model.RawArticle;

/** Receives what a reader finds, in input order. */
public interface IngestListener {
    void article(RawArticle article);

    void problem(InputProblem problem);
}
