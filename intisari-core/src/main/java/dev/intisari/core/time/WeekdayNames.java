package dev.intisari.core.time;

import java.util.Locale;
import java.util.Set;

/**
 * The Indonesian weekday names of the date tagger ({@code weekdays.tsv}), for the stages that read a day written
 * in the news form "Senin (20/10/2025)" without tagging dates themselves: one list for the whole project.
 */
public final class WeekdayNames {
    private static final Set<String> NAMES = DateLexicon.STANDARD.weekdayNames();

    private WeekdayNames() {
    }

    /** Every weekday name, lower case ("senin", "jum'at", "ahad"). */
    public static Set<String> lowercase() {
        return NAMES;
    }

    /** Whether {@code word} is a weekday name, in any case. */
    public static boolean is(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
