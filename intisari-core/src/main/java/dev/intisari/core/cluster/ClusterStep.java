package dev.intisari.core.cluster;

import java.util.List;
import java.util.Objects;

/**
 * One step of online clustering: the state after the article, the story it joined (or started), and the
 * stories that merged into that story in this step (they are now its aliases).
 */
public record ClusterStep(ClusterState state, String article, String story, List<String> absorbed) {
    public ClusterStep {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(story, "story");
        absorbed = List.copyOf(absorbed);
    }
}
