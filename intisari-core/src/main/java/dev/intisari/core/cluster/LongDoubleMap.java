package dev.intisari.core.cluster;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A story centroid's weights keyed by {@link TermCounts} term keys: open addressing with linear probing over one
 * array of keys and one of weights (key 0 marks an empty slot; {@link TermCounts#key} never gives 0). A lookup
 * is a multiply, a probe or two and no object; the whole map is two arrays to checkpoint. Not thread-safe (it
 * lives inside a {@link ClusterState}).
 */
final class LongDoubleMap implements Serializable {
    private static final long serialVersionUID = 1L;
    private long[] keys;
    private double[] values;
    private int size;

    LongDoubleMap() {
        this(16);
    }

    LongDoubleMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new double[capacity];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** The weight of {@code key}, or NaN when absent. */
    double get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return Double.NaN;
            }
        }
    }

    boolean containsKey(long key) {
        return !Double.isNaN(get(key));
    }

    /** Adds {@code delta} to the weight of {@code key} (0 when absent) and returns the new weight. */
    double add(long key, double delta) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i] += delta;
            }
            if (k == 0) {
                break;
            }
        }
        insert(i, key, delta);
        return delta;
    }

    /** Puts {@code key} with {@code value} in the empty slot {@code i}, growing the table when half full. */
    private void insert(int i, long key, double value) {
        keys[i] = key;
        values[i] = value;
        if (2 * ++size > keys.length) {
            rehash(keys.length * 2);
        }
    }

    /**
     * As {@link #add}, in one probe, returning how much the square of the weight grew: {@code after * after - before
     * * before}, with {@code before} 0 when the key was absent (a running sum of squares kept without a second look-up).
     */
    double addSquareGrowth(long key, double delta) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                double before = values[i];
                double after = values[i] += delta;
                return after * after - (before == before ? before * before : 0);
            }
            if (k == 0) {
                break;
            }
        }
        insert(i, key, delta);
        return delta * delta;
    }

    /** Adds every entry of {@code other}. */
    void addAll(LongDoubleMap other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != 0) {
                add(other.keys[i], other.values[i]);
            }
        }
    }

    /** Keys in slot order: read with {@link #keyAt}/{@link #valueAt} for slots 0 to {@link #capacity()}. */
    int capacity() {
        return keys.length;
    }

    /** The key in slot {@code i}, 0 when the slot is empty. */
    long keyAt(int i) {
        return keys[i];
    }

    double valueAt(int i) {
        return values[i];
    }

    double norm() {
        double sum = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                sum += values[i] * values[i];
            }
        }
        return Math.sqrt(sum);
    }

    /** Keeps the {@code max} heaviest entries (ties: smaller keys) once there are more than twice as many. */
    boolean prune(int max) {
        if (size <= 2 * max) {
            return false;
        }
        long[] k = new long[size];
        double[] v = new double[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                k[n] = keys[i];
                v[n++] = values[i];
            }
        }
        int kept = Heaviest.select(k, v, n, max);
        keys = new long[Integer.highestOneBit(Math.max(8, kept) * 2 - 1) << 1];
        values = new double[keys.length];
        size = 0;
        for (int i = 0; i < kept; i++) {
            add(k[i], v[i]);
        }
        return true;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[capacity];
        values = new double[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k != 0) {
                int i = slot(k, mask);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                values[i] = oldValues[j];
            }
        }
    }

    @Override
    public String toString() {
        return "LongDoubleMap" + Arrays.toString(Arrays.copyOf(keys, Math.min(8, keys.length))) + "... size " + size;
    }
}
