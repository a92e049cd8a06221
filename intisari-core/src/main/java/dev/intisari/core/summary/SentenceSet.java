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
    /** {@code local[i][k]}: the rank of {@code terms[i][k]} in {@link #present}. */
    private final int[][] local;
    private final double[][] weights;
    private final int[] titleTerms;
    /** The headline's distinct content-term ids in the order they first occur. */
    private final int[] titleBag;
    /** The sorted distinct term ids of all sentences. */
    private final int[] present;
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
        this.titleTerms = Arrays.stream(titleBag).sorted().toArray();
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
            this.present = null;
            this.local = null;
            this.weights = null;
            return;
        }
        this.present = present(terms, occurrences);
        this.local = local(terms, present);
        this.weights = weights(terms, counts, local, present.length);
    }

    /**
     * TF-IDF vectors of the sentences, unit length. Every array here is indexed by a term's rank among the
     * article's own terms: the caller's ids may come from a story's vocabulary, far larger than one article's;
     * ranks keep the ids' order, so every sum adds its terms in the same order as it would by id.
     */
    private static double[][] weights(int[][] terms, int[][] counts, int[][] local, int distinct) {
        int n = terms.length;
        int[] df = new int[distinct];
        for (int[] t : local) {
            for (int id : t) {
                df[id]++;
            }
        }
        double[] idf = new double[distinct];
        for (int id = 0; id < distinct; id++) {
            idf[id] = Math.log(1.0 + (double) n / df[id]);
        }
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] w = new double[terms[i].length];
            double norm = 0;
            for (int k = 0; k < w.length; k++) {
                w[k] = (counts[i][k] == 1 ? 1 : 1 + Math.log(counts[i][k])) * idf[local[i][k]];
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < w.length && norm > 0; k++) {
                w[k] /= norm;
            }
            weights[i] = w;
        }
        return weights;
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

    /** The sorted distinct ids of {@code terms} ({@code occurrences}: the sum of their lengths). */
    private static int[] present(int[][] terms, int occurrences) {
        int maxId = -1;
        for (int[] t : terms) {
            maxId = t.length == 0 ? maxId : Math.max(maxId, t[t.length - 1]);
        }
        if (maxId < 4L * occurrences) {
            // ids of an article's own vocabulary: marked in an array as long as the id range
            boolean[] seen = new boolean[maxId + 1];
            int distinct = 0;
            for (int[] t : terms) {
                for (int id : t) {
                    distinct += seen[id] ? 0 : 1;
                    seen[id] = true;
                }
            }
            int[] out = new int[distinct];
            for (int id = 0, k = 0; k < distinct; id++) {
                if (seen[id]) {
                    out[k++] = id;
                }
            }
            return out;
        }
        // ids spread over a story's vocabulary: sorted, so the cost follows the article, not the story
        int[] all = new int[occurrences];
        int k = 0;
        for (int[] t : terms) {
            System.arraycopy(t, 0, all, k, t.length);
            k += t.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (distinct == 0 || all[distinct - 1] != all[i]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /** Every term of {@code terms} as its rank in {@code present} (the sorted distinct ids of all of them). */
    private static int[][] local(int[][] terms, int[] present) {
        int maxId = present.length == 0 ? -1 : present[present.length - 1];
        int[] rankOf = maxId < 4L * present.length ? new int[maxId + 1] : null;
        for (int r = 0; rankOf != null && r < present.length; r++) {
            rankOf[present[r]] = r;
        }
        int[][] out = new int[terms.length][];
        for (int i = 0; i < terms.length; i++) {
            int[] t = terms[i];
            int[] ranks = new int[t.length];
            for (int k = 0; k < t.length; k++) {
                ranks[k] = rankOf != null ? rankOf[t[k]] : Arrays.binarySearch(present, t[k]);
            }
            out[i] = ranks;
        }
        return out;
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
     * Each thread's reader for {@link #ofOwnTerms}, with its word table and term table, emptied before every set: an
     * article's tables are about 20 KB, and fresh ones per article showed up as a tenth of the key-point stage's
     * samples (their first touch of new heap pages); the reader's own buffers were another few percent. A set reads
     * them only while it is built, so nothing is kept between articles.
     */
    private static final ThreadLocal<TermAnalyzer.Reader> OWN_READER = ThreadLocal.withInitial(
            () -> new TermAnalyzer.Reader(null, new WordTable(ARTICLE_WORDS), new WordTable(ARTICLE_WORDS)));

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
        int[] a = terms[i];
        int[] b = terms[j];
        double[] wa = weights[i];
        double[] wb = weights[j];
        double dot = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                dot += wa[x++] * wb[y++];
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return dot;
    }

    /**
     * Cosines of every pair of sentences, symmetric, with a zero diagonal. Sentence {@code i}'s weights are
     * spread into a dense vector once and every later sentence reads its own terms from it: the same sums
     * as {@link #cosine}, term by term in id order (absent terms add zero), without a merge per pair.
     */
    public double[][] similarities() {
        int n = texts.length;
        return similarities(new double[n][n]);
    }

    /**
     * {@link #similarities()} written into {@code m}, as many rows as sentences, each at least that long (a reused
     * matrix: every cell of the first {@code n} columns is written, the diagonal too).
     */
    double[][] similarities(double[][] m) {
        int n = texts.length;
        double[] dense = new double[present.length];
        for (int i = 0; i < n; i++) {
            int[] a = local[i];
            double[] wa = weights[i];
            for (int x = 0; x < a.length; x++) {
                dense[a[x]] = wa[x];
            }
            for (int j = i + 1; j < n; j++) {
                int[] b = local[j];
                double[] wb = weights[j];
                double dot = 0;
                for (int y = 0; y < b.length; y++) {
                    dot += dense[b[y]] * wb[y];
                }
                m[i][j] = dot;
                m[j][i] = dot;
            }
            m[i][i] = 0;
            for (int t : a) {
                dense[t] = 0;
            }
        }
        return m;
    }

    /** Cosine of sentence {@code i} with the sum of all sentence vectors (the article's centroid). */
    public double[] centroidSimilarity() {
        double[] centroid = new double[present.length];
        for (int i = 0; i < local.length; i++) {
            for (int k = 0; k < local[i].length; k++) {
                centroid[local[i][k]] += weights[i][k];
            }
        }
        // the squares in id order, as a pass over a whole id-indexed array would add them (absent ids add zero)
        double norm = 0;
        for (double c : centroid) {
            norm += c * c;
        }
        norm = Math.sqrt(norm);
        double[] out = new double[terms.length];
        for (int i = 0; i < terms.length && norm > 0; i++) {
            double dot = 0;
            for (int k = 0; k < local[i].length; k++) {
                dot += weights[i][k] * centroid[local[i][k]];
            }
            out[i] = dot / norm;
        }
        return out;
    }
}
