package dev.intisari.core.cluster;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chain of Lucene's {@link IndonesianAnalyzer} (standard tokenizer, lower case, Indonesian stopwords,
 * light stemming with derivational suffixes), with the stemmer's results remembered: stemming is most of the
 * analyser's cost and news repeats its vocabulary, so each distinct word is stemmed once. The memo is a pure
 * function's cache (same output as {@link IndonesianAnalyzer}, whatever it holds), thread-safe, and bounded:
 * once it holds {@code maxWords} words, new words are stemmed without being remembered.
 */
public final class MemoIndonesianAnalyzer extends Analyzer {
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    private final int maxWords;

    public MemoIndonesianAnalyzer() {
        this(200_000);
    }

    public MemoIndonesianAnalyzer(int maxWords) {
        this.maxWords = maxWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, IndonesianAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(source, new MemoStemFilter(result));
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** Replaces each term by its remembered stem, stemming (and remembering) it the first time. */
    private final class MemoStemFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final IndonesianStemmer stemmer = new IndonesianStemmer();

        MemoStemFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = new String(term.buffer(), 0, term.length());
            String stem = stems.get(word);
            if (stem == null) {
                int length = stemmer.stem(term.buffer(), term.length(), true);
                stem = new String(term.buffer(), 0, length);
                if (stems.size() < maxWords) {
                    stems.put(word, stem);
                }
            }
            term.setEmpty().append(stem);
            return true;
        }
    }
}
