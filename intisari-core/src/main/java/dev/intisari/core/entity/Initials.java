package dev.intisari.core.entity;

import dev.intisari.model.Entity;
import dev.intisari.model.Span;

import java.util.Locale;

/**
 * Whether an article writes a name as a person's initials: news names suspects, victims and minors by initials
 * ("pelaku berinisial MA", "MA (13), MT (13)"). Such letters stand for one unnamed person of that article, so the
 * cross-article linker never reads them as the acronym of a body another article spelled out ("MA" is not the Mahkamah
 * Agung there, "SR" not the Sekolah Rakyat).
 */
final class Initials {
    /** The word before initials ends in this ("inisial", "berinisial"), lower case. */
    static final String CUE = "inisial";
    /** The most digits of an age written in brackets right after initials ("MA ( 29 )"). */
    static final int AGE_DIGITS = 2;

    private Initials() {
    }

    /** Whether a mention of {@code e} follows an initials cue word or is followed by an age in brackets. */
    static boolean written(String text, Entity e) {
        for (Span m : e.mentions()) {
            if (m.end() <= text.length() && (afterCue(text, m.start()) || beforeAge(text, m.end()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterCue(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return end - from >= CUE.length() && text.substring(end - CUE.length(), end).toLowerCase(Locale.ROOT).equals(CUE);
    }

    private static boolean beforeAge(String text, int end) {
        int i = skipSpaces(text, end);
        if (i >= text.length() || text.charAt(i) != '(') {
            return false;
        }
        i = skipSpaces(text, i + 1);
        int digits = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        i = skipSpaces(text, i);
        return digits >= 1 && digits <= AGE_DIGITS && i < text.length() && text.charAt(i) == ')';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
