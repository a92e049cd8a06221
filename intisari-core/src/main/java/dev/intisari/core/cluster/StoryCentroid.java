package dev.intisari.core.cluster;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An active story inside {@link ClusterState}: the sum of its articles' unit TF-IDF vectors (terms and
 * entities apart) keyed by {@link TermCounts} term keys, their cached norms, its members in the window and the
 * term keys it is indexed under.
 */
final class StoryCentroid implements Serializable {
    private static final long serialVersionUID = 7L;
    private static final long[] NONE = new long[0];
    private static final int[] NO_PLACES = new int[0];
    final String id;
    final long sequence;
    final Instant firstWhen;
    Instant lastWhen;
    final LongDoubleMap terms = new LongDoubleMap(64);
    final LongDoubleMap entities = new LongDoubleMap(16);
    /** Event keys of its members (1 per member that has it), or null while none was added. */
    LongDoubleMap events;
    /** The headline name keys of its members ({@link HeadlineNames}), or null while none was added. */
    LongDoubleMap headlines;
    /**
     * The names of its members as term keys, common ones too, counted per member and pruned to the most named
     * {@link #STORY_NAMES} ({@link Counterevidence#namelessPenalty()}), or null while none was added.
     */
    LongDoubleMap names;
    /** Names kept per story. */
    static final int STORY_NAMES = 128;
    double termNorm;
    double entityNorm;
    int size;
    /** Members that name an occasion on their day (occasion keys, {@code v:}). */
    int occasionMembers;
    /** Members that name a venue ({@code p:} keys). */
    int venueMembers;
    /** The lead days and named days of its members ({@link EventDays}), or null while none was added. */
    EventDays days;
    /** Its members' main actors ({@link MainActors}, hashed as event keys), the first {@link #MAX_ACTORS}. */
    long[] actors = NONE;
    /** Main actors kept per story. */
    static final int MAX_ACTORS = 32;
    /** Its articles, those of the stories it absorbed too; emptied when it is absorbed itself. */
    final ArrayList<String> members = new ArrayList<>();
    final ArrayDeque<TermVector> recent = new ArrayDeque<>();
    long[] indexed = NONE;
    /** Its place in the posting of each term of {@link #indexed} ({@link StoryPosting#removeAt}). */
    int[] places = NO_PLACES;
    /** The story that absorbed it, or null: the entries of its articles lead there ({@link #current}). */
    private StoryCentroid absorbedBy;
    /** Its number in its state's {@link StorySlots} while indexed, else -1. */
    int slot = -1;

    StoryCentroid(String id, long sequence, Instant firstWhen) {
        this.id = id;
        this.sequence = sequence;
        this.firstWhen = firstWhen;
        this.lastWhen = firstWhen;
    }

    /** The story its articles are in now: itself, or the story that absorbed it (or absorbed that one...). */
    StoryCentroid current() {
        StoryCentroid c = this;
        while (c.absorbedBy != null) {
            c = c.absorbedBy;
        }
        return c;
    }

    /**
     * Notes that {@code older} absorbed it ({@link #absorb} done): it keeps only that link, so that the entries of its
     * articles, which still name it, hold no centroid alive.
     */
    void absorbedBy(StoryCentroid older) {
        absorbedBy = older;
        members.clear();
        members.trimToSize();
        recent.clear();
        terms.clear();
        entities.clear();
        events = null;
        headlines = null;
        names = null;
        days = null;
        actors = NONE;
    }

    /** Notes that it now stands at {@code place} in the posting of {@code term}, one of its indexed terms. */
    void movedTo(long term, int place) {
        for (int i = 0; i < indexed.length; i++) {
            if (indexed[i] == term) {
                places[i] = place;
                return;
            }
        }
        throw new IllegalStateException("not indexed under the posting it is in");
    }

