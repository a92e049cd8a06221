package dev.intisari.core.cluster;

/**
 * Selection of the heaviest entries of parallel key and weight arrays, ties broken by position, without boxing
 * or sorting: a quickselect on a copy of the weights finds the k-th weight, one pass keeps what is heavier and
 * the earliest of those equal to it, in order.
 */
final class Heaviest {
    private Heaviest() {
    }

    /**
     * Moves the {@code k} heaviest of the first {@code n} entries to the front of both arrays, in their original
     * order, and returns how many were kept ({@code min(k, n)}); among equal weights at the cut, the earliest
     * entries are kept (for an article's terms: the ones that occur first, in the headline and the lead).
     */
    static int select(long[] keys, double[] weights, int n, int k) {
        if (n <= k) {
            return n;
        }
        if (k <= 0) {
            return 0;
        }
        double kth = kthLargest(weights, n, k);
        int above = 0;
        for (int i = 0; i < n; i++) {
            if (weights[i] > kth) {
                above++;
            }
        }
        int tiedToKeep = k - above;
        int front = 0;
        for (int i = 0; i < n; i++) {
            double w = weights[i];
            if (w > kth || w == kth && tiedToKeep-- > 0) {
                keys[front] = keys[i];
                weights[front] = w;
                front++;
            }
        }
        return front;
    }

    /** The {@code k}-th largest of the first {@code n} weights (1-based), by quickselect on a copy. */
    private static double kthLargest(double[] weights, int n, int k) {
        double[] a = java.util.Arrays.copyOf(weights, n);
        int target = n - k;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            double pivot = median(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                return a[target];
            }
        }
        return a[target];
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

}
