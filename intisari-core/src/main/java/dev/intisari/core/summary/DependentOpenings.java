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
    private final List<String> openings;
    /** For every ASCII first character of a point, the openings it may start with (in the list's order). */
    private final List<List<String>> openingsByHead = new ArrayList<>();

    DependentOpenings() {
        openings = WordList.read("dependent-openings.txt").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (char first = 0; first < 128; first++) {
            openingsByHead.add(PointTrimmer.headedBy(openings, first));
        }
    }

    /** True when {@code point} starts with a listed opening followed by a non-letter (or nothing). */
    boolean test(String point) {
        if (point.isEmpty()) {
            return false;
        }
        char head = point.charAt(0);
        for (String opening : head < 128 ? openingsByHead.get(head) : openings) {
            int n = opening.length();
            if (point.regionMatches(true, 0, opening, 0, n)
                    && (point.length() == n || !Character.isLetterOrDigit(point.charAt(n)))) {
                return true;
            }
        }
        return false;
    }
}
