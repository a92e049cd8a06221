package dev.intisari.core.cluster;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A story centroid's weights keyed by {@link TermCounts} term keys: open addressing with linear probing over one
 * array in which slot {@code i} holds its key at {@code 2i} and its weight's bits at {@code 2i + 1} (key 0 marks an
 * empty slot; {@link TermCounts#key} never gives 0). A lookup is a multiply, a probe or two and no object, and a
 * found key's weight is on the key's cache line (two arrays cost the scoring's candidate cosines a second miss per
 * shared term); the whole map is one array to checkpoint. Not thread-safe (it lives inside a
 * {@link ClusterState}).
 */
final class LongDoubleMap implements Serializable {
    private static final long serialVersionUID = 2L;
    private long[] slots;
    private int size;

    LongDoubleMap() {
        this(16);
    }

    LongDoubleMap(int expected) {
        slots = new long[2 * capacityFor(expected)];
    }

    private static int capacityFor(int expected) {
        return Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    }

    int size() {
        return size;
    }

    /** Empties it, down to its smallest table. */
    void clear() {
        slots = new long[2 * capacityFor(0)];
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private static double weight(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long bits(double weight) {
        return Double.doubleToRawLongBits(weight);
    }

    /** The weight of {@code key}, or NaN when absent. */
    double get(long key) {
        long[] s = slots;
        int mask = s.length / 2 - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = s[2 * i];
            if (k == key) {
                return weight(s[2 * i + 1]);
            }
            if (k == 0) {
                return Double.NaN;
            }
        }
    }

    /**
     * Reads the home slot of each of the first {@code n} keys and returns a number made of them, so that the look-ups
     * that follow find their lines on the way (the loads here are independent of each other).
     */
    long touch(long[] keys, int n) {
        long[] s = slots;
        int mask = s.length / 2 - 1;
        long read = s.length;
        for (int j = 0; j < n; j++) {
            read += s[2 * slot(keys[j], mask)];
        }
        return read;
    }

    boolean containsKey(long key) {
        return !Double.isNaN(get(key));
    }

    /** Adds {@code delta} to the weight of {@code key} (0 when absent) and returns the new weight. */
    double add(long key, double delta) {
        int mask = slots.length / 2 - 1;
        int i = slot(key, mask);
        for (; ; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == key) {
                double now = weight(slots[2 * i + 1]) + delta;
                slots[2 * i + 1] = bits(now);
                return now;
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
        slots[2 * i] = key;
        slots[2 * i + 1] = bits(value);
        if (2 * ++size > capacity()) {
            rehash(capacity() * 2);
        }
    }

    /**
     * As {@link #add}, in one probe, returning how much the square of the weight grew: {@code after * after - before
     * * before}, with {@code before} 0 when the key was absent (a running sum of squares kept without a second look-up).
     */
    double addSquareGrowth(long key, double delta) {
        int mask = slots.length / 2 - 1;
        int i = slot(key, mask);
        for (; ; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == key) {
                double before = weight(slots[2 * i + 1]);
                double after = before + delta;
                slots[2 * i + 1] = bits(after);
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
        for (int i = 0; i < other.capacity(); i++) {
            if (other.keyAt(i) != 0) {
                add(other.keyAt(i), other.valueAt(i));
            }
        }
    }

    /** Keys in slot order: read with {@link #keyAt}/{@link #valueAt} for slots 0 to {@link #capacity()}. */
    int capacity() {
        return slots.length / 2;
    }

    /** The key in slot {@code i}, 0 when the slot is empty. */
    long keyAt(int i) {
        return slots[2 * i];
    }

    double valueAt(int i) {
        return weight(slots[2 * i + 1]);
    }

    double norm() {
        double sum = 0;
        for (int i = 0; i < capacity(); i++) {
            if (keyAt(i) != 0) {
                double v = valueAt(i);
                sum += v * v;
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
        for (int i = 0; i < capacity(); i++) {
            if (keyAt(i) != 0) {
                k[n] = keyAt(i);
                v[n++] = valueAt(i);
            }
        }
        int kept = Heaviest.select(k, v, n, max);
        slots = new long[2 * capacityFor(kept)];
        size = 0;
        for (int i = 0; i < kept; i++) {
            add(k[i], v[i]);
        }
        return true;
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = new long[2 * capacity];
        int mask = capacity - 1;
        for (int j = 0; j < old.length; j += 2) {
            long k = old[j];
            if (k != 0) {
                int i = slot(k, mask);
                while (slots[2 * i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = k;
                slots[2 * i + 1] = old[j + 1];
            }
        }
    }

    @Override
    public String toString() {
        long[] first = new long[Math.min(8, capacity())];
        for (int i = 0; i < first.length; i++) {
            first[i] = keyAt(i);
        }
        return "LongDoubleMap" + Arrays.toString(first) + "... size " + size;
    }
}
