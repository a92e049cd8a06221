package dev.intisari.core.dedupe;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A map from {@code long} keys to objects without boxing: open addressing with linear probing and
 * backward-shift deletion over a key array and a value array (any key, 0 too; a null value marks an empty slot,
 * so values are never null). Used for the LSH buckets here and the clusterer's postings, where a boxed
 * {@code Long} per look-up was a measurable share of the step; the tables hold millions of slots at scale, so a
 * probe reads two arrays, not three (an occupancy flag per slot was a third cache miss). Not thread-safe (it lives
 * inside a state object). Public only so that the cluster package can use it; not part of the API.
 *
 * @param <V> the value type
 */
public final class LongObjectMap<V> implements Serializable {
    private static final long serialVersionUID = 2L;
    private long[] keys;
    private Object[] values;
    private int size;

    public LongObjectMap() {
        keys = new long[64];
        values = new Object[64];
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
        for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        return null;
    }

    /**
     * Reads the home slot of each of {@code keys} in both arrays and returns a number made of what it read (of no
     * meaning): a caller about to look all of them up (a signature's 32 band keys, in a table of millions of
     * slots) has their cache misses under way together, where the look-ups one after the other wait for each.
     */
    public long touch(long[] keys) {
        return touch(keys, keys.length);
    }

    /** {@link #touch(long[])} for the first {@code n} keys. */
    public long touch(long[] keys, int n) {
        int mask = this.keys.length - 1;
        long read = 0;
        for (int j = 0; j < n; j++) {
            int i = slot(keys[j], mask);
            read += this.keys[i];
            if (values[i] != null) {
                read++;
            }
        }
        return read;
    }

    /** Maps {@code key} to {@code value} (not null), replacing any value it had. */
    public void put(long key, V value) {
        java.util.Objects.requireNonNull(value, "value");
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
        add(i, key, value);
    }

    /** The value of {@code key}, made by {@code make} and stored when absent. */
    @SuppressWarnings("unchecked")
    public V computeIfAbsent(long key, Supplier<V> make) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; values[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) values[i];
            }
        }
        V value = java.util.Objects.requireNonNull(make.get(), "value");
        add(i, key, value);
        return value;
    }

    /** Puts {@code key} with {@code value} in the empty slot {@code i}, growing the table when half full. */
    private void add(int i, long key, Object value) {
        keys[i] = key;
        values[i] = value;
        if (2 * ++size > keys.length) {
            rehash(keys.length * 2);
        }
    }

    /** Removes {@code key}; later entries of its probe run shift back so that no tombstone is needed. */
    public void remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != null && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == null) {
            return;
        }
        size--;
        int hole = i;
        for (int j = (hole + 1) & mask; values[j] != null; j = (j + 1) & mask) {
            int home = slot(keys[j], mask);
            // move j into the hole when its home slot is not cyclically within (hole, j]
            boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!stays) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
        values[hole] = null;
        keys[hole] = 0;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[capacity];
        values = new Object[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != null) {
                int i = slot(oldKeys[j], mask);
                while (values[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
