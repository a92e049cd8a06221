package dev.intisari.core.summary;

import dev.intisari.model.ArticleTerms;
import dev.intisari.model.Entity;
import dev.intisari.model.Sentence;
import dev.intisari.model.Span;
import dev.intisari.model.TokenizedText;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The sentences of one article as the summarizers see them: text, paragraph, entity mentions, and content
 * terms as ids of a vocabulary the caller owns (one per article, or one per story so that ids compare
 * across its articles), with TF-IDF vectors whose IDF counts the article's own sentences.
 */
public final class SentenceSet {
    /** Distinct words of an article, about: the size a word table starts with. */
    static final int ARTICLE_WORDS = 256;

    private final String[] texts;
    private final int[] paragraphs;
    private final int[] entityMentions;
    private final int[] words;
    private final int[] letterWords;
    private final int[] capitalised;
    private final int[] numbers;
    private final boolean[] quotes;
    private final int[][] terms;
    /** The sentences' TF-IDF vectors; null for a set of terms only ({@link #termsOf}). */
    private final TermWeights weighting;
    private final int[] titleTerms;
    /** The headline's distinct content-term ids in the order they first occur. */
    private final int[] titleBag;
    /** For a set of its own terms ({@link #ofOwnTerms}): those terms in id order, each followed by a space. */
    private final String ownVocabulary;

    private SentenceSet(String[] texts, int[] paragraphs, int[] entityMentions, String title,
                        Map<String, Integer> vocabulary, WordTable stems, boolean weighted) {
        this(texts, paragraphs, entityMentions, title, new TermAnalyzer.Reader(vocabulary, stems), weighted, false);
    }

    private SentenceSet(String[] texts, int[] paragraphs, int[] entityMentions, String title,
                        TermAnalyzer.Reader reader, boolean weighted, boolean ownTerms) {
        int n = texts.length;
        this.titleBag = title == null ? new int[0] : distinct(reader.analyze(title).ids());
        int[] sortedTitle = titleBag.clone();
        Arrays.sort(sortedTitle);
        this.titleTerms = sortedTitle;
        this.texts = texts;
        this.paragraphs = paragraphs;
        this.entityMentions = entityMentions;
        this.words = new int[n];
        this.letterWords = new int[n];
        this.capitalised = new int[n];
        this.numbers = new int[n];
        this.quotes = new boolean[n];
        this.terms = new int[n][];
        int[][] counts = new int[n][];
        int occurrences = 0;
        // each sentence's term frequencies, before they are copied at their length (every cell is written first)
        int[] tf = new int[16];
        for (int i = 0; i < n; i++) {
            TermAnalyzer.Analysis analysis = reader.analyze(texts[i]);
            words[i] = analysis.words();
            letterWords[i] = analysis.letterWords();
            capitalised[i] = analysis.capitalised();
            numbers[i] = analysis.numbers();
            quotes[i] = analysis.quote();
            int[] ids = analysis.ids();
            Arrays.sort(ids);
            int unique = 0;
            if (tf.length < ids.length) {
                tf = new int[Math.max(ids.length, 2 * tf.length)];
            }
            for (int k = 0; k < ids.length; k++) {
                if (unique > 0 && ids[unique - 1] == ids[k]) {
                    tf[unique - 1]++;
                } else {
                    ids[unique] = ids[k];
                    tf[unique++] = 1;
                }
            }
            terms[i] = Arrays.copyOf(ids, unique);
            counts[i] = Arrays.copyOf(tf, unique);
            occurrences += unique;
        }
        this.ownVocabulary = ownTerms ? reader.vocabulary() : null;
        if (!weighted) {
            // terms only (a story's sets): no cosines are asked of this set
            this.weighting = null;
            return;
        }
        this.weighting = new TermWeights(terms, counts, occurrences);
    }

    /** The distinct values of {@code ids} in the order they first occur (a headline's few terms: a plain scan). */
    private static int[] distinct(int[] ids) {
        int count = 0;
        for (int id : ids) {
            boolean seen = false;
            for (int j = 0; j < count && !seen; j++) {
                seen = ids[j] == id;
            }
            if (!seen) {
                ids[count++] = id;
            }
        }
        return Arrays.copyOf(ids, count);
    }

    /** One article's sentences; paragraphs change at every line break between two sentences. */
    public static SentenceSet of(TokenizedText text, List<Entity> entities, Map<String, Integer> vocabulary) {
        return of(text, null, entities, vocabulary);
    }

    /** One article's sentences and its headline ({@code title} may be null). */
    public static SentenceSet of(TokenizedText text, String title, List<Entity> entities,
                                 Map<String, Integer> vocabulary) {
        return of(text, title, entities, vocabulary, new WordTable(ARTICLE_WORDS));
    }

    /**
     * {@link #of(TokenizedText, String, List, Map)} with a vocabulary of the set's own, not shared with any other
     * set: the same term ids as a new empty map gives (in order of first sight), without a string per term.
     */
    static SentenceSet ofOwnTerms(TokenizedText text, String title, List<Entity> entities) {
        TermAnalyzer.Reader reader = OWN_READER.get();
        reader.restart();
        return of(text, title, entities, reader, true, true);
    }

    /**
     * Each thread's reader for {@link #ofOwnTerms} ({@link TermAnalyzer.Reader#remembering}), restarted before every
     * set: fresh tables per article showed up as a tenth of the key-point stage's samples (their first touch of new
     * heap pages), and since session 24 the thread also remembers each word's term from one article to the next, so
     * a word met before is neither looked up among the stopwords nor stemmed again (those were a third of the term
     * reading). A set reads the reader only while it is built.
     */
    private static final ThreadLocal<TermAnalyzer.Reader> OWN_READER = ThreadLocal.withInitial(
            TermAnalyzer.Reader::remembering);

