package dev.intisari.core.entity;

import java.util.Locale;
import java.util.Set;

/**
 * Whether an acronym abbreviates a phrase: every content word gives the acronym its first letter and
 * possibly more of its letters in order (Badan Reserse Kriminal = Bareskrim), connectors may give none.
 */
final class AcronymMatch {
    static final Set<String> CONNECTORS = Set.of("dan", "&", "untuk", "dari", "serta", "bagi", "pada", "di", "atas",
            "-", "of", "the", "and", "for", "ke", "se", "dalam");

    private AcronymMatch() {
    }

    /** Whether {@code word} may be an acronym: 2..12 letters/digits starting with a capital. */
    static boolean looksLikeAcronym(String word) {
        if (word.length() < 2 || word.length() > 12 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every letter of {@code word} is a capital (KPK, not Bareskrim). */
    static boolean allCapitals(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2;
    }

    static boolean matches(String acronym, String[] words, int from, int to) {
        String a = acronym.toLowerCase(Locale.ROOT);
        if (to - from > 12 || to <= from || CONNECTORS.contains(words[from].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return match(a, 0, words, from, to);
    }

    private static boolean match(String a, int ai, String[] words, int wi, int to) {
        if (wi == to) {
            return ai == a.length();
        }
        String w = words[wi].toLowerCase(Locale.ROOT);
        boolean connector = CONNECTORS.contains(w) || !Character.isLetterOrDigit(w.charAt(0));
        if (connector && match(a, ai, words, wi + 1, to)) {
            return true;
        }
        if (ai >= a.length() || w.charAt(0) != a.charAt(ai)) {
            return false;
        }
        // the word gives its first letter, then any further letters of its own, in order
        int ak = ai + 1;
        if (match(a, ak, words, wi + 1, to)) {
            return true;
        }
        int wk = 1;
        while (ak < a.length() && wk < w.length()) {
            if (w.charAt(wk) == a.charAt(ak)) {
                ak++;
                if (match(a, ak, words, wi + 1, to)) {
                    return true;
                }
            }
            wk++;
        }
        return false;
    }
}
