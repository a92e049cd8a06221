package dev.intisari.eval.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Entity-level scores as conlleval and seqeval (default IOB2 mode) compute them: a chunk starts at B-X, or
 * at I-X after O or another type; a predicted chunk counts when type, start and end equal a gold chunk.
 */
final class ChunkScore {
    private final TreeMap<String, int[]> counts = new TreeMap<>();

    /** Adds one sentence: gold and predicted tags. */
    void add(List<String> gold, String[] predicted) {
        Set<String> g = new HashSet<>(chunks(gold));
        List<String> p = chunks(List.of(predicted));
        for (String c : g) {
            counts.computeIfAbsent(type(c), k -> new int[3])[1]++;
        }
        for (String c : p) {
            int[] n = counts.computeIfAbsent(type(c), k -> new int[3]);
            n[2]++;
            if (g.contains(c)) {
                n[0]++;
            }
        }
    }

    Set<String> types() {
        return new TreeSet<>(counts.keySet());
    }

    /** F1 (0..100) of one type. */
    double f1(String type) {
        int[] n = counts.getOrDefault(type, new int[3]);
        return f1(n[0], n[1], n[2]);
    }

    /** Mean of the per-type F1 (IndoNLU). */
    double macroF1() {
        return counts.keySet().stream().mapToDouble(this::f1).average().orElse(0);
    }

    /** F1 over all chunks (seqeval micro). */
    double microF1() {
        int tp = 0;
        int gold = 0;
        int pred = 0;
        for (int[] n : counts.values()) {
            tp += n[0];
            gold += n[1];
            pred += n[2];
        }
        return f1(tp, gold, pred);
    }

    private static double f1(int tp, int gold, int pred) {
        if (tp == 0) {
            return 0;
        }
        double p = tp / (double) pred;
        double r = tp / (double) gold;
        return 100 * 2 * p * r / (p + r);
    }

    private static String type(String chunk) {
        return chunk.substring(chunk.lastIndexOf(':') + 1);
    }

    /** Chunks as "start:end:type". */
    static List<String> chunks(List<String> tags) {
        List<String> out = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")) ? tag.substring(2) : null;
            boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
            if (type != null && (t == null || begins)) {
                out.add(start + ":" + i + ":" + type);
                type = null;
            }
            if (begins) {
                type = t;
                start = i;
            }
        }
        return out;
    }
}
