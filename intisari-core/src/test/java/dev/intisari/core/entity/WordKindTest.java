package dev.intisari.core.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tagger's capitalisation kind of a word, with its ASCII fast path, against the JDK's character classes. */
class WordKindTest {
    private static final NerFeatures FEATURES = new NerFeatures(Lexicon.standard(), 18);

    @Test
    void everySingleCharHasTheKindTheUnicodeTablesGive() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            String word = String.valueOf((char) i);
            assertEquals(reference(word), kind(word), () -> "char " + (int) word.charAt(0));
        }
    }

    @Test
    void wordsOfMixedScriptsAndCases() {
        String[] words = {"Jakarta", "KPK", "iPhone", "2,5", "27/3", "Émile", "ÉMILE", "émile", "x1", "A", "a", "ab-CD",
            "Пєсков", "ПЄСКОВ", "M.Si.", "H.", "(", "1945", "Dr", "DKI-2", "ʼ", "Ǆemal", "ǅemal", "ⅫA", "ǰ"};
        for (String w : words) {
            assertEquals(reference(w), kind(w), w);
        }
    }

    private static int kind(String word) {
        return NerFeatures.kindOf(FEATURES.describe(new CharSequence[] {word}, 1), 0);
    }

    /** The kind as read with the JDK's classes only: 1 punctuation, 2 number, 3 all caps, 4 capitalised, 5 lowercase, 6 mixed. */
    private static int reference(String s) {
        int upper = 0;
        int letters = 0;
        int digits = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isUpperCase(c)) {
                upper++;
                letters++;
            } else if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        if (letters == 0) {
            return digits > 0 ? 2 : 1;
        }
        if (upper == letters && letters > 1) {
            return 3;
        }
        if (Character.isUpperCase(s.charAt(0))) {
            return 4;
        }
        return upper == 0 ? 5 : 6;
    }
}
