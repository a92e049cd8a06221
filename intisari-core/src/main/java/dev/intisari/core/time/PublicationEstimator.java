package dev.intisari.core.time;

import dev.intisari.model.Published;
import dev.intisari.model.RemovedLine;
import dev.intisari.model.TokenizedText;

import java.util.List;
import java.util.Optional;

/**
 * The last resort for an article that gives no publication date anywhere (no field, no metadata, no date
 * line, no date in its URL): an estimate from what the cleaned text and its removed lines still say.
 */
public interface PublicationEstimator {
    Optional<Published> estimate(TokenizedText text, List<RemovedLine> removed);
}
