package dev.intisari.core.summary;

import dev.intisari.model.Article;
import dev.intisari.model.ArticleTerms;
import dev.intisari.model.TokenizedText;

import java.util.Arrays;

/**
 * One article's sentences as a story's explanation reads them: each sentence's distinct content-term ids in the
 * story's vocabulary, ascending; each sentence's words holding a letter; the headline's distinct term ids in the
 * order they occur. Made from the terms the article's key-point stage carried ({@link #mapped}), or by reading the
 * sentences again ({@link #of}) for an article without them: both give the same ids.
 */
record TermsInStory(int[][] terms, int[] letterWords, int[] titleBag) {
    int size() {
        return terms.length;
    }

    /** Sentence {@code i}'s distinct term ids, ascending. */
    int[] terms(int i) {
        return terms[i];
    }

    /** Words of sentence {@code i} holding a letter. */
    int letterWords(int i) {
        return letterWords[i];
    }

    /**
     * The article's sentences ({@code readable}: those its key-point stage reads) in the story's vocabulary: from the
     * terms that stage carried when they are of as many sentences, else read again.
     */
    static TermsInStory read(Article a, TokenizedText readable, TermAnalyzer.Reader story) {
        if (a.terms() != null && a.terms().sentences() == readable.sentences().size()) {
            return mapped(a.terms(), story);
        }
        return of(SentenceSet.termsOf(readable, a.title(), a.entities(), story));
    }

    /** Whether each term of the story's vocabulary holds a digit, by id (read in the reader's table, no string made). */
    static boolean[] numeric(TermAnalyzer.Reader story) {
        return story.numeric();
    }

    /** A set read with the story's vocabulary. */
    static TermsInStory of(SentenceSet set) {
        int n = set.size();
        int[][] terms = new int[n][];
        int[] letterWords = new int[n];
        for (int i = 0; i < n; i++) {
            terms[i] = set.terms(i);
            letterWords[i] = set.letterWords(i);
        }
        return new TermsInStory(terms, letterWords, set.titleBag());
    }

    /**
     * The carried terms given ids of the story's vocabulary ({@code story}: its reader, whose ids its articles share).
     * The article's own ids were given in the order its terms were first met, headline first, which is the order
     * reading the article with {@code story} would meet them in: asking for each term in own-id order gives the new
     * ones the same story ids as that reading would, and each sentence's ids, mapped and sorted, are the same set.
     */
    static TermsInStory mapped(ArticleTerms carried, TermAnalyzer.Reader story) {
        char[] chars = carried.vocabulary().toCharArray();
        int[] storyId = new int[carried.termCount()];
        int term = 0;
        for (int from = 0, i = 0; i < chars.length; i++) {
            if (chars[i] == ' ') {
                storyId[term++] = story.termId(chars, from, i - from);
                from = i + 1;
            }
        }
        int n = carried.sentences();
        int[][] terms = new int[n][];
        int[] letterWords = new int[n];
        for (int s = 0; s < n; s++) {
            int[] t = carried.sentenceTerms(s);
            for (int k = 0; k < t.length; k++) {
                t[k] = storyId[t[k]];
            }
            Arrays.sort(t);
            terms[s] = t;
            letterWords[s] = carried.letterWords(s);
        }
        int[] title = carried.title();
        for (int k = 0; k < title.length; k++) {
            title[k] = storyId[title[k]];
        }
        return new TermsInStory(terms, letterWords, title);
    }
}
