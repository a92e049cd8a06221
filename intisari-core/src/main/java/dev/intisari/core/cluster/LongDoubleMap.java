package dev.intisari.core.cluster;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A story centroid's weights keyed by {@link TermCounts} term keys: open addressing with linear probing over one
 * array in which slot {@code i} holds its key at {@code 2i} and its weight's bits at {@code 2i + 1} (key 0 marks an
 * empty slot; {@link TermCounts#key} never gives 0). A lookup is a multiply, a probe or two and no object, and a
 * found key's weight is on the key's cache line (two arrays cost the scoring's candidate cosines a second miss per
 * shared term); the whole map is one array to checkpoint. Beside it, one byte per slot, a tag of the key in that
 * slot (0 when empty): a look-up scans the tags and reads the wide array only at a slot whose tag matches, so the
 * look-up of an absent key (most of a candidate story's cosine with an article) reads a table a sixteenth the
 * size, which stays in cache where the wide tables of thousands of stories do not. Not thread-safe (it lives
 * inside a {@link ClusterState}).
 */
final class LongDoubleMap implements Serializable {
    private static final long serialVersionUID = 3L;
    private long[] slots;
    /** The tag of the key in each slot ({@link #tag}), 0 for an empty slot. */
    private byte[] tags;
    private int size;

    LongDoubleMap() {
        this(16);
    }

    LongDoubleMap(int expected) {
        slots = new long[2 * capacityFor(expected)];
        tags = new byte[capacityFor(expected)];
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
        tags = new byte[capacityFor(0)];
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    private static int slot(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** The key's tag: its top byte (the slot is taken from its low bits), never 0. */
    static byte tag(long key) {
        byte t = (byte) (key >>> 56);
        return t == 0 ? 1 : t;
    }

    private static double weight(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long bits(double weight) {
        return Double.doubleToRawLongBits(weight);
    }

    /** The weight of {@code key}, or NaN when absent. */
    double get(long key) {
        byte[] t = tags;
        int mask = t.length - 1;
        byte tag = tag(key);
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            byte at = t[i];
            if (at == 0) {
                return Double.NaN;
            }
            if (at == tag) {
                long[] s = slots;
                if (s[2 * i] == key) {
                    return weight(s[2 * i + 1]);
                }
            }
        }
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
        tags[i] = tag(key);
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
        tags = new byte[capacityFor(kept)];
        size = 0;
        for (int i = 0; i < kept; i++) {
            add(k[i], v[i]);
        }
        return true;
    }

    private void rehash(int capacity) {
        long[] old = slots;
        slots = new long[2 * capacity];
        tags = new byte[capacity];
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
                tags[i] = tag(k);
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
