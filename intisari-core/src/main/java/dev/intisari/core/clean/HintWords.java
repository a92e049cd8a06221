package dev.intisari.core.clean;

import java.util.Set;

/**
 * The boilerplate and content words of {@code html-hints.tsv}, looked up straight from a range of a class
 * attribute: the lower-case hash of the range is computed while reading it, so no substring or lower-cased
 * copy is made per word (pages carry thousands of utility class names). The words sit in an open-addressing
 * table keyed by that hash (no boxed key per look-up; most names are no word, and their slot is empty).
 * Immutable.
 */
final class HintWords {
    static final int NEGATIVE = 1;
    static final int POSITIVE = 2;

    /** Slots per word at least: a look-up of a name that is no word mostly ends at its first slot. */
    private static final int SPREAD = 4;

    private final int[] hashes;
    private final String[] texts;
    private final int[] kinds;
    private final int mask;

    HintWords(Set<String> negative, Set<String> positive) {
        int size = 16;
        while (size < SPREAD * (negative.size() + positive.size())) {
            size <<= 1;
        }
        hashes = new int[size];
        texts = new String[size];
        kinds = new int[size];
        mask = size - 1;
        for (String w : negative) {
            add(w, NEGATIVE);
        }
        for (String w : positive) {
            add(w, POSITIVE);
        }
    }

    private void add(String word, int kind) {
        int h = word.hashCode();
        int i = slot(h);
        while (texts[i] != null) {
            if (texts[i].equals(word)) {
                kinds[i] |= kind;
                return;
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        texts[i] = word;
        kinds[i] = kind;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** The lower-case string hash of {@code s[from, to)}, as {@link String#hashCode} of its lower-cased copy. */
    static int hash(String s, int from, int to, int seed) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h = 31 * h + lower(s.charAt(i));
        }
        return h;
    }

    /** The kind bits of the word {@code s[from, to)}, or 0. */
    int kind(String s, int from, int to, int hash) {
        for (int i = slot(hash); texts[i] != null; i = (i + 1) & mask) {
            String w = texts[i];
            if (hashes[i] == hash && w.length() == to - from && s.regionMatches(true, from, w, 0, to - from)) {
                return kinds[i];
            }
        }
        return 0;
    }

    /** The kind bits of the pair "{@code s[a, b)}-{@code s[c, d)}", whose hash is {@code hash}, or 0. */
    int pairKind(String s, int a, int b, int c, int d, int hash) {
        int first = b - a;
        for (int i = slot(hash); texts[i] != null; i = (i + 1) & mask) {
            String w = texts[i];
            if (hashes[i] == hash && w.length() == first + 1 + d - c && w.charAt(first) == '-'
                    && s.regionMatches(true, a, w, 0, first) && s.regionMatches(true, c, w, first + 1, d - c)) {
                return kinds[i];
            }
        }
        return 0;
    }

    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }
}
