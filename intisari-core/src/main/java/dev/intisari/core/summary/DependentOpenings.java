package dev.intisari.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a key point opens with words that point back to a sentence the reader does not see: a pronoun
 * ("Ia", "Mereka", "Pihaknya"), an attribution of the sentence before ("Hal itu disampaikan ..."), a bare
 * demonstrative ("Langkah itu ..."). Word list: {@code dependent-openings.txt}. Immutable and thread-safe.
 */
final class DependentOpenings {
    /** Marks a list entry that is a demonstrative after any first word, not an opening. */
    private static final String ANY_WORD = "* ";
    /** Marks a list entry that is a demonstrative closing a capitalised opening phrase. */
    private static final String AFTER_PHRASE = "+ ";
    /** Last word (counted from 1) at which such a demonstrative closes the opening phrase. */
    private static final int MAX_PHRASE_END = 8;
    private final List<String> openings;
    /** Words that, second in a point, make its first word point back ("Jumlah itu ...", "Tuntutan tersebut ..."). */
    private final List<String> demonstratives;
    /** Words that close an opening phrase of capitalised words ("Politikus PDIP ini ..."). */
    private final List<String> phraseEnds;
    /** For every ASCII first character of a point, the openings it may start with (in the list's order). */
    private final List<List<String>> openingsByHead = new ArrayList<>();

    DependentOpenings() {
        List<String> entries = WordList.read("dependent-openings.txt").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        openings = entries.stream().filter(w -> !w.startsWith(ANY_WORD) && !w.startsWith(AFTER_PHRASE)).toList();
        demonstratives = entries.stream().filter(w -> w.startsWith(ANY_WORD))
                .map(w -> w.substring(ANY_WORD.length()).strip()).toList();
        phraseEnds = entries.stream().filter(w -> w.startsWith(AFTER_PHRASE))
                .map(w -> w.substring(AFTER_PHRASE.length()).strip()).toList();
        for (char first = 0; first < 128; first++) {
            openingsByHead.add(PointTrimmer.headedBy(openings, first));
        }
    }

    /**
     * True when {@code point} starts with a listed opening followed by a non-letter (or nothing), or when its
     * second word is a listed demonstrative after a first word of letters ("Jumlah itu", "Dakwaan tersebut"), or when
     * a listed word closes an opening phrase of capitalised words ("Politikus PDIP ini", "Bintang Chelsea itu").
     */
    boolean test(String point) {
        if (point.isEmpty()) {
            return false;
        }
        char head = point.charAt(0);
        for (String opening : head < 128 ? openingsByHead.get(head) : openings) {
            if (startsWith(point, 0, opening)) {
                return true;
            }
        }
        int space = 0;
        while (space < point.length() && Character.isLetter(point.charAt(space))) {
            space++;
        }
        if (space == 0 || space >= point.length() || point.charAt(space) != ' ') {
            return false;
        }
        for (String demonstrative : demonstratives) {
            if (startsWith(point, space + 1, demonstrative)) {
                return true;
            }
        }
        return closesCapitalisedPhrase(point, space + 1);
    }

    /**
     * Whether, from {@code from} (the second word), capitalised words run to a listed phrase end written in lower
     * case ("ini", not a title-case heading's "Ini") that is at most the eighth word and at least the third.
     */
    private boolean closesCapitalisedPhrase(String point, int from) {
        int at = from;
        for (int word = 2; word <= MAX_PHRASE_END && at < point.length(); word++) {
            if (word >= 3 && Character.isLowerCase(point.charAt(at))) {
                for (String end : phraseEnds) {
                    if (startsWith(point, at, end)) {
                        return true;
                    }
                }
            }
            char head = point.charAt(at);
            if (!Character.isUpperCase(head) && !Character.isDigit(head)) {
                return false;
            }
            int space = point.indexOf(' ', at);
            if (space < 0) {
                return false;
            }
            at = space + 1;
        }
        return false;
    }

    /** Whether {@code word} (lower case) occurs in {@code point} at {@code from}, followed by a non-letter or nothing. */
    private static boolean startsWith(String point, int from, String word) {
        int end = from + word.length();
        return point.regionMatches(true, from, word, 0, word.length())
                && (point.length() == end || !Character.isLetterOrDigit(point.charAt(end)));
    }
}
