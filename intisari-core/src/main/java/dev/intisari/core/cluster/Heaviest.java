package dev.intisari.core.cluster;

import java.util.Arrays;

/** Selection of the heaviest keys of parallel key and weight arrays, ties broken by key, without boxing. */
final class Heaviest {
    private Heaviest() {
    }

    /**
     * Moves the {@code k} heaviest of the first {@code n} entries to the front of both arrays (in no particular
     * order) and returns how many were kept ({@code min(k, n)}); among equal weights at the cut, the smallest
     * keys are kept.
     */
    static int select(String[] keys, double[] weights, int n, int k) {
        if (n <= k) {
            return n;
        }
        double[] sorted = Arrays.copyOf(weights, n);
        Arrays.sort(sorted);
        double kth = sorted[n - k];
        int front = 0;
        String[] tied = new String[n];
        int tiedCount = 0;
        for (int i = 0; i < n; i++) {
            if (weights[i] > kth) {
                swap(keys, weights, front++, i);
            } else if (weights[i] == kth) {
                tied[tiedCount++] = keys[i];
            }
        }
        if (front < k) {
            Arrays.sort(tied, 0, tiedCount);
            for (int j = 0; front < k && j < tiedCount; j++) {
                keys[front] = tied[j];
                weights[front] = kth;
                front++;
            }
        }
        return front;
    }

    private static void swap(String[] keys, double[] weights, int a, int b) {
        String key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        double w = weights[a];
        weights[a] = weights[b];
        weights[b] = w;
    }
}
