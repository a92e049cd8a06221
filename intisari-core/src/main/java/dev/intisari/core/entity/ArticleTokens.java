package dev.intisari.core.entity;

import dev.intisari.model.Token;

import java.util.List;

/** The tokens of one article as arrays: text, lowercase hash, offsets, capitalisation, segment, gazetteer heads. */
final class ArticleTokens {
    final String text;
    final String[] words;
    final long[] lower;
    final int[] starts;
    final int[] ends;
    final boolean[] capitalised;
    final int[] segment;
    /** Per token, the first gazetteer phrase starting with its word, or -1 ({@link Lexicon#heads}). */
    final int[] heads;
    final int size;

    ArticleTokens(String text, List<Token> tokens, int[] segment, Lexicon lexicon) {
        this.text = text;
        this.size = tokens.size();
        this.words = new String[size];
        this.lower = new long[size];
        this.starts = new int[size];
        this.ends = new int[size];
        this.capitalised = new boolean[size];
        this.segment = segment;
        for (int i = 0; i < size; i++) {
            Token t = tokens.get(i);
            words[i] = t.text();
            lower[i] = TokenHash.lower(t.text());
            starts[i] = t.start();
            ends[i] = t.end();
            capitalised[i] = !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
        }
        this.heads = lexicon.heads(lower, size);
    }

    boolean isWord(int i) {
        return !words[i].isEmpty() && Character.isLetterOrDigit(words[i].charAt(0));
    }

    boolean sameSegment(int i, int j) {
        return j >= 0 && j < size && segment[i] == segment[j];
    }

    /** The covered text with runs of white space as one space. */
    String surface(int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start && starts[i] > ends[i - 1]) {
                b.append(' ');
            }
            b.append(words[i]);
        }
        return b.toString();
    }

    boolean is(int i, String lowerWord) {
        return i >= 0 && i < size && words[i].equalsIgnoreCase(lowerWord);
    }
}
