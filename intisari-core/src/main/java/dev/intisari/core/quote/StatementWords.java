package dev.intisari.core.quote;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianStemmer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The content words of a statement, for comparing statements across articles: lowercase, stop words
 * (Lucene's Indonesian list) dropped, stemmed with Lucene's Indonesian stemmer so that "menerima" and
 * "diterima" meet, and near-synonyms ({@link NearSynonyms}) read as one word when given. Not thread-safe (the stemmer keeps state): one per call.
 * <p>
 * What a lower-cased word becomes (its stem, or its line's head among the near-synonyms; null for a stop word) depends
 * on the word alone, so each thread remembers it from one story to the next ({@link Memo}): a word met before is
 * neither looked up among the stop words, nor stemmed, nor made into a new string. The memo is emptied when it holds
 * {@link #MEMO_WORDS} words, or when a reader with another word list or synonym table uses it.
 */
final class StatementWords {
    /** The most words a thread's memo holds before it is emptied (a few MB). */
    static final int MEMO_WORDS = 1 << 15;

    /** Slots of a memo's small table of words read last ({@link Memo#hot}), a power of two. */
    static final int HOT_SLOTS = 1 << 11;
    /** Ints per hot slot: the word's hash, its length (0: empty), its characters two to an int. */
    private static final int HOT_STRIDE = 8;
    /** The longest word the hot table holds. */
    static final int HOT_LENGTH = 2 * (HOT_STRIDE - 2);

    /**
     * One thread's words as read with one stop-word list and synonym table. In front of the map, a small table of the
     * words read last, each in the slot its hash gives, with its whole key in one place and what it becomes beside:
     * once the map holds thousands of words, a look-up there is a few cache misses (its slot, the key's array, the
     * characters), the largest part of reading a statement's words.
     */
    private static final class Memo {
        private CharArraySet stopWords;
        private NearSynonyms synonyms;
        private final CharArrayMap<String> words = new CharArrayMap<>(1024, false);
        private final int[] hot = new int[HOT_SLOTS * HOT_STRIDE];
        private final String[] hotWords = new String[HOT_SLOTS];

        /** The words as read with {@code stopWords} and {@code synonyms}: emptied first when read otherwise, or full. */
        CharArrayMap<String> of(CharArraySet stopWords, NearSynonyms synonyms) {
            if (this.stopWords != stopWords || this.synonyms != synonyms || words.size() >= MEMO_WORDS) {
                words.clear();
                Arrays.fill(hot, 0);
                Arrays.fill(hotWords, null);
                this.stopWords = stopWords;
                this.synonyms = synonyms;
            }
            return words;
        }

        /** What the word {@code buffer[0, length)} (of hash {@code hash}, in slot {@code slot}) became, or null. */
        String hot(int slot, char[] buffer, int length, int hash) {
            int at = slot * HOT_STRIDE;
            int[] table = hot;
            if (table[at] != hash || table[at + 1] != length) {
                return null;
            }
            for (int i = 0, k = at + 2; i < length; i += 2, k++) {
                if (table[k] != pair(buffer, i, length)) {
                    return null;
                }
            }
            return hotWords[slot];
        }

        /**
         * Slot {@code slot} made to hold the word {@code buffer[0, length)}, which becomes what {@link #became} then
         * sets (called before the buffer is stemmed in place).
         */
        void hold(int slot, char[] buffer, int length, int hash) {
            int at = slot * HOT_STRIDE;
            hot[at] = hash;
            hot[at + 1] = length;
            for (int i = 0, k = at + 2; i < length; i += 2, k++) {
                hot[k] = pair(buffer, i, length);
            }
            hotWords[slot] = null;
        }

        void became(int slot, String word) {
            hotWords[slot] = word;
        }

        /** Characters {@code i} and {@code i + 1} of {@code buffer[0, length)} in one int (0 past the end). */
        private static int pair(char[] buffer, int i, int length) {
            return buffer[i] | (i + 1 < length ? buffer[i + 1] << 16 : 0);
        }
    }

    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);
    /** What the memo keeps for a stop word (compared by identity). */
    private static final String STOP = new String("");

    private final IndonesianStemmer stemmer = new IndonesianStemmer();
    private final CharArraySet stopWords;
    /** Near-synonyms compared as one word, or null. */
    private final NearSynonyms synonyms;
    private final Memo memo;
    private char[] buffer = new char[64];
    private char[] chars = new char[256];

    StatementWords(QuoteLexicon lexicon) {
        this(lexicon, null);
    }

    StatementWords(QuoteLexicon lexicon, NearSynonyms synonyms) {
        this.stopWords = lexicon.stopWordChars;
        this.synonyms = synonyms;
        this.memo = MEMO.get();
    }

    Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        // checked on every call: another reader on this thread, with other lists, may have used the memo meanwhile
        CharArrayMap<String> known = memo.of(stopWords, synonyms);
        int n = text.length();
        // read from a copy of the characters: no bounds check per character of a UTF-16 string
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        text.getChars(0, n, chars, 0);
        char[] in = chars;
        int i = 0;
        while (i < n) {
            if (!letterOrDigit(in[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && letterOrDigit(in[i])) {
                i++;
            }
            int length = i - start;
            if (length < 2) {
                continue;
            }
            if (buffer.length < length) {
                buffer = new char[length];
            }
            int hash = 0;
            for (int k = 0; k < length; k++) {
                char c = in[start + k];
                char lower = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
                buffer[k] = lower;
                hash = 31 * hash + lower;
            }
            String word;
            if (length > HOT_LENGTH) {
                word = remembered(length, known);
            } else {
                int slot = (hash ^ (hash >>> 16)) & (HOT_SLOTS - 1);
                word = memo.hot(slot, buffer, length, hash);
                if (word == null) {
                    memo.hold(slot, buffer, length, hash);
                    word = remembered(length, known);
                    memo.became(slot, word);
                }
            }
            if (word != STOP) {
                words.add(word);
            }
        }
        return words;
    }

    /** What the lower-cased word in {@code buffer[0, length)} becomes, from the memo's map or read and remembered. */
    private String remembered(int length, CharArrayMap<String> known) {
        String word = known.get(buffer, 0, length);
        return word != null ? word : read(length, known);
    }

    /** What the lower-cased word in {@code buffer[0, length)} becomes, remembered: {@link #STOP} for a stop word. */
    private String read(int length, CharArrayMap<String> known) {
        char[] key = Arrays.copyOf(buffer, length);
        String word;
        if (stopWords.contains(buffer, 0, length)) {
            word = STOP;
        } else {
            String stem = new String(buffer, 0, stemmer.stem(buffer, length, true));
            word = synonyms == null ? stem : synonyms.of(stem);
        }
        known.put(key, word);
        return word;
    }

    /** {@link Character#isLetterOrDigit(char)}, answered without a table look-up for ASCII. */
    private static boolean letterOrDigit(char c) {
        if (c < 128) {
            char folded = (char) (c | 0x20);
            return folded >= 'a' && folded <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
