package dev.intisari.core.dedupe;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A map from {@code long} keys to objects without boxing: open addressing with linear probing and
 * backward-shift deletion over a key array, a value array and an occupancy flag per slot (any key, 0 too).
 * Used for the LSH buckets here and the clusterer's postings, where a boxed {@code Long} per look-up was a
 * measurable share of the step. Not thread-safe (it lives inside a state object). Public only so that the
 * cluster package can use it; not part of the API.
 *
 * @param <V> the value type
 */
public final class LongObjectMap<V> implements Serializable {
    private static final long serialVersionUID = 1L;
    private long[] keys;
    private Object[] values;
    private boolean[] used;
    private int size;

    public LongObjectMap() {
        keys = new long[64];
        values = new Object[64];
        used = new boolean[64];
    }

    public int size() {
        return size;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** The value of {@code key}, made by {@code make} and stored when absent. */
    @SuppressWarnings("unchecked")
    public V computeIfAbsent(long key, Supplier<V> make) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        V value = make.get();
        used[i] = true;
        keys[i] = key;
        values[i] = value;
        if (2 * ++size > keys.length) {
            rehash(keys.length * 2);
        }
        return value;
    }

    /** Removes {@code key}; later entries of its probe run shift back so that no tombstone is needed. */
    public void remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (used[i] && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (!used[i]) {
            return;
        }
        size--;
        int hole = i;
        for (int j = (hole + 1) & mask; used[j]; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            // move j into the hole when its home slot is not cyclically within (hole, j]
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        used[hole] = false;
        values[hole] = null;
        keys[hole] = 0;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[capacity];
        values = new Object[capacity];
        used = new boolean[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldUsed[j]) {
                int i = slot(oldKeys[j], mask);
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
