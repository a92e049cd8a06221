package dev.intisari.core.cluster;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An active story inside {@link ClusterState}: the sum of its articles' normalised TF-IDF vectors (terms and
 * entities apart), their cached norms, its members in the window and the terms it is indexed under.
 */
final class StoryCentroid implements Serializable {
    private static final long serialVersionUID = 1L;
    final String id;
    final long sequence;
    final Instant firstWhen;
    Instant lastWhen;
    final Map<String, Double> terms = new HashMap<>();
    final Map<String, Double> entities = new HashMap<>();
    double termNorm;
    double entityNorm;
    int size;
    final List<String> members = new ArrayList<>();
    final ArrayDeque<Map<String, Double>> recent = new ArrayDeque<>();
    Set<String> indexed = Set.of();

    StoryCentroid(String id, long sequence, Instant firstWhen) {
        this.id = id;
        this.sequence = sequence;
        this.firstWhen = firstWhen;
        this.lastWhen = firstWhen;
    }

    /** Older first: earlier first article, then earlier arrival. */
    static final Comparator<StoryCentroid> AGE = Comparator
            .comparing((StoryCentroid c) -> c.firstWhen, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(c -> c.sequence);

    void add(String article, Instant when, Map<String, Double> termVector, Map<String, Double> entityVector,
             int maxTerms, int memberLinks) {
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
    private static double addTo(Map<String, Double> centroid, Map<String, Double> vector, double norm, int maxTerms) {
        double sum = norm * norm;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            double w = e.getValue();
            double now = centroid.merge(e.getKey(), w, Double::sum);
            double before = now - w;
            sum += now * now - before * before;
        }
        if (prune(centroid, maxTerms)) {
            return norm(centroid);
        }
        return Math.sqrt(Math.max(0, sum));
    }

    void absorb(StoryCentroid other, int maxTerms, int memberLinks) {
        recent.addAll(other.recent);
        while (recent.size() > memberLinks) {
            recent.removeFirst();
        }
        other.terms.forEach((t, w) -> terms.merge(t, w, Double::sum));
        other.entities.forEach((t, w) -> entities.merge(t, w, Double::sum));
        members.addAll(other.members);
        size += other.size;
        if (other.lastWhen != null && (lastWhen == null || other.lastWhen.isAfter(lastWhen))) {
            lastWhen = other.lastWhen;
        }
        prune(terms, maxTerms);
        prune(entities, maxTerms);
        termNorm = norm(terms);
        entityNorm = norm(entities);
    }

    /** Cosine of a normalised vector with this story's term (or entity) centroid. */
    static double cosine(Map<String, Double> unit, Map<String, Double> centroid, double centroidNorm) {
        return cosine(unit, centroid, centroidNorm, 1);
    }

    /** Keys of {@code unit} also in {@code centroid}. */
    static int shared(Map<String, Double> unit, Map<String, Double> centroid) {
        int n = 0;
        for (String key : unit.keySet()) {
            if (centroid.containsKey(key)) {
                n++;
            }
        }
        return n;
    }

    /** As {@link #cosine(Map, Map, double)}, but 0 when fewer than {@code minShared} keys are shared. */
    static double cosine(Map<String, Double> unit, Map<String, Double> centroid, double centroidNorm, int minShared) {
        if (centroidNorm == 0 || unit.isEmpty()) {
            return 0;
        }
        double dot = 0;
        int shared = 0;
        for (Map.Entry<String, Double> e : unit.entrySet()) {
            Double w = centroid.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
                shared++;
            }
        }
        return shared < minShared ? 0 : dot / centroidNorm;
    }

    /** The best cosine of a normalised vector with one of the recent members (also normalised). */
    double bestMember(Map<String, Double> unit) {
        double best = 0;
        for (Map<String, Double> member : recent) {
            Map<String, Double> small = unit.size() <= member.size() ? unit : member;
            Map<String, Double> large = small == unit ? member : unit;
            double dot = 0;
            for (Map.Entry<String, Double> e : small.entrySet()) {
                Double w = large.get(e.getKey());
                if (w != null) {
                    dot += e.getValue() * w;
                }
            }
            best = Math.max(best, dot);
        }
        return best;
    }

    /** Cosine of two story centroids' terms. */
    double termCosine(StoryCentroid other) {
        if (termNorm == 0 || other.termNorm == 0) {
            return 0;
        }
        Map<String, Double> small = terms.size() <= other.terms.size() ? terms : other.terms;
        Map<String, Double> large = small == terms ? other.terms : terms;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / (termNorm * other.termNorm);
    }

    /** Keeps the {@code max} heaviest entries once the vector has more than twice as many; true if pruned. */
    private static boolean prune(Map<String, Double> vector, int max) {
        if (vector.size() <= 2 * max) {
            return false;
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>(vector.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = max; i < entries.size(); i++) {
            vector.remove(entries.get(i).getKey());
        }
        return true;
    }

    static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double w : vector.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
