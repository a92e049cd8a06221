package dev.intisari.core.summary;

import java.util.List;
import java.util.Locale;

/**
 * Whether a key point opens with words that point back to a sentence the reader does not see: a pronoun
 * ("Ia", "Mereka", "Pihaknya"), an attribution of the sentence before ("Hal itu disampaikan ..."), a bare
 * demonstrative ("Langkah itu ..."). Word list: {@code dependent-openings.txt}. Immutable and thread-safe.
 */
final class DependentOpenings {
    private final List<String> openings;

    DependentOpenings() {
        openings = WordList.read("dependent-openings.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** True when {@code point} starts with a listed opening followed by a non-letter (or nothing). */
    boolean test(String point) {
        for (String opening : openings) {
            int n = opening.length();
            if (point.regionMatches(true, 0, opening, 0, n)
                    && (point.length() == n || !Character.isLetterOrDigit(point.charAt(n)))) {
                return true;
            }
        }
        return false;
    }
}
