package dev.intisari.core.entity;

import java.util.ArrayList;
import java.util.List;

/** Splits a resource phrase into words the way the tokenizer does: letter/digit runs, other marks alone. */
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
                words.add(phrase.substring(start, i));
            } else {
                words.add(String.valueOf(c));
                i++;
            }
        }
        return words;
    }
}
