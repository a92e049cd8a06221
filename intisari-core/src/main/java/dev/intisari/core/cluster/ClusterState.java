package dev.intisari.core.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of online story clustering: document frequencies (updated with every article), the stories in
 * the active window (least recently updated first) and the inverted index from their top terms to them.
 * Owned by the caller (a batch fold, or a streaming job's state) and passed to every
 * {@link OnlineStoryClusterer#add} step, which updates it. Stories leave it when they age out of the window
 * or the window is full, so its size is bounded by the window, not by the corpus.
 */
public final class ClusterState implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final ClusterConfig config;
    final Map<String, int[]> documentFrequency = new HashMap<>();
    long documents;
    long sequence;
    Instant latest;
    final LinkedHashMap<String, StoryCentroid> active = new LinkedHashMap<>();
    final Map<String, Set<StoryCentroid>> postings = new HashMap<>();
    final Map<String, StoryCentroid> storyOfArticle = new HashMap<>();

    ClusterState(ClusterConfig config) {
        this.config = config;
    }

    /** Stories in the active window. */
    public int activeStories() {
        return active.size();
    }

    /** Articles seen so far. */
    public long documents() {
        return documents;
    }

    /** The active story of {@code article}, or null when it is not (or no longer) in the window. */
    public String storyOf(String article) {
        StoryCentroid story = storyOfArticle.get(article);
        return story == null ? null : story.id;
    }

    double idf(String term) {
        int[] counter = documentFrequency.get(term);
        int df = counter == null ? 0 : counter[0];
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }

    /**
     * Counts one more document with these term frequencies and returns their unit (1 + log tf) * idf vector,
     * idf including this document; {@code prefix} keeps entity names apart from words. Call
     * {@link #newDocument()} once per article first.
     */
    Map<String, Double> countAndWeigh(Map<String, Integer> tf, String prefix) {
        return countAndWeigh(tf, prefix, Integer.MAX_VALUE);
    }

    /** As {@link #countAndWeigh(Map, String)}, leaving out of the vector the keys in more than maxDf documents. */
    Map<String, Double> countAndWeigh(Map<String, Integer> tf, String prefix, long maxDf) {
        Map<String, Double> v = new HashMap<>(tf.size() * 2);
        double sum = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + e.getKey();
            int df = ++documentFrequency.computeIfAbsent(key, k -> new int[1])[0];
            if (df > maxDf) {
                continue;
            }
            double w = (1 + Math.log(e.getValue())) * (Math.log((documents + 1.0) / (df + 1.0)) + 1.0);
            v.put(e.getKey(), w);
            sum += w * w;
        }
        double norm = Math.sqrt(sum);
        if (norm > 0) {
            v.replaceAll((k, w) -> w / norm);
        }
        return v;
    }

    void newDocument() {
        documents++;
    }

    /** Moves time forward to {@code when} and lets stories not updated within the window leave. */
    void advance(Instant when) {
        if (when != null && (latest == null || when.isAfter(latest))) {
            latest = when;
        }
        if (config.window() != null && latest != null) {
            Instant horizon = latest.minus(config.window());
            Iterator<StoryCentroid> it = active.values().iterator();
            List<StoryCentroid> leaving = new ArrayList<>();
            while (it.hasNext()) {
                StoryCentroid c = it.next();
                if (c.lastWhen == null || !c.lastWhen.isBefore(horizon)) {
                    break;
                }
                leaving.add(c);
            }
            leaving.forEach(this::retire);
        }
    }

    void touch(StoryCentroid story) {
        active.remove(story.id);
        active.put(story.id, story);
        while (active.size() > config.maxActive()) {
            retire(active.values().iterator().next());
        }
    }

    void retire(StoryCentroid story) {
        active.remove(story.id);
        unindex(story);
        for (String member : story.members) {
            storyOfArticle.remove(member, story);
        }
    }

    void index(StoryCentroid story, Set<String> terms) {
        unindex(story);
        for (String t : terms) {
            postings.computeIfAbsent(t, k -> new HashSet<>()).add(story);
        }
        story.indexed = terms;
    }

    void unindex(StoryCentroid story) {
        for (String t : story.indexed) {
            Set<StoryCentroid> set = postings.get(t);
            if (set != null) {
                set.remove(story);
                if (set.isEmpty()) {
                    postings.remove(t);
                }
            }
        }
        story.indexed = Set.of();
    }
}
