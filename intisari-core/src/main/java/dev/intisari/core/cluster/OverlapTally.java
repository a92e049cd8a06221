package dev.intisari.core.cluster;

import java.util.Arrays;

/**
 * Counts, for one query story, how many of its top terms each earlier storyline shares, with plain int arrays
 * indexed by storyline id: a line counts once per term however many of its stories carry the term, and
 * clearing touches only the lines counted. Not thread-safe; one tally serves one linking run.
 */
final class OverlapTally {
    private int[] counts = new int[1024];
    private int[] lastTerm = new int[1024];
    private int[] touched = new int[256];
    private int touchedSize;
    private int term;

    /** Forgets the counts of the previous query. */
    void clear() {
        for (int i = 0; i < touchedSize; i++) {
            counts[touched[i]] = 0;
        }
        touchedSize = 0;
    }

    /** Starts counting the lines of the query's next term. */
    void nextTerm() {
        term++;
    }

    /** Counts {@code line} for the current term, once. */
    void count(int line) {
        if (line >= counts.length) {
            int size = Math.max(line + 1, counts.length * 2);
            counts = Arrays.copyOf(counts, size);
            lastTerm = Arrays.copyOf(lastTerm, size);
        }
        if (lastTerm[line] == term) {
            return;
        }
        lastTerm[line] = term;
        if (counts[line]++ == 0) {
            if (touchedSize == touched.length) {
                touched = Arrays.copyOf(touched, touchedSize * 2);
            }
            touched[touchedSize++] = line;
        }
    }

    /**
     * The {@code k} lines sharing the most terms (ties: the lower id, that is the earlier line), in id order.
     */
    int[] top(int k) {
        int max = 0;
        for (int i = 0; i < touchedSize; i++) {
            max = Math.max(max, counts[touched[i]]);
        }
        int[] perCount = new int[max + 1];
        for (int i = 0; i < touchedSize; i++) {
            perCount[counts[touched[i]]]++;
        }
        int threshold = max;
        int above = 0;
        while (threshold > 1 && above + perCount[threshold] < k) {
            above += perCount[threshold];
            threshold--;
        }
        int atThreshold = Math.min(perCount[threshold], k - above);
        int[] out = new int[Math.min(k, touchedSize)];
        int[] tied = new int[perCount[threshold]];
        int m = 0;
        int t = 0;
        for (int i = 0; i < touchedSize; i++) {
            int line = touched[i];
            if (counts[line] > threshold) {
                out[m++] = line;
            } else if (counts[line] == threshold) {
                tied[t++] = line;
            }
        }
        Arrays.sort(tied);
        System.arraycopy(tied, 0, out, m, atThreshold);
        Arrays.sort(out, 0, m + atThreshold);
        return m + atThreshold == out.length ? out : Arrays.copyOf(out, m + atThreshold);
    }
}
