package dev.intisari.core.cluster;

import dev.intisari.core.dedupe.LongObjectMap;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of online story clustering: document frequencies (updated with every article), the stories in
 * the active window (least recently updated first) and the inverted index from their top terms to them.
 * Owned by the caller (a batch fold, or a streaming job's state) and passed to every
 * {@link OnlineStoryClusterer#add} step, which updates it. Stories leave it when they age out of the window
 * or the window is full, so its size is bounded by the window, not by the corpus. Serializable, so that a
 * streaming job can checkpoint it.
 */
public final class ClusterState implements Serializable {
    /** 6: stories know their places in their postings ({@link StoryCentroid#places}). */
    private static final long serialVersionUID = 6L;
    final ClusterConfig config;
    /** Namespaces of {@link TermCounts} keys: words (and entity names used as terms), entity names. */
    static final long WORDS = 0;
    static final long ENTITIES = 0x9E3779B97F4A7C15L;
    static final long EVENTS = 0xC2B2AE3D27D4EB4FL;
    final TermCounts documentFrequency = new TermCounts();
    long documents;
    long sequence;
    Instant latest;
    final LinkedHashMap<String, StoryCentroid> active = new LinkedHashMap<>();
    final LongObjectMap<StoryPosting> postings = new LongObjectMap<>();
    /** The indexed stories' numbers, and the scoring step's overlap tally over them. */
    final StorySlots slots = new StorySlots();
    final Map<String, StoryCentroid> storyOfArticle = new HashMap<>();
    /** What {@link TermCounts#touch} read, kept so that the reads are made. */
    transient long touched;

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
        StoryCentroid story = storyOfArticle(article);
        return story == null ? null : story.id;
    }

    /**
     * The active story of {@code article}, or null. Its entry names the story it joined, which may since have been
     * absorbed by another ({@link StoryCentroid#current}): a merge costs the same whatever the size of the story
     * absorbed, where pointing each of its articles at the other story cost in proportion to it.
     */
    StoryCentroid storyOfArticle(String article) {
        StoryCentroid story = storyOfArticle.get(article);
        return story == null ? null : story.current();
    }

    /** The idf of a term key, as of the documents counted so far. */
    double idf(long key) {
        int df = documentFrequency.get(key);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }

    /**
     * Counts one more document with these term frequencies (a count per key) and returns their unit
     * (1 + log tf) * idf vector, idf including this document, cut to its {@code keep} heaviest keys (ties by
     * key) before normalising. Keys in more than {@code maxDf} documents are counted but left out of the
     * vector; the bag's namespace keeps entity names apart from words. Call {@link #newDocument()} once per article
     * first.
     */
    TermVector countAndWeigh(TermBag tf, long maxDf, int keep) {
        int n = tf.size;
        long[] keys = new long[n];
        double[] weights = new double[n];
        int m = 0;
        double logDocs = Math.log(documents + 1.0);
        touched += documentFrequency.touch(tf.keys, n);
        for (int j = 0; j < n; j++) {
            int df = documentFrequency.increment(tf.keys[j]);
            if (df > maxDf) {
                continue;
            }
            keys[m] = tf.keys[j];
            weights[m] = (1 + Math.log(tf.counts[j])) * (logDocs - Math.log(df + 1.0) + 1.0);
            m++;
        }
        int kept = m <= keep ? m : Heaviest.select(keys, weights, m, keep);
        double sum = 0;
        for (int i = 0; i < kept; i++) {
            sum += weights[i] * weights[i];
        }
        double norm = Math.sqrt(sum);
        if (norm > 0) {
            for (int i = 0; i < kept; i++) {
                weights[i] /= norm;
            }
        }
        return new TermVector(keys, weights, kept);
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
        leave(story);
        for (String member : story.members) {
            StoryCentroid entry = storyOfArticle.get(member);
            if (entry != null && entry.current() == story) {
                storyOfArticle.remove(member);
            }
        }
    }

    /**
     * {@code younger} leaves the window into {@code older} (a merge, {@link StoryCentroid#absorb} done): the entries
     * of its articles stay and now lead to {@code older}.
     */
    void absorbInto(StoryCentroid younger, StoryCentroid older) {
        leave(younger);
        younger.absorbedBy(older);
    }

    private void leave(StoryCentroid story) {
        active.remove(story.id);
        unindex(story);
        slots.release(story);
    }

    /**
     * Points {@code terms} to the story instead of the terms it was indexed under: only the terms it leaves
     * and the terms it gains are touched (after a join most of its top terms stay).
     */
    void index(StoryCentroid story, long[] terms) {
        slots.assign(story);
        long[] old = story.indexed;
        int[] oldPlaces = story.places;
        int[] places = new int[terms.length];
        for (int i = 0; i < old.length; i++) {
            if (indexOf(terms, old[i]) < 0) {
                unpost(old[i], oldPlaces[i]);
            }
        }
        for (int i = 0; i < terms.length; i++) {
            long t = terms[i];
            int at = indexOf(old, t);
            if (at >= 0) {
                // only other stories move in the postings while this one is re-indexed
                places[i] = oldPlaces[at];
                continue;
            }
            StoryPosting posting = postings.get(t);
            if (posting == null) {
                posting = new StoryPosting(t);
                postings.put(t, posting);
            }
            places[i] = posting.add(story);
        }
        story.indexed = terms;
        story.places = places;
    }

    /** Takes the story at {@code place} out of the posting of {@code term}; the posting goes when it is empty. */
    private void unpost(long term, int place) {
        StoryPosting posting = postings.get(term);
        posting.removeAt(place);
        if (posting.size() == 0) {
            postings.remove(term);
        }
    }

    private static int indexOf(long[] keys, long key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    void unindex(StoryCentroid story) {
        long[] terms = story.indexed;
        int[] places = story.places;
        for (int i = 0; i < terms.length; i++) {
            unpost(terms[i], places[i]);
        }
        story.indexed = new long[0];
        story.places = new int[0];
    }
}
