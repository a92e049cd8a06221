package dev.intisari.core.clean;

/**
 * A map from names (tag names, class attributes) to small ints for the extraction's walk, which asks it once
 * or twice per element: open addressing over parallel arrays, so a look-up boxes nothing and allocates nothing,
 * and a name that is the very string put in (jsoup shares the names of known tags) is found by identity before
 * {@code equals}. Not thread-safe: one per walk, or filled once and then only read.
 */
final class NameTable {
    private String[] keys;
    private int[] values;
    private int size;

    NameTable(int expected) {
        int capacity = 16;
        while (capacity < 2 * expected) {
            capacity <<= 1;
        }
        keys = new String[capacity];
        values = new int[capacity];
    }

    /** The value of {@code name}, or {@code absent}. */
    int get(String name, int absent) {
        int mask = keys.length - 1;
        for (int i = slot(name, mask); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return absent;
            }
            if (k == name || k.equals(name)) {
                return values[i];
            }
        }
    }

    /** Sets the value of {@code name}; the table stays at most half full. */
    void put(String name, int value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(name, mask); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = name;
                values[i] = value;
                size++;
                return;
            }
            if (k.equals(name)) {
                values[i] = value;
                return;
            }
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[2 * oldKeys.length];
        values = new int[2 * oldKeys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(String name, int mask) {
        int h = name.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