    /**
     * {@link #of(TokenizedText, String, List, Map)} remembering each word's id in {@code stems}: articles sharing
     * a vocabulary (a story's) may share it too, so a word met in an earlier article is not stemmed again.
     */
    static SentenceSet of(TokenizedText text, String title, List<Entity> entities, Map<String, Integer> vocabulary,
                          WordTable stems) {
        return of(text, title, entities, vocabulary, stems, true);
    }

    /**
     * The sentences read by {@code reader} (whose vocabulary a story's articles share) without the TF-IDF vectors: the
     * terms, word counts and headline a story's explanation reads ({@link StorySentences} weighs the terms over the
     * whole story), for the price of the term analysis alone. Such a set gives no cosines ({@link #cosine},
     * {@link #similarities}, {@link #centroidSimilarity}).
     */
    static SentenceSet termsOf(TokenizedText text, String title, List<Entity> entities, TermAnalyzer.Reader reader) {
        return of(text, title, entities, reader, false, false);
    }

    private static SentenceSet of(TokenizedText text, String title, List<Entity> entities,
                                  Map<String, Integer> vocabulary, WordTable stems, boolean weighted) {
        return of(text, title, entities, new TermAnalyzer.Reader(vocabulary, stems), weighted, false);
    }

    private static SentenceSet of(TokenizedText text, String title, List<Entity> entities,
                                  TermAnalyzer.Reader reader, boolean weighted, boolean ownTerms) {
        List<Sentence> sentences = text.sentences();
        int n = sentences.size();
        String[] texts = new String[n];
        int[] paragraphs = new int[n];
        int[] mentions = new int[n];
        int paragraph = 0;
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            Span span = sentences.get(i).span();
            if (i > 0 && lineBreak(text.text(), Math.min(previousEnd, span.start()), span.start())) {
                paragraph++;
            }
            texts[i] = span.of(text.text());
            paragraphs[i] = paragraph;
            previousEnd = span.end();
        }
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                int s = text.sentenceAt(m.start());
                if (s >= 0) {
                    mentions[s]++;
                }
            }
        }
        return new SentenceSet(texts, paragraphs, mentions, title, reader, weighted, ownTerms);
    }

    private static boolean lineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Sentences given as strings with their paragraph numbers and entity-mention counts. */
    public static SentenceSet of(List<String> sentences, int[] paragraphs, int[] entityMentions, String title,
                                 Map<String, Integer> vocabulary) {
        if (paragraphs.length != sentences.size() || entityMentions.length != sentences.size()) {
            throw new IllegalArgumentException("one paragraph number and mention count per sentence");
        }
        return new SentenceSet(sentences.toArray(String[]::new), paragraphs.clone(), entityMentions.clone(), title,
                vocabulary, new WordTable(ARTICLE_WORDS), true);
    }

    public int size() {
        return texts.length;
    }

    public String text(int i) {
        return texts[i];
    }

    public int paragraph(int i) {
        return paragraphs[i];
    }

    public int entityMentions(int i) {
        return entityMentions[i];
    }

    /** Words (letter-or-digit runs) of sentence {@code i}. */
    public int words(int i) {
        return words[i];
    }

    /** Words holding a letter in sentence {@code i}: what makes it eligible as a key point. */
    public int letterWords(int i) {
        return letterWords[i];
    }

    /** Words of sentence {@code i} after its first that start with an upper-case letter. */
    public int capitalised(int i) {
        return capitalised[i];
    }

    /** Runs of digits in sentence {@code i}. */
    public int numbers(int i) {
        return numbers[i];
    }

    /** True when sentence {@code i} holds a quotation mark. */
    public boolean hasQuote(int i) {
        return quotes[i];
    }

    /** Sorted unique content-term ids of sentence {@code i}, in the caller's vocabulary. */
    public int[] terms(int i) {
        return terms[i];
    }

    /** The headline's distinct content-term ids, in the order they first occur in it. */
    int[] titleBag() {
        return titleBag.clone();
    }

    /**
     * The terms of a set of its own terms ({@link #ofOwnTerms}) as an article carries them to its story's
     * explanation: the same ids, sentence word counts and headline.
     */
    ArticleTerms carried() {
        if (ownVocabulary == null) {
            throw new IllegalStateException("only a set of its own terms is carried");
        }
        return ArticleTerms.of(ownVocabulary, terms, letterWords, titleBag);
    }

    /** True when the article's headline has content terms. */
    public boolean hasTitle() {
        return titleTerms.length > 0;
    }

    /** Share of the headline's content terms found in sentence {@code i} (0 without a headline). */
    public double titleOverlap(int i) {
        if (titleTerms.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int t : titleTerms) {
            shared += Arrays.binarySearch(terms[i], t) >= 0 ? 1 : 0;
        }
        return (double) shared / titleTerms.length;
    }

    /** Cosine of the TF-IDF vectors of sentences {@code i} and {@code j}. */
    public double cosine(int i, int j) {
        return weighting.cosine(i, j);
    }

    /** Cosines of every pair of sentences, symmetric, with a zero diagonal ({@link TermWeights#similarities}). */
    public double[][] similarities() {
        int n = texts.length;
        return weighting.similarities(new double[n][n]);
    }

    /**
     * {@link #similarities()} written into {@code m}, as many rows as sentences, each at least that long (a reused
     * matrix: every cell of the first {@code n} columns is written, the diagonal too).
     */
    double[][] similarities(double[][] m) {
        return weighting.similarities(m);
    }

    /** Cosine of sentence {@code i} with the sum of all sentence vectors (the article's centroid). */
    public double[] centroidSimilarity() {
        return weighting.centroidSimilarity();
    }
}
