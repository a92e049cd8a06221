package dev.intisari.core.quote;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianStemmer;

import java.util.HashSet;
import java.util.Set;

/**
 * The content words of a statement, for comparing statements across articles: lowercase, stop words
 * (Lucene's Indonesian list) dropped, stemmed with Lucene's Indonesian stemmer so that "menerima" and
 * "diterima" meet, and near-synonyms ({@link NearSynonyms}) read as one word when given. Not thread-safe (the stemmer keeps state): one per call.
 */
final class StatementWords {
    private final IndonesianStemmer stemmer = new IndonesianStemmer();
    private final CharArraySet stopWords;
    /** Near-synonyms compared as one word, or null. */
    private final NearSynonyms synonyms;
    private char[] buffer = new char[64];
    private char[] chars = new char[256];

    StatementWords(QuoteLexicon lexicon) {
        this(lexicon, null);
    }

    StatementWords(QuoteLexicon lexicon, NearSynonyms synonyms) {
        this.stopWords = lexicon.stopWordChars;
        this.synonyms = synonyms;
    }

    Set<String> of(String text) {
        Set<String> words = new HashSet<>();
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
            if (stopWords.contains(buffer, 0, length)) {
                continue;
            }
            int stemmed = stemmer.stem(buffer, length, true);
            String word = new String(buffer, 0, stemmed);
            words.add(synonyms == null ? word : synonyms.of(word));
        }
        return words;
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
