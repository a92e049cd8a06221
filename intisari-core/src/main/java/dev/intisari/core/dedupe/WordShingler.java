package dev.intisari.core.dedupe;

import java.util.Arrays;

/**
 * Normalised word shingles as 64-bit hashes: words are runs of letters and digits, lower-cased
 * (locale-independent {@link Character#toLowerCase(int)}), punctuation and spacing dropped, so a copy that
 * only differs in quotes, dashes, case or line breaks shingles the same. Each shingle is {@code size}
 * consecutive words; a text shorter than that is one shingle of all its words. No strings are allocated.
 */
final class WordShingler {
    private final int size;

    WordShingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be >= 1: " + size);
        }
        this.size = size;
    }

    /** The shingle hashes of {@code text} in text order (repeats kept); empty when it has no words. */
    long[] shingles(String text) {
        return shingles(wordHashes(text));
    }

    /** The shingle hashes of a word sequence in order; MinHash needs neither order nor distinctness. */
    long[] shingles(long[] words) {
        if (words.length == 0) {
            return words;
        }
        int n = Math.max(1, words.length - size + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            int end = Math.min(words.length, i + size);
            for (int j = i; j < end; j++) {
                h = mix(h * 31 + words[j]);
            }
            out[i] = h;
        }
        return out;
    }

    /** A hash of the whole normalised word sequence: equal for exact copies up to case and punctuation. */
    static long contentHash(long[] words) {
        long h = 1;
        for (long w : words) {
            h = mix(h * 31 + w);
        }
        return h;
    }

    static long[] wordHashes(String text) {
        int length = text.length();
        long[] words = new long[Math.max(16, length / 6)];
        int count = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < length; ) {
            int c = text.charAt(i++);
            if (c >= 0xD800 && c <= 0xDBFF && i < length && Character.isLowSurrogate(text.charAt(i))) {
                c = Character.toCodePoint((char) c, text.charAt(i++));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                h = h * 1_000_003L + c;
                inWord = true;
            } else if (c >= 'A' && c <= 'Z') {
                h = h * 1_000_003L + (c + 32);
                inWord = true;
            } else if (c >= 128 && Character.isLetterOrDigit(c)) {
                h = h * 1_000_003L + Character.toLowerCase(c);
                inWord = true;
            } else if (inWord && !isWordJoiner(c, text, i)) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = mix(h);
                h = 0;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == words.length) {
                words = Arrays.copyOf(words, count + 1);
            }
            words[count++] = mix(h);
        }
        return Arrays.copyOf(words, count);
    }

    /** Apostrophes inside a word ("Jum'at") and soft hyphens do not split it. */
    private static boolean isWordJoiner(int c, String text, int next) {
        boolean apostrophe = c == '\'' || c == '\u2019';
        return c == '\u00AD' || apostrophe && next < text.length() && Character.isLetter(text.codePointAt(next));
    }

    /** The 64-bit finaliser of MurmurHash3. */
    static long mix(long z) {
        z ^= z >>> 33;
        z *= 0xFF51AFD7ED558CCDL;
        z ^= z >>> 33;
        z *= 0xC4CEB9FE1A85EC53L;
        z ^= z >>> 33;
        return z;
    }
}
