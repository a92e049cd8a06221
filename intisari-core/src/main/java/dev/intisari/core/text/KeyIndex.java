package dev.intisari.core.text;

/**
 * A fixed set of strings, each found by its characters in a buffer and their {@link String#hashCode} hash, so that a
 * reader scanning words need not make a string of each to look it up. Open addressing; immutable once built, so any
 * thread may read it.
 */
final class KeyIndex {
    private final String[] keys;
    /** {@code slots[h & mask]}: a key's position in {@link #keys} plus one, or 0 for an empty slot. */
    private final int[] slots;
    private final int[] hashes;
    private final int mask;

    KeyIndex(String[] keys) {
        this.keys = keys.clone();
        int capacity = Integer.highestOneBit(Math.max(8, keys.length) * 2 - 1) << 1;
        slots = new int[capacity];
        hashes = new int[keys.length];
        mask = capacity - 1;
        for (int k = 0; k < keys.length; k++) {
            int h = keys[k].hashCode();
            hashes[k] = h;
            int slot = spread(h) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = k + 1;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The position of the key {@code chars[0, length)} (whose {@link String#hashCode} is {@code hash}), or -1. */
    int find(char[] chars, int length, int hash) {
        for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int k = slots[slot] - 1;
            if (hashes[k] == hash && same(keys[k], chars, length)) {
                return k;
            }
        }
        return -1;
    }

    /** The key at {@code position}. */
    String key(int position) {
        return keys[position];
    }

    private static boolean same(String key, char[] chars, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }
}
