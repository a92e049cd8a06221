package dev.intisari.core.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a resource phrase into words the way the tokenizer does: letter/digit runs, other marks alone, and an
 * abbreviation written with its periods ("Prof.", "S.I.K.") as one word, as the tokenizer keeps it.
 */
final class PhraseWords {
    private PhraseWords() {
    }

    static List<String> split(String phrase) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < phrase.length() && Character.isLetterOrDigit(phrase.charAt(i))) {
                    i++;
                }
                i = abbreviationEnd(phrase, start, i);
                words.add(phrase.substring(start, i));
            } else {
                words.add(String.valueOf(c));
                i++;
            }
        }
        return words;
    }

    /**
     * End of an abbreviation written with its periods ("Prof.", "S.I.K.", "M.Si.") that starts with the letters
     * [start, end): letter runs each followed by a period, the last period before a space or the end; {@code end}
     * when the letters are not such an abbreviation.
     */
    private static int abbreviationEnd(String phrase, int start, int end) {
        int k = start;
        while (true) {
            int run = k;
            while (k < phrase.length() && Character.isLetter(phrase.charAt(k))) {
                k++;
            }
            if (k == run || k >= phrase.length() || phrase.charAt(k) != '.' || run == start && k != end) {
                return end;
            }
            k++;
            if (k == phrase.length() || Character.isWhitespace(phrase.charAt(k))) {
                return k;
            }
        }
    }
}
