package dev.intisari.core.entity;

/**
 * An open-addressing map from 64-bit keys (token hashes) to ints; read-only once built. Each key and its
 * value sit side by side in one array, so a lookup usually touches one cache line.
 */
final class LongIntMap {
    /** Marks a used slot in the value word (the value itself is in the low 32 bits). */
    private static final long USED = 1L << 32;

    /** {@code table[2s]} the key of slot s, {@code table[2s+1]} USED | value. */
    private long[] table;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2)) << 1;
        table = new long[cap * 2];
    }

    void put(long key, int value) {
        if ((size + 1) * 4 > table.length) {
            grow();
        }
        int mask = table.length / 2 - 1;
        int i = (int) TokenHash.mix(key) & mask;
        while (table[2 * i + 1] != 0 && table[2 * i] != key) {
            i = (i + 1) & mask;
        }
        if (table[2 * i + 1] == 0) {
            table[2 * i] = key;
            size++;
        }
        table[2 * i + 1] = USED | (value & 0xffffffffL);
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(long key, int missing) {
        long[] t = table;
        int mask = t.length / 2 - 1;
        int i = (int) TokenHash.mix(key) & mask;
        long entry;
        while ((entry = t[2 * i + 1]) != 0) {
            if (t[2 * i] == key) {
                return (int) entry;
            }
            i = (i + 1) & mask;
        }
        return missing;
    }

    /**
     * The same entries in a table sized for them (at most half full): a map built with room to spare
     * is worth compacting before it is read in a hot loop, as a smaller table misses the cache less.
     */
    LongIntMap compacted() {
        LongIntMap out = new LongIntMap(size);
        for (int i = 0; i < table.length; i += 2) {
            if (table[i + 1] != 0) {
                out.put(table[i], (int) table[i + 1]);
            }
        }
        return out;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }
}
