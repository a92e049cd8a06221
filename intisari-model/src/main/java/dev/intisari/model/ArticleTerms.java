package dev.intisari.model;

import java.util.Arrays;

/**
 * The content terms of the sentences an article's key points were chosen from (its headline and first sentences), in
 * a vocabulary of the article's own, as the key-point stage read them. The output contract does not carry them: a
 * story's explanation reads the same sentences again in the story's vocabulary, and maps these ids instead of
 * analysing the text a second time.
 * <p>
 * Term {@code i} is the {@code i}-th word of {@link #vocabulary}, where each term is followed by one space (terms
 * are runs of letters and digits, so they hold none); ids are given in the order the terms are first met, headline
 * first. A class, not a record: its arrays stay private, so it is immutable; read them through the methods.
 */
public final class ArticleTerms {
    private final String vocabulary;
    private final int termCount;
    /** Sentence {@code s}'s ids are {@code ids[starts[s], starts[s + 1])}. */
    private final int[] starts;
    private final int[] ids;
    private final int[] letterWords;
    private final int[] title;

    /**
     * {@code sentenceTerms}: each sentence's distinct term ids, ascending; {@code letterWords}: each sentence's words
     * holding a letter; {@code title}: the headline's distinct term ids in the order they occur in it.
     */
    public ArticleTerms(String vocabulary, int[][] sentenceTerms, int[] letterWords, int[] title) {
        if (letterWords.length != sentenceTerms.length) {
            throw new IllegalArgumentException("one word count per sentence");
        }
        this.vocabulary = vocabulary;
        this.termCount = terms(vocabulary);
        this.starts = new int[sentenceTerms.length + 1];
        int total = 0;
        for (int s = 0; s < sentenceTerms.length; s++) {
            total += sentenceTerms[s].length;
            starts[s + 1] = total;
        }
        this.ids = new int[total];
        for (int s = 0; s < sentenceTerms.length; s++) {
            int[] t = sentenceTerms[s];
            for (int k = 0; k < t.length; k++) {
                if (t[k] < 0 || t[k] >= termCount || k > 0 && t[k] <= t[k - 1]) {
                    throw new IllegalArgumentException("sentence " + s + ": ids must ascend below " + termCount);
                }
            }
            System.arraycopy(t, 0, ids, starts[s], t.length);
        }
        this.letterWords = letterWords.clone();
        this.title = title.clone();
        for (int id : this.title) {
            if (id < 0 || id >= termCount) {
                throw new IllegalArgumentException("headline id " + id + " not below " + termCount);
            }
        }
    }

    /** The number of terms in {@code vocabulary}, which must end each term with one space. */
    private static int terms(String vocabulary) {
        int count = 0;
        for (int i = 0; i < vocabulary.length(); i++) {
            if (vocabulary.charAt(i) == ' ') {
                if (i == 0 || vocabulary.charAt(i - 1) == ' ') {
                    throw new IllegalArgumentException("an empty term at " + i);
                }
                count++;
            }
        }
        if (!vocabulary.isEmpty() && vocabulary.charAt(vocabulary.length() - 1) != ' ') {
            throw new IllegalArgumentException("every term ends with a space");
        }
        return count;
    }

    /** The article's terms in id order, each followed by one space. */
    public String vocabulary() {
        return vocabulary;
    }

    /** How many terms {@link #vocabulary} holds: ids run below it. */
    public int termCount() {
        return termCount;
    }

    /** How many sentences were read. */
    public int sentences() {
        return letterWords.length;
    }

    /** Sentence {@code s}'s distinct term ids, ascending (a copy). */
    public int[] sentenceTerms(int s) {
        return Arrays.copyOfRange(ids, starts[s], starts[s + 1]);
    }

    /** Words of sentence {@code s} holding a letter. */
    public int letterWords(int s) {
        return letterWords[s];
    }

    /** The headline's distinct term ids in the order they occur in it (a copy). */
    public int[] title() {
        return title.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleTerms t && vocabulary.equals(t.vocabulary) && Arrays.equals(starts, t.starts)
                && Arrays.equals(ids, t.ids) && Arrays.equals(letterWords, t.letterWords)
                && Arrays.equals(title, t.title);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * vocabulary.hashCode() + Arrays.hashCode(ids)) + Arrays.hashCode(letterWords);
    }

    @Override
    public String toString() {
        return "ArticleTerms[" + termCount + " terms, " + sentences() + " sentences]";
    }
}