    /** Older first: earlier first article, then earlier arrival. */
    static final Comparator<StoryCentroid> AGE = Comparator
            .comparing((StoryCentroid c) -> c.firstWhen, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(c -> c.sequence);

    void add(String article, Instant when, TermVector termVector, TermVector entityVector, int maxTerms,
             int memberLinks) {
        if (memberLinks > 0) {
            recent.addLast(termVector);
            while (recent.size() > memberLinks) {
                recent.removeFirst();
            }
        }
        termNorm = addTo(terms, termVector, termNorm, maxTerms);
        entityNorm = addTo(entities, entityVector, entityNorm, maxTerms);
        members.add(article);
        size++;
        if (when != null && (lastWhen == null || when.isAfter(lastWhen))) {
            lastWhen = when;
        }
    }

    /**
     * Adds {@code vector} to {@code centroid} and returns the centroid's new norm, updated from the changed
     * entries only (recomputed in full when the centroid is pruned).
     */
    private static double addTo(LongDoubleMap centroid, TermVector vector, double norm, int maxTerms) {
        double sum = norm * norm;
        for (int i = 0; i < vector.size; i++) {
            double w = vector.weights[i];
            double now = centroid.add(vector.keys[i], w);
            double before = now - w;
            sum += now * now - before * before;
        }
        if (centroid.prune(maxTerms)) {
            return centroid.norm();
        }
        return Math.sqrt(Math.max(0, sum));
    }

    /** Adds an article's event keys (present: 1 each, whatever their weight in the vector). */
    void addEvents(TermVector vector, int maxTerms) {
        events = counted(events, vector, maxTerms);
    }

    /** Adds an article's headline name keys ({@link HeadlineNames#vector}), keeping at most the heaviest few. */
    void addHeadline(TermVector vector) {
        headlines = counted(headlines, vector, HeadlineNames.STORY_WORDS);
    }

    /** Adds an article's names (term keys, each once; {@link #names}). */
    void addNames(TermVector vector) {
        names = counted(names, vector, STORY_NAMES);
    }

    /** Whether one of {@code nameKeys} is a name of one of its members. */
    boolean namesAny(long[] nameKeys) {
        if (names != null) {
            for (long k : nameKeys) {
                double w = names.get(k);
                if (w == w) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code keys} with one more count for each key of {@code vector}, pruned to the heaviest {@code max}. */
    private static LongDoubleMap counted(LongDoubleMap keys, TermVector vector, int max) {
        if (vector.isEmpty()) {
            return keys;
        }
        LongDoubleMap into = keys == null ? new LongDoubleMap(16) : keys;
        for (int i = 0; i < vector.size; i++) {
            into.add(vector.keys[i], 1);
        }
        into.prune(max);
        return into;
    }

    /** Adds an article's days. */
    void addDays(EventDays articleDays) {
        if (articleDays.isEmpty()) {
            return;
        }
        if (days == null) {
            days = new EventDays();
        }
        days.addAll(articleDays);
    }

    /** Adds an article's main actors (hashed keys), each once, up to {@link #MAX_ACTORS}. */
    void addActors(long[] articleActors) {
        for (long a : articleActors) {
            if (actors.length < MAX_ACTORS && !hasActor(a)) {
                actors = java.util.Arrays.copyOf(actors, actors.length + 1);
                actors[actors.length - 1] = a;
            }
        }
    }

    /** Whether {@code actor} is one of its members' main actors. */
    boolean hasActor(long actor) {
        for (long a : actors) {
            if (a == actor) {
                return true;
            }
        }
        return false;
    }

    /** {@code keys} with {@code other}'s counts added, pruned to the heaviest {@code max}. */
    private static LongDoubleMap merged(LongDoubleMap keys, LongDoubleMap other, int max) {
        if (other == null) {
            return keys;
        }
        LongDoubleMap into = keys == null ? new LongDoubleMap(16) : keys;
        into.addAll(other);
        into.prune(max);
        return into;
    }

    void absorb(StoryCentroid other, int maxTerms, int memberLinks) {
        if (other.days != null) {
            addDays(other.days);
        }
        addActors(other.actors);
        headlines = merged(headlines, other.headlines, HeadlineNames.STORY_WORDS);
        names = merged(names, other.names, STORY_NAMES);
        if (other.events != null) {
            if (events == null) {
                events = new LongDoubleMap(16);
            }
            events.addAll(other.events);
            events.prune(maxTerms);
        }
        recent.addAll(other.recent);
        while (recent.size() > memberLinks) {
            recent.removeFirst();
        }
        terms.addAll(other.terms);
        entities.addAll(other.entities);
        members.addAll(other.members);
        size += other.size;
        occasionMembers += other.occasionMembers;
        venueMembers += other.venueMembers;
        if (other.lastWhen != null && (lastWhen == null || other.lastWhen.isAfter(lastWhen))) {
            lastWhen = other.lastWhen;
        }
        terms.prune(maxTerms);
        entities.prune(maxTerms);
        termNorm = terms.norm();
        entityNorm = entities.norm();
    }

    /**
     * How close the story's articles are to the rest of it: the mean cosine of a member with the centroid of the
     * others. The centroid is the sum of the members' unit vectors, so the mean dot product of a member with it is
     * termNorm^2 / size, and with the others' centroid one less, whose norm follows from the same sum (pruning
     * the centroid's weakest terms makes this a close estimate). 0 for fewer than two articles.
     */
    double cohesion() {
        if (size < 2) {
            return 0;
        }
        double squared = termNorm * termNorm;
        double meanDot = squared / size;
        double rest = squared - 2 * meanDot + 1;
        return rest <= 0 ? 0 : Math.max(0, meanDot - 1) / Math.sqrt(rest);
    }

    /**
     * Reads what scoring an article against it reads first (its entity table at the article's names, its event and
     * headline tables at the article's keys, the head of its term table, its latest time) and returns a number made of
     * it ({@link LongDoubleMap#touch}): the loads of many stories made together overlap their cache misses.
     */
    long touch(TermVector articleEntities, TermVector articleEvents, TermVector articleHeadline) {
        long read = entities.touch(articleEntities.keys, articleEntities.size) + terms.touch(articleEntities.keys, 0);
        if (events != null) {
            read += events.touch(articleEvents.keys, articleEvents.size);
        }
        if (headlines != null) {
            read += headlines.touch(articleHeadline.keys, articleHeadline.size);
        }
        return lastWhen == null ? read : read + lastWhen.getEpochSecond();
    }

    /** Cosine of a unit vector with a centroid of norm {@code centroidNorm}. */
    static double cosine(TermVector unit, LongDoubleMap centroid, double centroidNorm) {
        if (centroidNorm == 0 || unit.isEmpty()) {
            return 0;
        }
        return unit.dot(centroid) / centroidNorm;
    }

    /** The best cosine of a unit vector with one of the recent members (also unit vectors). */
    double bestMember(TermVector unit) {
        double best = 0;
        for (TermVector member : recent) {
            best = Math.max(best, unit.dot(member));
        }
        return best;
    }

    /** Cosine of two story centroids' terms. */
    double termCosine(StoryCentroid other) {
        if (termNorm == 0 || other.termNorm == 0) {
            return 0;
        }
        LongDoubleMap small = terms.size() <= other.terms.size() ? terms : other.terms;
        LongDoubleMap large = small == terms ? other.terms : terms;
        double dot = 0;
        for (int i = 0; i < small.capacity(); i++) {
            long k = small.keyAt(i);
            if (k != 0) {
                double w = large.get(k);
                if (w == w) {
                    dot += small.valueAt(i) * w;
                }
            }
        }
        return dot / (termNorm * other.termNorm);
    }
}
