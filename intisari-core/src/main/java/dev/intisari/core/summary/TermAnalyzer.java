package dev.intisari.core.summary;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemmer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Content terms of a sentence for similarity: words and numbers, lower-cased, Lucene's Indonesian stopwords
 * removed, Lucene's Indonesian stemmer applied (so "kenaikan" and "naik" meet). Hyphenated reduplication
 * ("negara-negara") gives its parts.
 */
final class TermAnalyzer {
    private static final CharArraySet STOP = IndonesianAnalyzer.getDefaultStopSet();

    private TermAnalyzer() {
    }

    /** The content terms of {@code text}, in order. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        IndonesianStemmer stemmer = new IndonesianStemmer();
        scan(text, (buffer, len, digit) -> {
            if (STOP.contains(buffer, 0, len) || (len < 2 && !digit)) {
                return;
            }
            int stemmed = digit ? len : stemmer.stem(buffer, len, true);
            terms.add(new String(buffer, 0, stemmed > 0 ? stemmed : len));
        });
        return terms;
    }

    /**
     * The content terms of {@code text} in order, as ids of {@code vocabulary} (a new term gets the next id).
     * {@code stems} remembers each lower-cased word's id (or -1 for a stopword), so a word met again in the same
     * text set is neither stemmed nor copied again; the caller owns both maps.
     */
    static int[] termIds(String text, Map<String, Integer> vocabulary, CharArrayMap<Integer> stems) {
        return analyze(text, vocabulary, stems).ids();
    }

    /**
     * One sentence read in one scan: its term ids (as {@link #termIds}), its words (letter-or-digit runs) and
     * the words among them holding a letter (numbers, times and dates alone do not count).
     */
    record Analysis(int[] ids, int words, int letterWords) {
    }

    /** {@link #termIds} and the word counts of {@code text}, from one scan. */
    static Analysis analyze(String text, Map<String, Integer> vocabulary, CharArrayMap<Integer> stems) {
        IdCollector ids = new IdCollector(vocabulary, stems);
        scan(text, ids);
        return new Analysis(Arrays.copyOf(ids.ids, ids.count), ids.words, ids.letterWords);
    }

    /** Receives each word of a text, lower-cased in {@code buffer[0, len)}. */
    private interface WordSink {
        void word(char[] buffer, int len, boolean digit);

        /** Every word, also one too long for the buffer, before {@link #word} (which skips those). */
        default void counted(boolean letter) {
        }
    }

    /** Calls {@code sink} with every letter-or-digit run of at most 64 characters, lower-cased. */
    private static void scan(String text, WordSink sink) {
        int n = text.length();
        char[] chars = text.toCharArray();
        char[] buffer = new char[64];
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            boolean letter = false;
            while (i < n && Character.isLetterOrDigit(chars[i])) {
                char c = chars[i];
                if (Character.isDigit(c)) {
                    digit = true;
                } else {
                    letter |= Character.isLetter(c);
                }
                i++;
            }
            sink.counted(letter);
            int len = i - start;
            if (len > buffer.length) {
                continue;
            }
            for (int k = 0; k < len; k++) {
                buffer[k] = Character.toLowerCase(chars[start + k]);
            }
            sink.word(buffer, len, digit);
        }
    }

    /** Collects term ids and word counts for {@link #analyze}. */
    private static final class IdCollector implements WordSink {
        private final Map<String, Integer> vocabulary;
        private final CharArrayMap<Integer> stems;
        private IndonesianStemmer stemmer;
        private int[] ids = new int[16];
        private int count;
        private int words;
        private int letterWords;

        IdCollector(Map<String, Integer> vocabulary, CharArrayMap<Integer> stems) {
            this.vocabulary = vocabulary;
            this.stems = stems;
        }

        @Override
        public void counted(boolean letter) {
            words++;
            letterWords += letter ? 1 : 0;
        }

        @Override
        public void word(char[] buffer, int len, boolean digit) {
            Integer known = stems.get(buffer, 0, len);
            if (known == null) {
                char[] surface = Arrays.copyOf(buffer, len);
                if (STOP.contains(buffer, 0, len) || (len < 2 && !digit)) {
                    known = -1;
                } else {
                    stemmer = stemmer == null ? new IndonesianStemmer() : stemmer;
                    int stemmed = digit ? len : stemmer.stem(buffer, len, true);
                    String term = new String(buffer, 0, stemmed > 0 ? stemmed : len);
                    known = vocabulary.computeIfAbsent(term, t -> vocabulary.size());
                }
                stems.put(surface, known);
            }
            if (known >= 0) {
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, 2 * count);
                }
                ids[count++] = known;
            }
        }
    }

    /** Number of words (letter-or-digit runs) in {@code text}. */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
