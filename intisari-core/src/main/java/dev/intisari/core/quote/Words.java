package dev.intisari.core.quote;

import java.util.Arrays;

/**
 * The words of one text as parallel arrays: letters and digits, joined across an inner hyphen or
 * apostrophe ("masing-masing", "Qur'an"). Each word has its lowercase form ({@link #lower}, made on first
 * request) and the hash of that form ({@link #hash}, the value of {@code String.hashCode}), so that word lists
 * are looked up without making a string per word. Built once per article in one pass; cheap to query.
 */
final class Words {
    final String text;
    final int[] start;
    final int[] end;
    final int size;
    /** The text with every word's letters in lower case (other characters as they are). */
    private final char[] lowerChars;
    /** {@code lower(w).hashCode()} of every word. */
    private final int[] hash;
    /** The lower-case words made so far. */
    private final String[] lower;
    /** {@link #lowerHashes()}, made on the first {@link #occursInLowerCase} question. */
    private long[] lowerHashes;

    /** Punctuation seen in the gap before a word, as bits (see {@link #gapBefore}). */
    static final int COMMA = 1;
    static final int STOP = 2;
    static final int NEWLINE = 4;
    static final int COLON = 8;
    static final int OPEN_QUOTE = 16;
    static final int CLOSE_QUOTE = 32;
    static final int STRAIGHT_QUOTE = 64;
    static final int PAREN = 128;

    private final int[] gap;
    private final boolean[] capital;
    /** The word holds an inner hyphen or apostrophe ("kata-kata", "Qur'an"). */
    private final boolean[] joined;
    Words(String text) {
        this.text = text;
        char[] chars = text.toCharArray();
        int length = chars.length;
        int capacity = Math.max(16, length / 5);
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        int[] g = new int[capacity];
        int[] hs = new int[capacity];
        // bit 1: the word starts with a capital; bit 2: the word holds a joining hyphen or apostrophe
        byte[] shape = new byte[capacity];
        int n = 0;
        int i = 0;
        int flags = 0;
        // one pass: word boundaries, gap punctuation, capitals lowered in place, the hash of the lowered word
        while (i < length) {
            char c = chars[i];
            if (!letterOrDigit(c)) {
                if (c != ' ') {
                    flags |= flag(c);
                }
                i++;
                continue;
            }
            int from = i;
            int kind = c < 128 ? (c >= 'A' && c <= 'Z' ? 1 : 0) : (Character.isUpperCase(c) ? 1 : 0);
            int h = 0;
            while (i < length) {
                char d = chars[i];
                if (d < 128 ? d >= 'a' && d <= 'z' || d >= '0' && d <= '9' : false) {
                    h = 31 * h + d;
                    i++;
                } else if (d < 128 ? d >= 'A' && d <= 'Z' : false) {
                    d += 32;
                    chars[i] = d;
                    h = 31 * h + d;
                    i++;
                } else if (d >= 128 && Character.isLetterOrDigit(d)) {
                    char l = Character.toLowerCase(d);
                    chars[i] = l;
                    h = 31 * h + l;
                    i++;
                } else if ((d == '-' || d == '\'' || d == '\u2019') && i + 1 < length && letterOrDigit(chars[i + 1])) {
                    kind |= 2;
                    h = 31 * h + d;
                    i++;
                } else {
                    break;
                }
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
                g = Arrays.copyOf(g, n * 2);
                hs = Arrays.copyOf(hs, n * 2);
                shape = Arrays.copyOf(shape, n * 2);
            }
            s[n] = from;
            e[n] = i;
            g[n] = flags;
            hs[n] = h;
            shape[n] = (byte) kind;
            flags = 0;
            n++;
        }
        start = Arrays.copyOf(s, n);
        end = Arrays.copyOf(e, n);
        gap = Arrays.copyOf(g, n);
        hash = Arrays.copyOf(hs, n);
        size = n;
        lower = new String[n];
        capital = new boolean[n];
        joined = new boolean[n];
        for (int w = 0; w < n; w++) {
            capital[w] = (shape[w] & 1) != 0;
            joined[w] = (shape[w] & 2) != 0;
        }
        lowerChars = chars;
    }

    /** The lower-case form of word {@code w}. */
    String lower(int w) {
        String l = lower[w];
        if (l == null) {
            l = new String(lowerChars, start[w], end[w] - start[w]);
            lower[w] = l;
        }
        return l;
    }

    /** {@code lower(w).hashCode()}, without making the string. */
    int hash(int w) {
        return hash[w];
    }

    /** Whether the lower-case form of word {@code w} is {@code word}, without making the string. */
    boolean lowerEquals(int w, String word) {
        return hash[w] == word.hashCode() && sameChars(start[w], end[w], word);
    }

