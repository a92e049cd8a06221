package dev.intisari.core.summary;

/**
 * Words of one text set and the term id each one gave (or -1 for a stopword), so that a word met again is
 * neither stemmed nor copied again. Open addressing over the words' characters; the caller computes each word's
 * hash while it lower-cases it, so a lookup reads the word once more only to compare it. Not thread-safe while it
 * is filled: one table per {@link SentenceSet} construction, or per story (its sets are built one after another);
 * a table no longer written to (the stopwords of {@link TermAnalyzer}) may be read by any thread.
 * <p>
 * A story's table holds every distinct word of its articles (tens of thousands in a large story), so a lookup
 * is mostly a cache miss: each slot keeps its word's hash, value and place in one run of three ints, and the
 * words' characters sit one after another in one array, read only when the hash matches. A lookup touches one
 * slot's ints and, for a word present, its characters once.
 */
final class WordTable {
    /** What {@link #get} returns for a word not in the table. */
    static final int ABSENT = Integer.MIN_VALUE;
    /** Ints per slot: hash, value + {@link #STORED} (0 marks an empty slot), start of the word in {@link #chars}. */
    private static final int STRIDE = 3;
    /** Added to a value when stored, so that every stored value (stopwords give -1) is above zero. */
    private static final int STORED = 2;

    private int[] slots;
    /** Words one after another, each as its length and then its characters (words are at most 64 characters). */
    private char[] chars;
    private int used;
    private int capacity;
    private int count;

    /** The capacity and character room the table starts with, and goes back to when a {@link #clear} finds it far larger. */
    private final int firstCapacity;
    private final int firstChars;

    WordTable(int expected) {
        firstCapacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        firstChars = Math.max(64, expected * 8);
        capacity = firstCapacity;
        slots = new int[STRIDE * capacity];
        chars = new char[firstChars];
    }

    /**
     * Empties the table, keeping its arrays for the next text set (a table reused by one thread article after article
     * allocates nothing); a table grown past four times its first size is made anew at that size.
     */
    void clear() {
        if (capacity > 4 * firstCapacity) {
            capacity = firstCapacity;
            slots = new int[STRIDE * capacity];
            chars = new char[firstChars];
        } else {
            java.util.Arrays.fill(slots, 0);
        }
        used = 0;
        count = 0;
    }

    /** How many words the table holds. */
    int size() {
        return count;
    }

    /** The hash {@link #get} and {@link #put} expect: {@code 31 * h + c} over the characters, spread. */
    static int hash(int h) {
        return h ^ (h >>> 16);
    }

    /** The value of {@code word[0, len)} with hash {@code hash}, or {@link #ABSENT}. */
    int get(char[] word, int len, int hash) {
        return get(word, 0, len, hash);
    }

    /** The value of {@code word[from, from + len)} with hash {@code hash}, or {@link #ABSENT}. */
    int get(char[] word, int from, int len, int hash) {
        int mask = capacity - 1;
        int[] table = slots;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int at = STRIDE * slot;
            int stored = table[at + 1];
            if (stored == 0) {
                return ABSENT;
            }
            if (table[at] == hash && same(table[at + 2], word, from, len)) {
                return stored - STORED;
            }
        }
    }

    /** True when the word stored at {@code start} is {@code word[from, from + len)}: a plain loop (words are short). */
    private boolean same(int start, char[] word, int from, int len) {
        char[] pool = chars;
        if (pool[start] != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (pool[start + 1 + i] != word[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds {@code word[0, len)} (copied), which is not in the table, with {@code value}. */
    void put(char[] word, int len, int hash, int value) {
        put(word, 0, len, hash, value);
    }

    /** Adds {@code word[from, from + len)} (copied), which is not in the table, with {@code value}. */
    void put(char[] word, int from, int len, int hash, int value) {
        if (2 * (count + 1) > capacity) {
            grow();
        }
        if (used + len + 1 > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(2 * chars.length, used + len + 1));
        }
        int start = used;
        chars[used++] = (char) len;
        System.arraycopy(word, from, chars, used, len);
        used += len;
        insert(slots, capacity, hash, value + STORED, start);
        count++;
    }

    /**
     * The words in the order they were put, each followed by one space (words hold no space: they are runs of
     * letters and digits). The words sit in {@link #chars} in that order already, each after its length: the same
     * number of characters, the length moved to the end as a space.
     */
    String wordsInOrder() {
        char[] pool = chars;
        char[] out = new char[used];
        for (int at = 0; at < used; ) {
            int len = pool[at];
            System.arraycopy(pool, at + 1, out, at, len);
            out[at + len] = ' ';
            at += len + 1;
        }
        return new String(out);
    }

    /**
     * Whether each word, in the order they were put, holds a digit ({@link Character#isDigit(char)}), read from the
     * characters in place: what {@link #wordsInOrder} would tell, without the string.
     */
    boolean[] digits() {
        char[] pool = chars;
        boolean[] out = new boolean[count];
        for (int at = 0, word = 0; at < used; word++) {
            int len = pool[at];
            for (int i = at + 1; i <= at + len; i++) {
                if (Character.isDigit(pool[i])) {
                    out[word] = true;
                    break;
                }
            }
            at += len + 1;
        }
        return out;
    }

    private static void insert(int[] table, int capacity, int hash, int stored, int start) {
        int mask = capacity - 1;
        int slot = hash & mask;
        while (table[STRIDE * slot + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        int at = STRIDE * slot;
        table[at] = hash;
        table[at + 1] = stored;
        table[at + 2] = start;
    }

    private void grow() {
        int[] old = slots;
        int wider = 2 * capacity;
        int[] table = new int[STRIDE * wider];
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at + 1] != 0) {
                insert(table, wider, old[at], old[at + 1], old[at + 2]);
            }
        }
        slots = table;
        capacity = wider;
    }
}
