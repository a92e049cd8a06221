package dev.intisari.core.cluster;

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
final class StoryCentroid implements java.io.Serializable {
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
        termVector.forEach((t, w) -> terms.merge(t, w, Double::sum));
        entityVector.forEach((t, w) -> entities.merge(t, w, Double::sum));
        members.add(article);
        size++;
        if (when != null && (lastWhen == null || when.isAfter(lastWhen))) {
            lastWhen = when;
        }
        prune(terms, maxTerms);
        prune(entities, maxTerms);
        termNorm = norm(terms);
        entityNorm = norm(entities);
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
        if (centroidNorm == 0 || unit.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : unit.entrySet()) {
            Double w = centroid.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot / centroidNorm;
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

    private static void prune(Map<String, Double> vector, int max) {
        if (vector.size() <= 2 * max) {
            return;
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>(vector.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = max; i < entries.size(); i++) {
            vector.remove(entries.get(i).getKey());
        }
    }

    static double norm(Map<String, Double> vector) {
        double sum = 0;
        for (double w : vector.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
