package dev.intisari.core.summary;

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
    /**
     * {@link #STOP} in a {@link WordTable} (value 0), looked up with the hash {@link #scan} computes anyway. Filled
     * here and only read after: safe to share between threads.
     */
    private static final WordTable STOP_TABLE = stopTable();

    private TermAnalyzer() {
    }

    private static WordTable stopTable() {
        WordTable table = new WordTable(STOP.size());
        for (Object o : STOP) {
            char[] word = o instanceof char[] chars ? chars.clone() : o.toString().toCharArray();
            int hash = 0;
            for (char c : word) {
                hash = 31 * hash + c;
            }
            table.put(word, word.length, WordTable.hash(hash), 0);
        }
        return table;
    }

    /** True when {@code buffer[0, len)} is one of Lucene's Indonesian stopwords (the set is case-sensitive). */
    private static boolean stopword(char[] buffer, int len, int hash) {
        return STOP_TABLE.get(buffer, len, hash) != WordTable.ABSENT;
    }

    /** The content terms of {@code text}, in order. */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        IndonesianStemmer stemmer = new IndonesianStemmer();
        scan(text, (buffer, len, digit, hash) -> {
            if (stopword(buffer, len, hash) || (len < 2 && !digit)) {
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
    static int[] termIds(String text, Map<String, Integer> vocabulary, WordTable stems) {
        return analyze(text, vocabulary, stems).ids();
    }

    /**
     * One sentence read in one scan: its term ids (as {@link #termIds}), its words (letter-or-digit runs) and
     * the words among them holding a letter (numbers, times and dates alone do not count); also its shape for
     * {@link SentenceFeatures}: the words after the first that start with an upper-case letter, the runs of
     * digits, and whether a quotation mark stands outside its words.
     */
    record Analysis(int[] ids, int words, int letterWords, int capitalised, int numbers, boolean quote) {
    }

    /** {@link #termIds} and the word counts of {@code text}, from one scan. */
    static Analysis analyze(String text, Map<String, Integer> vocabulary, WordTable stems) {
        return new Reader(vocabulary, stems).analyze(text);
    }

    /**
     * {@link #analyze} for the sentences of one text set, one after another: the reader keeps its buffers and
     * stemmer from one sentence to the next. Not thread-safe.
     */
    static final class Reader {
        private final Collector collector;
        private char[] chars = new char[256];
        private final char[] buffer = new char[64];

        Reader(Map<String, Integer> vocabulary, WordTable stems) {
            this(vocabulary, stems, vocabulary == null ? new WordTable(SentenceSet.ARTICLE_WORDS) : null);
        }

        /** A reader whose term ids are those of {@code terms} (empty) when {@code vocabulary} is null. */
        Reader(Map<String, Integer> vocabulary, WordTable stems, WordTable terms) {
            collector = new IdCollector(vocabulary, stems, terms);
        }

        private Reader(Collector collector) {
            this.collector = collector;
        }

        /**
         * A reader for one thread's text sets of their own ids, one set after another ({@link #restart} before each):
         * the same ids as {@link #Reader(Map, WordTable, WordTable)} on empty tables gives, but each word's term is
         * remembered from one set to the next ({@link ThreadTerms}), so a word the thread met in an earlier article is
         * neither looked up among the stopwords nor stemmed again.
         */
        static Reader remembering() {
            return new Reader(new ThreadTerms());
        }

        /**
         * Ready for another text set with ids of its own: empties the word and term tables and starts the ids at 0
         * again, as a new reader on new tables would (only for a reader made without a caller's vocabulary).
         */
        void restart() {
            collector.restart();
        }

        /**
         * The id of the term {@code chars[from, from + len)} (a term as this reader gives them: lower-cased, stemmed),
         * the next id when it is new, as if a text had held it; only for a reader made without a caller's vocabulary.
         */
        int termId(char[] chars, int from, int len) {
            return collector.id(chars, from, len);
        }

        /** How many terms have ids (they run below it); only for a reader made without a caller's vocabulary. */
        int termCount() {
            return collector.termCount();
        }

        /** The terms with ids, in id order, each followed by one space; only for a reader without a vocabulary. */
        String vocabulary() {
            return collector.vocabulary();
        }

        /**
         * Whether each term with an id holds a digit, by id ({@link Character#isDigit(char)} of its characters); only
         * for a reader without a vocabulary.
         */
        boolean[] numeric() {
            return collector.numeric();
        }

        Analysis analyze(String text) {
            if (text.length() > chars.length) {
                chars = new char[Math.max(text.length(), 2 * chars.length)];
            }
            text.getChars(0, text.length(), chars, 0);
            Collector ids = collector;
            ids.reset();
            scan(chars, text.length(), buffer, ids);
            return new Analysis(Arrays.copyOf(ids.ids, ids.count), ids.words, ids.letterWords, ids.capitalised,
                    ids.numbers, ids.quote);
        }
    }

    /** Receives each word of a text, lower-cased in {@code buffer[0, len)}, with its {@link WordTable#hash}. */
    private interface WordSink {
        void word(char[] buffer, int len, boolean digit, int hash);

        /**
         * Every word, also one too long for the buffer, before {@link #word} (which skips those): whether it holds
         * a letter, starts with an upper-case letter, and how many runs of digits it holds.
         */
        default void counted(boolean letter, boolean upper, int digitRuns) {
        }

        /** A character outside every word. */
        default void between(char c) {
        }
    }

    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int LETTER_OR_DIGIT = LETTER | DIGIT;
    private static final int UPPER = 4;
    /** Character classes of ASCII, as {@link Character} gives them: {@link #LETTER}, {@link #DIGIT}, {@link #UPPER}. */
    private static final byte[] ASCII = ascii();

    private static byte[] ascii() {
        byte[] classes = new byte[128];
        for (char c = 0; c < 128; c++) {
            classes[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isUpperCase(c) ? UPPER : 0));
        }
        return classes;
    }

    private static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    /** Calls {@code sink} with every letter-or-digit run of at most 64 characters, lower-cased. */
    private static void scan(String text, WordSink sink) {
        scan(text.toCharArray(), text.length(), new char[64], sink);
    }

    /**
     * {@link #scan(String, WordSink)} of {@code chars[0, n)}, lower-casing words into {@code buffer} (64 long). Each
     * character's class is read once ({@link #classOf}); a letter-or-digit that is not a digit is a letter.
     */
    private static void scan(char[] chars, int n, char[] buffer, WordSink sink) {
        int fits = buffer.length;
        int i = 0;
        while (i < n) {
            char first = chars[i];
            int k = classOf(first);
            if ((k & LETTER_OR_DIGIT) == 0) {
                sink.between(first);
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            boolean letter = false;
            boolean inDigits = false;
            int digitRuns = 0;
            int hash = 0;
            // one pass: classes, and the word lower-cased into the buffer while it fits
            while (true) {
                char c = chars[i];
                if ((k & DIGIT) != 0) {
                    digitRuns += inDigits ? 0 : 1;
                    inDigits = true;
                    digit = true;
                } else {
                    inDigits = false;
                    letter = true;
                }
                if (i - start < fits) {
                    char lower = c < 128 ? ((k & UPPER) != 0 ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
                    buffer[i - start] = lower;
                    hash = 31 * hash + lower;
                }
                if (++i == n || ((k = classOf(chars[i])) & LETTER_OR_DIGIT) == 0) {
                    break;
                }
            }
            sink.counted(letter, isUpperCase(first), digitRuns);
            int len = i - start;
            if (len > fits) {
                continue;
            }
            sink.word(buffer, len, digit, WordTable.hash(hash));
        }
    }

    /** The class bits of {@code c} ({@link #LETTER}, {@link #DIGIT}; {@link #UPPER} for ASCII only). */
    private static int classOf(char c) {
        return c < 128 ? ASCII[c] : (Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0);
    }

    /** Collects a text's term ids and word counts for {@link #analyze}; how a word becomes an id is the subclass's. */
    private abstract static class Collector implements WordSink {
        int[] ids = new int[16];
        int count;
        int words;
        int letterWords;
        int capitalised;
        int numbers;
        boolean quote;

        /** Ready for the next text (the tables, stemmer and id buffer stay). */
        final void reset() {
            count = 0;
            words = 0;
            letterWords = 0;
            capitalised = 0;
            numbers = 0;
            quote = false;
        }

        @Override
        public final void counted(boolean letter, boolean upper, int digitRuns) {
            capitalised += upper && words > 0 ? 1 : 0;
            numbers += digitRuns;
            words++;
            letterWords += letter ? 1 : 0;
        }

        @Override
        public final void between(char c) {
            quote = quote || SentenceFeatures.isQuoteMark(c);
        }

        private IndonesianStemmer stemmer;
        /** A new word's characters before the stemmer rewrites them in the scan's buffer. */
        final char[] surface = new char[64];

        /**
         * The length of the term of a word met for the first time, {@code buffer[0, len)} (stemmed in place), or -1
         * when the word is no term (a stopword, a one-letter word); the word as read is kept in {@link #surface}.
         */
        final int termLength(char[] buffer, int len, boolean digit, int hash) {
            System.arraycopy(buffer, 0, surface, 0, len);
            if (stopword(buffer, len, hash) || (len < 2 && !digit)) {
                return -1;
            }
            stemmer = stemmer == null ? new IndonesianStemmer() : stemmer;
            int stemmed = digit ? len : stemmer.stem(buffer, len, true);
            return stemmed > 0 ? stemmed : len;
        }

        /** Appends one term id of the text. */
        final void add(int id) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, 2 * count);
            }
            ids[count++] = id;
        }

        /** Empty tables and ids from 0: {@link Reader#restart}. */
        abstract void restart();

        /** {@link Reader#termId}. */
        abstract int id(char[] buffer, int from, int len);

        /** {@link Reader#termCount}. */
        abstract int termCount();

        /** {@link Reader#vocabulary}. */
        abstract String vocabulary();

        /** {@link Reader#numeric}. */
        abstract boolean[] numeric();
    }

    /** Collects term ids and word counts for {@link #analyze}. */
    private static final class IdCollector extends Collector {
        /** The caller's vocabulary of terms, or null: then {@link #terms} is the text set's own. */
        private final Map<String, Integer> vocabulary;
        private final WordTable stems;
        /** Without a caller's vocabulary: each term's id by its characters (ids in order of first sight). */
        private final WordTable terms;
        private int nextTerm;

        IdCollector(Map<String, Integer> vocabulary, WordTable stems, WordTable terms) {
            this.vocabulary = vocabulary;
            this.stems = stems;
            this.terms = terms;
        }

        @Override
        void restart() {
            ownTerms();
            stems.clear();
            terms.clear();
            nextTerm = 0;
        }

        /** Fails when the term ids are the caller's vocabulary's. */
        private void ownTerms() {
            if (vocabulary != null) {
                throw new IllegalStateException("the term ids are the caller's vocabulary's");
            }
        }

        @Override
        int termCount() {
            ownTerms();
            return nextTerm;
        }

        @Override
        String vocabulary() {
            ownTerms();
            return terms.wordsInOrder();
        }

        @Override
        boolean[] numeric() {
            ownTerms();
            // the terms table's words are in id order: each was put with the next id
            return terms.digits();
        }

        /** The id of the term {@code buffer[from, from + len)}; a new term gets the next id (the vocabulary's size). */
        @Override
        int id(char[] buffer, int from, int len) {
            if (vocabulary != null) {
                return vocabulary.computeIfAbsent(new String(buffer, from, len), t -> vocabulary.size());
            }
            int hash = hashOf(buffer, from, len);
            int id = terms.get(buffer, from, len, hash);
            if (id == WordTable.ABSENT) {
                id = nextTerm++;
                terms.put(buffer, from, len, hash, id);
            }
            return id;
        }

        @Override
        public void word(char[] buffer, int len, boolean digit, int hash) {
            int known = stems.get(buffer, len, hash);
            if (known == WordTable.ABSENT) {
                int termLen = termLength(buffer, len, digit, hash);
                known = termLen < 0 ? -1 : id(buffer, 0, termLen);
                stems.put(surface, len, hash, known);
            }
            if (known >= 0) {
                add(known);
            }
        }
    }

    /** The {@link WordTable#hash} of {@code buffer[from, from + len)}. */
    private static int hashOf(char[] buffer, int from, int len) {
        int hash = 0;
        for (int i = from; i < from + len; i++) {
            hash = 31 * hash + buffer[i];
        }
        return WordTable.hash(hash);
    }

    /**
     * One thread's terms for text sets of their own ids ({@link Reader#remembering}): every word the thread has read
     * with its term (or as no term: a stopword, a one-letter word), every term once with a thread-wide number, and
     * for the current set each term's id in order of first sight. A word's term depends on the word alone, so
     * remembering it across sets changes no id: a set's ids are given as its terms are first met, as an empty table
     * per set gives them. A term's id in the current set is found by its thread-wide number, stamped with the set it
     * was given in, so nothing is emptied between sets. Past {@link #MAX_WORDS} words the thread's tables are
     * emptied (at a set's start), so a long stream of new words (names, numbers) holds no more than that.
     */
    private static final class ThreadTerms extends Collector {
        /** Words remembered by one thread before its tables are emptied. */
        static final int MAX_WORDS = 1 << 16;

        /** Each word's thread-wide term number, or -1 for no term. */
        private WordTable words = new WordTable(SentenceSet.ARTICLE_WORDS);
        /** Each term's thread-wide number, by its characters. */
        private WordTable terms = new WordTable(SentenceSet.ARTICLE_WORDS);
        /** The terms by number: {@code termChars[termStart[g], termStart[g] + termLength[g])}. */
        private char[] termChars = new char[8 * SentenceSet.ARTICLE_WORDS];
        private int[] termStart = new int[SentenceSet.ARTICLE_WORDS];
        private int[] termLength = new int[SentenceSet.ARTICLE_WORDS];
        private int termNumbers;
        private int termCharsUsed;
        /** By term number: the set ({@link #set}) that gave it an id, and that id. */
        private int[] givenIn = new int[SentenceSet.ARTICLE_WORDS];
        private int[] idOf = new int[SentenceSet.ARTICLE_WORDS];
        /** The current set's terms by id: their numbers. */
        private int[] numberOf = new int[SentenceSet.ARTICLE_WORDS];
        private int nextTerm;
        /** The current set, from 1 (0 marks a term no set gave an id yet). */
        private int set;

        @Override
        void restart() {
            if (words.size() > MAX_WORDS || set == Integer.MAX_VALUE) {
                words = new WordTable(SentenceSet.ARTICLE_WORDS);
                terms = new WordTable(SentenceSet.ARTICLE_WORDS);
                termNumbers = 0;
                termCharsUsed = 0;
                Arrays.fill(givenIn, 0);
                set = 0;
            }
            set++;
            nextTerm = 0;
        }

        @Override
        int termCount() {
            return nextTerm;
        }

        @Override
        String vocabulary() {
            int length = 0;
            for (int id = 0; id < nextTerm; id++) {
                length += termLength[numberOf[id]] + 1;
            }
            char[] out = new char[length];
            for (int id = 0, at = 0; id < nextTerm; id++) {
                int g = numberOf[id];
                System.arraycopy(termChars, termStart[g], out, at, termLength[g]);
                at += termLength[g];
                out[at++] = ' ';
            }
            return new String(out);
        }

        @Override
        boolean[] numeric() {
            boolean[] out = new boolean[nextTerm];
            for (int id = 0; id < nextTerm; id++) {
                int g = numberOf[id];
                for (int i = termStart[g]; i < termStart[g] + termLength[g] && !out[id]; i++) {
                    out[id] = Character.isDigit(termChars[i]);
                }
            }
            return out;
        }

        @Override
        int id(char[] buffer, int from, int len) {
            return idInSet(number(buffer, from, len, hashOf(buffer, from, len)));
        }

        /** The thread-wide number of the term {@code buffer[from, from + len)} with hash {@code hash}; new: the next. */
        private int number(char[] buffer, int from, int len, int hash) {
            int g = terms.get(buffer, from, len, hash);
            if (g != WordTable.ABSENT) {
                return g;
            }
            g = termNumbers++;
            terms.put(buffer, from, len, hash, g);
            if (g == termStart.length) {
                int wider = 2 * g;
                termStart = Arrays.copyOf(termStart, wider);
                termLength = Arrays.copyOf(termLength, wider);
                givenIn = Arrays.copyOf(givenIn, wider);
                idOf = Arrays.copyOf(idOf, wider);
            }
            if (termCharsUsed + len > termChars.length) {
                termChars = Arrays.copyOf(termChars, Math.max(2 * termChars.length, termCharsUsed + len));
            }
            System.arraycopy(buffer, from, termChars, termCharsUsed, len);
            termStart[g] = termCharsUsed;
            termLength[g] = len;
            termCharsUsed += len;
            return g;
        }

        /** The id in the current set of the term numbered {@code g}; a term new to the set gets the next id. */
        private int idInSet(int g) {
            if (givenIn[g] == set) {
                return idOf[g];
            }
            givenIn[g] = set;
            if (nextTerm == numberOf.length) {
                numberOf = Arrays.copyOf(numberOf, 2 * nextTerm);
            }
            numberOf[nextTerm] = g;
            idOf[g] = nextTerm;
            return nextTerm++;
        }

        @Override
        public void word(char[] buffer, int len, boolean digit, int hash) {
            int g = words.get(buffer, len, hash);
            if (g == WordTable.ABSENT) {
                int termLen = termLength(buffer, len, digit, hash);
                g = termLen < 0 ? -1 : number(buffer, 0, termLen, hashOf(buffer, 0, termLen));
                words.put(surface, len, hash, g);
            }
            if (g >= 0) {
                add(idInSet(g));
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