    /** {@link #lowerEquals} for a caller that has compared the hashes already. */
    boolean sameCharsAs(int w, String word) {
        return sameChars(start[w], end[w], word);
    }

    private boolean sameChars(int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (lowerChars[k] != word.charAt(k - from)) {
                return false;
            }
        }
        return true;
    }

    static boolean letterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static int flag(char c) {
        return switch (c) {
            case ',' -> COMMA;
            case '.', '!', '?' -> STOP;
            case '\n' -> NEWLINE;
            case ':', ';' -> COLON;
            case '\u201C', '\u00AB', '\u2018', '\u201E' -> OPEN_QUOTE;
            case '\u201D', '\u00BB', '\u2019' -> CLOSE_QUOTE;
            case '"' -> STRAIGHT_QUOTE;
            case '(', ')' -> PAREN;
            default -> 0;
        };
    }

    /** The punctuation bits of the gap between word {@code w - 1} (or the text's start) and word {@code w}. */
    int gapBefore(int w) {
        return gap[w];
    }

    /** Index of the first word starting at or after {@code offset} (== size when none). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last word ending at or before {@code offset} (-1 when none). */
    int lastEndingBy(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    boolean capitalised(int w) {
        return capital[w];
    }

    /**
     * Whether {@code lower} occurs somewhere in the text as a whole word written in lower case (also as a part
     * of a hyphenated word: "kata" in "kata-kata"). The first call indexes the text's lower-case words once, so
     * that asking for every capitalised word of an article stays linear in its length.
     */
    boolean occursInLowerCase(String lower) {
        int h = lower.hashCode();
        if (lowerHashes == null) {
            lowerHashes = lowerHashes();
        }
        int bit = spread(h) & (lowerHashes.length * 64 - 1);
        if ((lowerHashes[bit >>> 6] & 1L << bit) == 0) {
            return false;
        }
        for (int w = 0; w < size; w++) {
            if (!capital[w] && hash[w] == h && sameChars(start[w], end[w], lower)) {
                return true;
            }
            if (joined[w] && end[w] - start[w] > 2 && partInLowerCase(w, lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bitmap of the hashes of every word written in lower case and of every lower-case part of a joined word
     * (one bit per hash, about eight bits per word): a word whose bit is clear occurs nowhere in lower case,
     * known without a pass over the words.
     */
    private long[] lowerHashes() {
        long[] bits = new long[Math.max(1, Integer.highestOneBit(Math.max(1, size)) / 4)];
        int slots = bits.length * 64 - 1;
        for (int w = 0; w < size; w++) {
            if (!capital[w]) {
                int i = spread(hash[w]) & slots;
                bits[i >>> 6] |= 1L << i;
            }
            if (joined[w] && end[w] - start[w] > 2) {
                int from = start[w];
                for (int k = start[w]; k <= end[w]; k++) {
                    if (k == end[w] || !letterOrDigit(text.charAt(k))) {
                        if (k > from && Character.isLowerCase(text.charAt(from))) {
                            int ph = 0;
                            for (int j = from; j < k; j++) {
                                ph = 31 * ph + lowerChars[j];
                            }
                            int i = spread(ph) & slots;
                            bits[i >>> 6] |= 1L << i;
                        }
                        from = k + 1;
                    }
                }
            }
        }
        return bits;
    }

    /** A part of the joined word {@code w} that starts with a lower-case letter and is {@code lower} ("kata-kata"). */
    private boolean partInLowerCase(int w, String lower) {
        int from = start[w];
        for (int k = start[w]; k <= end[w]; k++) {
            if (k == end[w] || !letterOrDigit(text.charAt(k))) {
                if (k > from && Character.isLowerCase(text.charAt(from)) && sameChars(from, k, lower)) {
                    return true;
                }
                from = k + 1;
            }
        }
        return false;
    }

    static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Two or more letters, all upper case ("NATO", "DPR", "III"). */
    boolean acronym(int w) {
        int letters = 0;
        for (int k = start[w]; k < end[w]; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    String surface(int w) {
        return text.substring(start[w], end[w]);
    }

    /** The characters between word {@code w} and word {@code w + 1} (or the end of the text). */
    boolean gapHas(int w, String chars) {
        int to = w + 1 < size ? start[w + 1] : text.length();
        for (int k = end[w]; k < to; k++) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The characters between word {@code w - 1} (or the start of the text) and word {@code w}. */
    boolean gapBeforeHas(int w, String chars) {
        if (chars.length() == 1 && chars.charAt(0) == ',') {
            // every comma of the gap was recorded in its bits when the words were read
            return (gap[w] & COMMA) != 0;
        }
        int from = w > 0 ? end[w - 1] : 0;
        for (int k = from; k < start[w]; k++) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
