package dev.intisari.model;

import java.util.Arrays;

/**
 * The content terms of the sentences an article's key points were chosen from (its headline and first sentences), in
 * a vocabulary of the article's own, as the key-point stage read them. The output contract does not carry them: a
 * story's explanation reads the same sentences again in the story's vocabulary, and maps these ids instead of
 * analysing the text a second time.
 * <p>
 * Term {@code i} is the {@code i}-th word of {@code vocabulary}, where each term is followed by one space (terms are
 * runs of letters and digits, so they hold none); ids are given in the order the terms are first met, headline
 * first. Sentence {@code s}'s distinct ids, ascending, are {@code ids[starts[s], starts[s + 1])}; {@code letterWords}
 * holds each sentence's words holding a letter, {@code title} the headline's distinct ids in the order they occur
 * in it. The arrays are copied in and out, so the record stays immutable.
 */
public record ArticleTerms(String vocabulary, int[] starts, int[] ids, int[] letterWords, int[] title) {
    public ArticleTerms {
        int terms = terms(vocabulary);
        starts = starts.clone();
        ids = ids.clone();
        letterWords = letterWords.clone();
        title = title.clone();
        if (starts.length != letterWords.length + 1 || starts[0] != 0 || starts[letterWords.length] != ids.length) {
            throw new IllegalArgumentException("one word count and one run of ids per sentence");
        }
        for (int s = 0; s < letterWords.length; s++) {
            if (starts[s + 1] < starts[s]) {
                throw new IllegalArgumentException("sentence " + s + " ends before it starts");
            }
            for (int k = starts[s]; k < starts[s + 1]; k++) {
                if (ids[k] < 0 || ids[k] >= terms || k > starts[s] && ids[k] <= ids[k - 1]) {
                    throw new IllegalArgumentException("sentence " + s + ": ids must ascend below " + terms);
                }
            }
        }
        for (int id : title) {
            if (id < 0 || id >= terms) {
                throw new IllegalArgumentException("headline id " + id + " not below " + terms);
            }
        }
    }

    /** The terms of sentences given one array each ({@code sentenceTerms[s]}: sentence {@code s}'s ids, ascending). */
    public static ArticleTerms of(String vocabulary, int[][] sentenceTerms, int[] letterWords, int[] title) {
        int[] starts = new int[sentenceTerms.length + 1];
        for (int s = 0; s < sentenceTerms.length; s++) {
            starts[s + 1] = starts[s] + sentenceTerms[s].length;
        }
        int[] ids = new int[starts[sentenceTerms.length]];
        for (int s = 0; s < sentenceTerms.length; s++) {
            System.arraycopy(sentenceTerms[s], 0, ids, starts[s], sentenceTerms[s].length);
        }
        return new ArticleTerms(vocabulary, starts, ids, letterWords, title);
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

    /** How many terms {@link #vocabulary} holds: ids run below it (counted on each call). */
    public int termCount() {
        return terms(vocabulary);
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

    @Override
    public int[] starts() {
        return starts.clone();
    }

    @Override
    public int[] ids() {
        return ids.clone();
    }

    @Override
    public int[] letterWords() {
        return letterWords.clone();
    }

    /** The headline's distinct term ids in the order they occur in it (a copy). */
    @Override
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
        return "ArticleTerms[" + starts.length + " sentence bounds, " + ids.length + " ids]";
    }
}
