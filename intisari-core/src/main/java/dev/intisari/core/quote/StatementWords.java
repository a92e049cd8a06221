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

    StatementWords(QuoteLexicon lexicon) {
        this(lexicon, null);
    }

    StatementWords(QuoteLexicon lexicon, NearSynonyms synonyms) {
        this.stopWords = lexicon.stopWordChars;
        this.synonyms = synonyms;
    }

    Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
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
                buffer[k] = Character.toLowerCase(text.charAt(start + k));
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
}
