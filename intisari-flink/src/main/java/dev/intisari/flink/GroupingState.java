package dev.intisari.flink;

import dev.intisari.core.cluster.ClusterState;
import dev.intisari.core.dedupe.DuplicateState;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Everything grouping keeps between articles, checkpointed as one value: the core's near-duplicate and
 * clustering states, and the book of which article is in which story (what {@code OnlineStoryClusterer.fold}
 * keeps for a batch: a copy whose original's story has left the window still joins that story, and merged
 * stories become aliases of the one that absorbed them). Stories are kept in order of their last update so
 * that those past the retention leave first.
 */
final class GroupingState implements Serializable {
    private static final long serialVersionUID = 1L;

    final DuplicateState copies;
    final ClusterState clusters;
    long sequence;
    final Map<String, Long> order = new HashMap<>();
    final Map<String, String> storyOf = new HashMap<>();
    final LinkedHashMap<String, Book> stories = new LinkedHashMap<>();
    final ArrayDeque<String> recent = new ArrayDeque<>();

    GroupingState(DuplicateState copies, ClusterState clusters) {
        this.copies = copies;
        this.clusters = clusters;
    }

    /** One story's members (in grouping order) and the ids of the stories merged into it. */
    static final class Book implements Serializable {
        private static final long serialVersionUID = 1L;
        final List<String> members = new ArrayList<>();
        final TreeSet<String> aliases = new TreeSet<>();
        long lastUpdate = Long.MIN_VALUE;
    }

    Book book(String story) {
        Book b = stories.remove(story);
        if (b == null) {
            b = new Book();
        }
        stories.put(story, b);
        return b;
    }

    void join(String article, String story, long when) {
        Book b = book(story);
        order.put(article, sequence++);
        storyOf.put(article, story);
        b.members.add(article);
        b.lastUpdate = Math.max(b.lastUpdate, when);
    }

    /** Moves the members of {@code gone} into {@code into}; returns the moved article ids. */
    List<String> merge(String gone, String into, long when) {
        Book from = stories.remove(gone);
        Book to = book(into);
        to.aliases.add(gone);
        to.lastUpdate = Math.max(to.lastUpdate, when);
        if (from == null) {
            return List.of();
        }
        to.aliases.addAll(from.aliases);
        to.members.addAll(from.members);
        to.members.sort((a, b) -> Long.compare(order.get(a), order.get(b)));
        from.members.forEach(m -> storyOf.put(m, into));
        return from.members;
    }

    /** Forgets the stories last updated before {@code horizon}; returns their articles. */
    List<String> forget(long horizon) {
        List<String> gone = new ArrayList<>();
        var it = stories.entrySet().iterator();
        while (it.hasNext()) {
            Book b = it.next().getValue();
            if (b.lastUpdate >= horizon) {
                break;
            }
            it.remove();
            for (String m : b.members) {
                order.remove(m);
                storyOf.remove(m);
                gone.add(m);
            }
        }
        return gone;
    }
}
