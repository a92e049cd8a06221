package dev.intisari.core.summary;

/**
 * Words of one text set and the term id each one gave (or -1 for a stopword), so that a word met again is
 * neither stemmed nor copied again. Open addressing over the words' characters; the caller computes each word's
 * hash while it lower-cases it, so a lookup reads the word once more only to compare it. Not thread-safe while it
 * is filled: one table per {@link SentenceSet} construction, or per story (its sets are built one after another);
 * a table no longer written to (the stopwords of {@link TermAnalyzer}) may be read by any thread.
 */
final class WordTable {
    /** What {@link #get} returns for a word not in the table. */
    static final int ABSENT = Integer.MIN_VALUE;

    private char[][] keys;
    private int[] values;
    private int[] hashes;
    private int count;

    WordTable(int expected) {
        int size = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new char[size][];
        values = new int[size];
        hashes = new int[size];
    }

    /** The hash {@link #get} and {@link #put} expect: {@code 31 * h + c} over the characters, spread. */
    static int hash(int h) {
        return h ^ (h >>> 16);
    }

    /** The value of {@code word[0, len)} with hash {@code hash}, or {@link #ABSENT}. */
    int get(char[] word, int len, int hash) {
        int mask = keys.length - 1;
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && same(keys[slot], word, len)) {
                return values[slot];
            }
        }
        return ABSENT;
    }

    /** True when {@code key} is {@code word[0, len)}: a plain loop (words are short; Arrays.equals checks ranges). */
    private static boolean same(char[] key, char[] word, int len) {
        if (key.length != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (key[i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds {@code word} (the table keeps the array), which is not in the table, with {@code value}. */
    void put(char[] word, int hash, int value) {
        if (2 * (count + 1) > keys.length) {
            grow();
        }
        insert(word, hash, value);
        count++;
    }

    private void insert(char[] key, int hash, int value) {
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        hashes[slot] = hash;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new char[2 * oldKeys.length][];
        values = new int[keys.length];
        hashes = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }
}
