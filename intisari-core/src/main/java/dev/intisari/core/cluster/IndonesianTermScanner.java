package dev.intisari.core.cluster;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemmer;

import java.util.ArrayList;
import java.util.List;

/**
 * The terms of Lucene's {@link IndonesianAnalyzer} (lower case, its Indonesian stopwords, its light stemmer
 * with derivational suffixes) from one pass over the characters: a word is a run of letters and digits, so
 * "e-KTP" gives "e" and "ktp" and "Jum'at" gives "jum" and "at", where the Unicode word-break tokenizer would
 * keep "jum'at" and "1.000" whole (one-character terms are dropped in either case). Each distinct word is
 * stemmed once per thread and remembered (the stemmer is most of the cost and news repeats its vocabulary):
 * no string is made for a word already seen. The memo ({@link StemMemo}) is keyed by a 64-bit hash of the
 * lower-cased word computed during the scan; it is a pure function's cache, per thread, and bounded: past
 * {@code maxWords} words new ones are stemmed without being remembered. Thread-safe.
 */
public final class IndonesianTermScanner {
    private static final CharArraySet STOPWORDS = IndonesianAnalyzer.getDefaultStopSet();
    private static final int MAX_WORD = 255;
    private final ThreadLocal<Scratch> scratch;

    public IndonesianTermScanner() {
        this(100_000);
    }

    public IndonesianTermScanner(int maxWords) {
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(maxWords));
    }

    /** The stemmed terms of {@code text} longer than one character, in order, repeats kept. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>(Math.max(16, text.length() / 12));
        Scratch s = scratch.get();
        char[] word = s.word;
        int length = 0;
        long hash = StemMemo.start();
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            char lower;
            if (c < 128) {
                // ASCII without a table look-up: most of Indonesian news
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    lower = c;
                } else if (c >= 'A' && c <= 'Z') {
                    lower = (char) (c + 32);
                } else {
                    lower = 0;
                }
            } else {
                lower = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
            }
            if (lower != 0) {
                if (length < MAX_WORD) {
                    word[length] = lower;
                    hash = StemMemo.hash(hash, lower);
                }
                length++;
            } else if (length > 0) {
                if (length <= MAX_WORD) {
                    emit(s, length, hash, out);
                }
                length = 0;
                hash = StemMemo.start();
            }
        }
        return out;
    }

    private void emit(Scratch s, int length, long hash, List<String> out) {
        String stem = s.memo.get(hash);
        if (stem == null) {
            if (STOPWORDS.contains(s.word, 0, length)) {
                stem = "";
            } else {
                System.arraycopy(s.word, 0, s.stemmed, 0, length);
                stem = new String(s.stemmed, 0, s.stemmer.stem(s.stemmed, length, true));
            }
            s.memo.put(hash, stem);
        }
        if (stem.length() > 1) {
            out.add(stem);
        }
    }

    /** One thread's buffers, stemmer and memo. */
    private static final class Scratch {
        final char[] word = new char[MAX_WORD];
        final char[] stemmed = new char[MAX_WORD];
        final IndonesianStemmer stemmer = new IndonesianStemmer();
        final StemMemo memo;

        Scratch(int maxWords) {
            memo = new StemMemo(maxWords);
        }
    }
}
