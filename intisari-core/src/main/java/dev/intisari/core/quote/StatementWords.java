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

    /** One thread's words as read with one stop-word list and synonym table. */
    private static final class Memo {
        private CharArraySet stopWords;
        private NearSynonyms synonyms;
        private final CharArrayMap<String> words = new CharArrayMap<>(1024, false);

        /** The words as read with {@code stopWords} and {@code synonyms}: emptied first when read otherwise, or full. */
        CharArrayMap<String> of(CharArraySet stopWords, NearSynonyms synonyms) {
            if (this.stopWords != stopWords || this.synonyms != synonyms || words.size() >= MEMO_WORDS) {
                words.clear();
                this.stopWords = stopWords;
                this.synonyms = synonyms;
            }
            return words;
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
            for (int k = 0; k < length; k++) {
                char c = in[start + k];
                buffer[k] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            }
            String word = known.get(buffer, 0, length);
            if (word == null) {
                word = read(length, known);
            }
            if (word != STOP) {
                words.add(word);
            }
        }
        return words;
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
