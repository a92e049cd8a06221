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
    /** The words that hold a joining hyphen or apostrophe, in text order. */
    private final int[] joinedWords;
    private final int joinedCount;

    /**
     * Punctuation seen in the gap before a word, one bit per character (see {@link #gapBefore}); the classes below
     * are unions of them. Every character a gap question names has a bit, so that the question reads the bits.
     */
    static final int COMMA = 1;
    static final int DOT = 1 << 1;
    static final int EXCLAMATION = 1 << 2;
    static final int QUESTION = 1 << 3;
    static final int NEWLINE = 1 << 4;
    static final int COLON_MARK = 1 << 5;
    static final int SEMICOLON = 1 << 6;
    static final int OPEN_DOUBLE = 1 << 7;
    static final int OPEN_GUILLEMET = 1 << 8;
    static final int OPEN_SINGLE = 1 << 9;
    static final int OPEN_LOW = 1 << 10;
    static final int CLOSE_DOUBLE = 1 << 11;
    static final int CLOSE_GUILLEMET = 1 << 12;
    static final int CLOSE_SINGLE = 1 << 13;
    static final int STRAIGHT_QUOTE = 1 << 14;
    static final int OPEN_PAREN = 1 << 15;
    static final int CLOSE_PAREN = 1 << 16;
    static final int SLASH = 1 << 17;
    static final int STOP = DOT | EXCLAMATION | QUESTION;
    static final int COLON = COLON_MARK | SEMICOLON;
    static final int OPEN_QUOTE = OPEN_DOUBLE | OPEN_GUILLEMET | OPEN_SINGLE | OPEN_LOW;
    static final int CLOSE_QUOTE = CLOSE_DOUBLE | CLOSE_GUILLEMET | CLOSE_SINGLE;
    static final int PAREN = OPEN_PAREN | CLOSE_PAREN;

    /** ASCII character classes of the word pass: a lower-case letter or digit, a capital, a joiner, other. */
    private static final byte LOWER = 1;
    private static final byte UPPER = 2;
    private static final byte JOINER = 3;
    private static final byte DIGIT = 4;
    private static final byte[] ASCII_CLASS = new byte[128];
    /** {@link #flag} of every ASCII character. */
    private static final int[] ASCII_FLAG = new int[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_CLASS[c] = LOWER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII_CLASS[c] = DIGIT;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ASCII_CLASS[c] = UPPER;
        }
        ASCII_CLASS['-'] = JOINER;
        ASCII_CLASS['\''] = JOINER;
        for (char c = 0; c < 128; c++) {
            ASCII_FLAG[c] = flag(c);
        }
    }

    private final int[] gap;
    /** The punctuation bits after the last word (to the end of the text). */
    private final int trailingGap;
    /**
     * Bits of a word's shape: it starts with a capital; it holds a joining hyphen or apostrophe; it holds a capital;
     * it holds a lower-case letter.
     */
    private static final int CAPITAL = 1;
    private static final int JOINED = 2;
    private static final int UPPER_INSIDE = 4;
    /** The word holds a lower-case letter (then it is no acronym). */
    private static final int LOWER_LETTER = 8;
    private final byte[] shape;
    /** The text holds a surrogate (a character outside the Basic Multilingual Plane). */
    final boolean surrogates;
    /**
     * The text holds a straight apostrophe ('), the one quotation mark a gap's bits do not show (a joiner inside a
     * word, no bit in the gap); see {@link #gapMayHoldQuoteMark}.
     */
    private final boolean apostrophes;
    /** The gap bits of the quotation marks ' ‘ ’ " “ ” that are not apostrophes. */
    private static final int QUOTE_MARK_BITS = OPEN_DOUBLE | CLOSE_DOUBLE | OPEN_SINGLE | CLOSE_SINGLE | STRAIGHT_QUOTE;
    /** {@link #acronym} answers: 0 not asked yet, 1 no, 2 yes. */
    private final byte[] acronyms;
    /** The hashes of the words that do not start with a capital, made on the first {@link #occursInLowerCase}. */
    private HashFilter lowerCaseHashes;

    Words(String text) {
        this.text = text;
        char[] chars = text.toCharArray();
        int length = chars.length;
        int capacity = Math.max(16, length / 5);
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        int[] g = new int[capacity];
        int[] hs = new int[capacity];
        // the bits CAPITAL, JOINED and UPPER_INSIDE of every word
        byte[] shape = new byte[capacity];
        boolean surrogate = false;
        int[] joinedAt = new int[8];
        int joined = 0;
        int n = 0;
        int i = 0;
        int flags = 0;
        // one pass: word boundaries, gap punctuation, capitals lowered in place, the hash of the lowered word
        while (i < length) {
            char c = chars[i];
            int kind;
            if (c < 128) {
                byte cls = ASCII_CLASS[c];
                if (cls == 0 || cls == JOINER) {
                    flags |= ASCII_FLAG[c];
                    i++;
                    continue;
                }
                kind = cls == UPPER ? CAPITAL : 0;
            } else if (Character.isLetterOrDigit(c)) {
                kind = Character.isUpperCase(c) ? CAPITAL : 0;
                if (Character.isLowerCase(c)) {
                    kind |= LOWER_LETTER;
                }
            } else {
                flags |= flag(c);
                surrogate |= Character.isSurrogate(c);
                i++;
                continue;
            }
            int from = i;
            int h = 0;
            while (i < length) {
                char d = chars[i];
                if ((char) (d - 'a') < 26) {
                    // the common case first, in a loop of its own: a run of lower-case ASCII letters
                    do {
                        h = 31 * h + d;
                        i++;
                    } while (i < length && (char) ((d = chars[i]) - 'a') < 26);
                    kind |= LOWER_LETTER;
                    continue;
                }
                if (d < 128) {
                    byte cls = ASCII_CLASS[d];
                    if (cls == LOWER) {
                        kind |= LOWER_LETTER;
                        h = 31 * h + d;
                    } else if (cls == DIGIT) {
                        h = 31 * h + d;
                    } else if (cls == UPPER) {
                        kind |= UPPER_INSIDE;
                        d += 32;
                        chars[i] = d;
                        h = 31 * h + d;
                    } else if (cls == JOINER && i + 1 < length && letterOrDigit(chars[i + 1])) {
                        kind |= JOINED;
                        h = 31 * h + d;
                    } else {
                        break;
                    }
                    i++;
                } else if (Character.isLetterOrDigit(d)) {
                    if (Character.isUpperCase(d)) {
                        kind |= UPPER_INSIDE;
                    }
                    if (Character.isLowerCase(d)) {
                        kind |= LOWER_LETTER;
                    }
                    char l = Character.toLowerCase(d);
                    chars[i] = l;
                    h = 31 * h + l;
                    i++;
                } else if (d == '\u2019' && i + 1 < length && letterOrDigit(chars[i + 1])) {
                    kind |= JOINED;
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
            if ((kind & JOINED) != 0) {
                if (joined == joinedAt.length) {
                    joinedAt = Arrays.copyOf(joinedAt, joined * 2);
                }
                joinedAt[joined++] = n;
            }
            flags = 0;
            n++;
        }
        // the arrays keep their spare room: every question stays below size
        start = s;
        end = e;
        gap = g;
        hash = hs;
        trailingGap = flags;
        size = n;
        lower = new String[n];
        this.shape = shape;
        this.surrogates = surrogate;
        this.apostrophes = text.indexOf('\'') >= 0;
        this.joinedWords = joinedAt;
        this.joinedCount = joined;
        acronyms = new byte[n];
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

    /** Whether the lower-case form of word {@code w} starts with {@code prefix}, without making the string. */
    boolean lowerStartsWith(int w, String prefix) {
        return end[w] - start[w] >= prefix.length() && sameChars(start[w], start[w] + prefix.length(), prefix);
    }

    /** Whether the lower-case form of word {@code w} ends with {@code suffix}, without making the string. */
    boolean lowerEndsWith(int w, String suffix) {
        return end[w] - start[w] >= suffix.length() && sameChars(end[w] - suffix.length(), end[w], suffix);
    }

    /** The length of word {@code w}. */
    int length(int w) {
        return end[w] - start[w];
    }

    /** Whether the lower-case form of word {@code w} is one of {@code choices}. */
    boolean lowerIsOneOf(int w, String[] choices) {
        for (String choice : choices) {
            if (lowerEquals(w, choice)) {
                return true;
            }
        }
        return false;
    }

    /** Whether words {@code a} and {@code b} have the same lower-case form. */
    boolean sameLower(int a, int b) {
        if (hash[a] != hash[b] || end[a] - start[a] != end[b] - start[b]) {
            return false;
        }
        for (int k = 0; k < end[a] - start[a]; k++) {
            if (lowerChars[start[a] + k] != lowerChars[start[b] + k]) {
                return false;
            }
        }
        return true;
    }

    /** The first index of the gap before word {@code w}. */
    private int gapStart(int w) {
        return w > 0 ? end[w - 1] : 0;
    }

    /** Whether the gap before word {@code w} is white space only (or empty). */
    boolean gapBeforeIsBlank(int w) {
        for (int k = gapStart(w); k < start[w]; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the gap before word {@code w} is {@code mark} with white space around it only. */
    boolean gapBeforeIsOnly(int w, char mark) {
        int k = gapStart(w);
        while (k < start[w] && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= start[w] || text.charAt(k) != mark) {
            return false;
        }
        for (k++; k < start[w]; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first character of the gap before word {@code w} that is not white space is {@code mark}. */
    boolean gapBeforeStartsWith(int w, char mark) {
        int k = gapStart(w);
        while (k < start[w] && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < start[w] && text.charAt(k) == mark;
    }

    /** Whether {@code mark} is among the {@code within} characters after word {@code w}. */
    boolean closesWithin(int w, char mark, int within) {
        for (int k = end[w]; k < Math.min(text.length(), end[w] + within); k++) {
            if (text.charAt(k) == mark) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case form of word {@code w} is {@code word}, without making the string. */
    boolean lowerEquals(int w, String word) {
        return hash[w] == word.hashCode() && sameChars(start[w], end[w], word);
    }

    /** Whether word {@code w} lowered is {@code chars[offset, offset + length)} (the hashes compared already). */
    boolean sameCharsAs(int w, char[] chars, int offset, int length) {
        if (end[w] - start[w] != length) {
            return false;
        }
        int from = start[w];
        for (int k = 0; k < length; k++) {
            if (lowerChars[from + k] != chars[offset + k]) {
                return false;
            }
        }
        return true;
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
            case '.' -> DOT;
            case '!' -> EXCLAMATION;
            case '?' -> QUESTION;
            case '\n' -> NEWLINE;
            case ':' -> COLON_MARK;
            case ';' -> SEMICOLON;
            case '\u201C' -> OPEN_DOUBLE;
            case '\u00AB' -> OPEN_GUILLEMET;
            case '\u2018' -> OPEN_SINGLE;
            case '\u201E' -> OPEN_LOW;
            case '\u201D' -> CLOSE_DOUBLE;
            case '\u00BB' -> CLOSE_GUILLEMET;
            case '\u2019' -> CLOSE_SINGLE;
            case '"' -> STRAIGHT_QUOTE;
            case '(' -> OPEN_PAREN;
            case ')' -> CLOSE_PAREN;
            case '/' -> SLASH;
            default -> 0;
        };
    }

    /**
     * The gap bits of the characters of {@code chars} (for a constant of the caller: a gap question then reads
     * bits); every character must have a bit.
     */
    static int bits(String chars) {
        int bits = 0;
        for (int i = 0; i < chars.length(); i++) {
            int bit = flag(chars.charAt(i));
            if (bit == 0) {
                throw new IllegalArgumentException("no gap bit for " + chars.charAt(i));
            }
            bits |= bit;
        }
        return bits;
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

    /**
     * {@link #firstAtOrAfter}, walking on from word {@code known} when no word before it starts at or after
     * {@code offset} (the answer for an earlier offset): for offsets asked in text order.
     */
    int firstAtOrAfter(int offset, int known) {
        int w = known;
        while (w < size && start[w] < offset) {
            w++;
        }
        return w;
    }

    /**
     * {@link #lastEndingBy}, walking on from word {@code known} (-1 or more) when every word up to it ends at or before
     * {@code offset} (the answer for an earlier offset): for offsets asked in text order.
     */
    int lastEndingBy(int offset, int known) {
        int w = known + 1;
        while (w < size && end[w] <= offset) {
            w++;
        }
        return w - 1;
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
        return (shape[w] & CAPITAL) != 0;
    }

    /** Whether word {@code w} holds an upper-case character anywhere ("Jakarta", "iPhone", "al-Qaeda"). */
    boolean holdsCapital(int w) {
        return (shape[w] & (CAPITAL | UPPER_INSIDE)) != 0;
    }

    /**
     * Whether the lower-case form of word {@code w} occurs somewhere in the text as a whole word written in lower
     * case (also as a part of a hyphenated word: "kata" in "kata-kata"). A pass over the words' hashes (an article
     * asks this of a few capitalised words at sentence starts, so a pass is cheaper than an index). The pass is
     * skipped when the filter of the words without a capital, made in one pass on the first question, holds no word
     * of this hash (session 20: the repeated passes were about a quarter of the quote stage's name collection).
     */
    boolean occursInLowerCase(int w) {
        int h = hash[w];
        if (lowerCaseHashes == null) {
            lowerCaseHashes = new HashFilter();
            for (int x = 0; x < size; x++) {
                if ((shape[x] & CAPITAL) == 0) {
                    lowerCaseHashes.add(hash[x]);
                }
            }
        }
        // the pass finds nothing when no word without a capital has this hash
        int words = lowerCaseHashes.mayHold(h) ? size : 0;
        for (int x = 0; x < words; x++) {
            if (hash[x] == h && (shape[x] & CAPITAL) == 0 && sameLower(x, w)) {
                return true;
            }
        }
        for (int k = 0; k < joinedCount; k++) {
            int x = joinedWords[k];
            if (end[x] - start[x] > 2 && partInLowerCase(x, w)) {
                return true;
            }
        }
        return false;
    }

    /** A part of the joined word {@code x} that starts with a lower-case letter and is word {@code w} lowered. */
    private boolean partInLowerCase(int x, int w) {
        int from = start[x];
        for (int k = start[x]; k <= end[x]; k++) {
            if (k == end[x] || !letterOrDigit(text.charAt(k))) {
                if (k > from && Character.isLowerCase(text.charAt(from)) && sameRange(from, k, w)) {
                    return true;
                }
                from = k + 1;
            }
        }
        return false;
    }

    /** Whether the lowered characters [from, to) are word {@code w} lowered. */
    private boolean sameRange(int from, int to, int w) {
        if (to - from != end[w] - start[w]) {
            return false;
        }
        for (int k = 0; k < to - from; k++) {
            if (lowerChars[from + k] != lowerChars[start[w] + k]) {
                return false;
            }
        }
        return true;
    }

    static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Two or more letters, all upper case ("NATO", "DPR", "III"); read once per word. */
    boolean acronym(int w) {
        if ((shape[w] & LOWER_LETTER) != 0) {
            return false;
        }
        byte known = acronyms[w];
        if (known == 0) {
            known = readAcronym(w) ? (byte) 2 : (byte) 1;
            acronyms[w] = known;
        }
        return known == 2;
    }

    private boolean readAcronym(int w) {
        int letters = 0;
        for (int k = start[w]; k < end[w]; k++) {
            char c = text.charAt(k);
            if (c < 128) {
                // the ASCII letters are the only ASCII characters that are letters
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                if (c >= 'A' && c <= 'Z') {
                    letters++;
                }
            } else {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return letters >= 2;
    }

    String surface(int w) {
        return text.substring(start[w], end[w]);
    }

    /** Whether the gap between word {@code w} and word {@code w + 1} (or the end of the text) holds a character of {@code bits}. */
    boolean gapHas(int w, int bits) {
        return ((w + 1 < size ? gap[w + 1] : trailingGap) & bits) != 0;
    }

    /** Whether the gap between word {@code w - 1} (or the start of the text) and word {@code w} holds a character of {@code bits}. */
    /**
     * False only when the gap before word {@code w} holds none of the quotation marks ' ‘ ’ " “ ” (a question about
     * the gap's characters that can then be skipped).
     */
    boolean gapMayHoldQuoteMark(int w) {
        return apostrophes || (gap[w] & QUOTE_MARK_BITS) != 0;
    }

    boolean gapBeforeHas(int w, int bits) {
        return (gap[w] & bits) != 0;
    }
}
