package dev.intisari.store;

import dev.intisari.core.cluster.ClusterState;
import dev.intisari.core.cluster.OnlineStoryClusterer;
import dev.intisari.core.dedupe.DuplicateState;
import dev.intisari.core.dedupe.MinHashDuplicateDetector;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

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
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (ObjectOutputStream o = new ObjectOutputStream(new DeflaterOutputStream(out,
                new Deflater(Deflater.BEST_SPEED), 1 << 16))) {
            o.writeObject(this);
        } catch (IOException e) {
            throw new UncheckedIOException("serialising the grouping state", e);
        }
        return out.toByteArray();
    }

    /** The state in {@code bytes}, or null when it cannot be read with the current classes. */
    static GroupingState read(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes),
                new java.util.zip.Inflater(), 1 << 16))) {
            in.setObjectInputFilter(GroupingState::allowed);
            return (GroupingState) in.readObject();
        } catch (InvalidClassException | ClassNotFoundException | ClassCastException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Only the JDK's and Intisari's own classes are read back. */
    private static java.io.ObjectInputFilter.Status allowed(java.io.ObjectInputFilter.FilterInfo info) {
        Class<?> c = info.serialClass();
        while (c != null && c.isArray()) {
            c = c.getComponentType();
        }
        if (c == null || c.isPrimitive() || c.getName().startsWith("java.") || c.getName().startsWith("dev.intisari.")) {
            return java.io.ObjectInputFilter.Status.UNDECIDED;
        }
        return java.io.ObjectInputFilter.Status.REJECTED;
    }
}
