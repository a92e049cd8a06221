package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.Span;

import java.util.Locale;
import java.util.Set;

/**
 * Police and military ranks before a one-word name, for the cross-article linker ({@link NameCounts}): a ranked
 * officer ("Iptu Haris") takes another article's full name only when that name was written with a rank too.
 */
final class Ranks {
    /**
     * Lower case. Two ranks count written out, as news writes them right before a name: "Komisaris" (Kompol: "Komisaris
     * Usman" of the Bareskrim, session 19) and "Inspektur".
     */
    private static final Set<String> RANKS = Set.of("jenderal", "komjen", "irjen", "brigjen", "kombes", "akbp",
            "kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "briptu", "bripda", "bharada",
            "bharatu", "bharaka", "letjen", "mayjen", "kolonel", "letkol", "mayor", "kapten", "lettu", "letda",
            "peltu", "pelda", "serma", "serka", "sertu", "serda", "kopka", "koptu", "kopda", "praka", "pratu", "prada",
            "laksamana", "laksda", "laksma", "marsekal", "marsma", "marsda", "pol", "pol.", "komisaris", "inspektur");

    private Ranks() {
    }

    /** Whether a mention of {@code e} follows a rank word in {@code text} ("Iptu Haris", "AKBP Pol. Rina Lestari"). */
    static boolean before(String text, Entity e) {
        for (Span m : e.mentions()) {
            if (m.start() > text.length()) {
                continue;
            }
            // the longest rank is nine letters: longer words are not looked up (no string made per mention)
            String word = wordBefore(text, m.start(), 9);
            if (word != null && RANKS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word (lower case) written right before offset {@code at}, over spaces, or null when there is none or it is
     * longer than {@code longest} characters (then no string is made).
     */
    static String wordBefore(String text, int at, int longest) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start < end && end - start <= longest ? text.substring(start, end).toLowerCase(Locale.ROOT) : null;
    }
}
