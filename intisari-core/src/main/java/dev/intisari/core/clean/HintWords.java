package dev.intisari.core.clean;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The boilerplate and content words of {@code html-hints.tsv}, looked up straight from a range of a class
 * attribute: the lower-case hash of the range is computed while reading it, so no substring or lower-cased
 * copy is made per word (pages carry thousands of utility class names). Immutable.
 */
final class HintWords {
    static final int NEGATIVE = 1;
    static final int POSITIVE = 2;

    private record Word(String text, int kind) {
    }

    /** Words by the hash code of their lower-case text; collisions share an array. */
    private final Map<Integer, Word[]> byHash = new HashMap<>();

    HintWords(Set<String> negative, Set<String> positive) {
        for (String w : negative) {
            add(w, NEGATIVE);
        }
        for (String w : positive) {
            add(w, POSITIVE);
        }
    }

    private void add(String word, int kind) {
        Word[] old = byHash.get(word.hashCode());
        if (old != null) {
            for (int i = 0; i < old.length; i++) {
                if (old[i].text.equals(word)) {
                    old[i] = new Word(word, old[i].kind | kind);
                    return;
                }
            }
        }
        Word[] grown = old == null ? new Word[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = new Word(word, kind);
        byHash.put(word.hashCode(), grown);
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
        Word[] words = byHash.get(hash);
        if (words == null) {
            return 0;
        }
        for (Word w : words) {
            if (w.text.length() == to - from && s.regionMatches(true, from, w.text, 0, to - from)) {
                return w.kind;
            }
        }
        return 0;
    }

    /** The kind bits of the pair "{@code s[a, b)}-{@code s[c, d)}", whose hash is {@code hash}, or 0. */
    int pairKind(String s, int a, int b, int c, int d, int hash) {
        Word[] words = byHash.get(hash);
        if (words == null) {
            return 0;
        }
        int first = b - a;
        for (Word w : words) {
            if (w.text.length() == first + 1 + d - c && w.text.charAt(first) == '-'
                    && s.regionMatches(true, a, w.text, 0, first) && s.regionMatches(true, c, w.text, first + 1, d - c)) {
                return w.kind;
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
