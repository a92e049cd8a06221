package dev.intisari.store;

import dev.intisari.core.cluster.ClusterState;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.DuplicateState;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;

/**
 * The state of the grouping stages after the last article folded into the stories: the near-duplicate
 * detector's and the story clusterer's own state objects, and the publication key of the last article, so an
 * update can tell whether new articles come after it (then folding them continues the fold exactly) or not.
 * Stored as one compressed Java-serialised value in {@code grouping_state}; a value that no longer reads
 * (the core's state classes changed) is treated as absent, which makes the next update rebuild the stories.
 */
final class GroupingState implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Publication order of the pipeline's {@code group}: by instant, undated last, then by id. */
    static final Comparator<Key> ORDER = Comparator.comparing(Key::when,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Key::id);

    /** Where an article falls in publication order. */
    record Key(Instant when, String id) implements Serializable {
    }

    final DuplicateState copies;
    final ClusterState stories;
    Key last;

    GroupingState(DuplicateState copies, ClusterState stories) {
        this.copies = copies;
        this.stories = stories;
    }

    static GroupingState fresh(MinHashDuplicateDetector detector, OnlineStoryClusterer clusterer) {
        return new GroupingState(detector.newState(), clusterer.newState());
    }

    /** True when an article with this key would come after every article folded so far. */
    boolean follows(Key key) {
        return last == null || ORDER.compare(last, key) < 0;
    }

    byte[] bytes() {
        return SerialBlob.write(this, "grouping state");
    }

    /** The state in {@code bytes}, or null when it cannot be read with the current classes. */
    static GroupingState read(byte[] bytes) {
        return SerialBlob.read(bytes, GroupingState.class);
    }
}
