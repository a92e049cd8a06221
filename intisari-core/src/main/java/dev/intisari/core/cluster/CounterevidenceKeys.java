package dev.intisari.core.cluster;

import java.util.List;

/**
 * The article's event keys that {@link Counterevidence} reads beside its scores, hashed as the clusterer keeps
 * event keys ({@link TermCounts#key(String, long)} in {@link ClusterState#EVENTS}): its venues ({@code p:}) and its
 * main actor ({@code a:}, {@link MainActors}). Neither is counted here (venues are counted as event keys; actors
 * never are).
 */
final class CounterevidenceKeys {
    static final long[] NO_ACTORS = new long[0];

    private CounterevidenceKeys() {
    }

    /** The venue keys ({@code p:}) as a vector of weight 1 each, for the venue test and exemption. */
    static TermVector venues(List<String> keys) {
        int n = 0;
        for (String key : keys) {
            if (key.startsWith("p:")) {
                n++;
            }
        }
        if (n == 0) {
            return TermVector.EMPTY;
        }
        long[] k = new long[n];
        double[] w = new double[n];
        int i = 0;
        for (String key : keys) {
            if (key.startsWith("p:")) {
                k[i] = TermCounts.key(key, ClusterState.EVENTS);
                w[i++] = 1;
            }
        }
        return new TermVector(k, w, n);
    }

    /** The main actors ({@code a:} keys) as hashed keys, each once. */
    static long[] actors(List<String> keys) {
        long[] out = NO_ACTORS;
        for (String key : keys) {
            if (key.startsWith("a:")) {
                long h = TermCounts.key(key, ClusterState.EVENTS);
                if (!contains(out, h)) {
                    out = java.util.Arrays.copyOf(out, out.length + 1);
                    out[out.length - 1] = h;
                }
            }
        }
        return out;
    }

    /** Whether {@code keys} holds {@code key}. */
    static boolean contains(long[] keys, long key) {
        for (long k : keys) {
            if (k == key) {
                return true;
            }
        }
        return false;
    }
}
