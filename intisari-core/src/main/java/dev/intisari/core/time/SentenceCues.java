package dev.intisari.core.time;

import dev.intisari.core.time.DateLexicon.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What the words around a date say about it: a modifier ("lalu", "depan", "ini"), the tense of its clause
 * ("akan", "telah"), a timetable ("setiap Senin"), a period running up to the coming weekend.
 */
final class SentenceCues {
    private final Words w;
    private final DateLexicon lex;
    private final LocalDate anchor;

    SentenceCues(Words w, DateLexicon lex, LocalDate anchor) {
        this.w = w;
        this.lex = lex;
        this.anchor = anchor;
    }

    /** -1, 0 or +1 for the modifier at token j after "tahun" (lalu, ini, depan), else MIN_VALUE. */
    int yearShift(int j) {
        String m = w.word(j);
        return lex.is(m, Role.PAST) ? -1 : lex.is(m, Role.THIS) ? 0
                : lex.is(m, Role.FUTURE) && !m.equals("nanti") ? 1 : Integer.MIN_VALUE;
    }

    boolean isModifier(String x) {
        return lex.is(x, Role.PAST) || lex.is(x, Role.FUTURE) || lex.is(x, Role.THIS);
    }

    /** True when "setiap/tiap" and a weekday come earlier in the sentence of token i. */
    boolean recurringBefore(int i) {
        for (int k = i - 1, steps = 0; k > 0 && steps < 30 && !w.breakBefore(k + 1); k--, steps++) {
            if (w.weekdayAt(k) > 0 && lex.is(w.word(k - 1), Role.SET)) {
                return true;
            }
        }
        return false;
    }

    /** True when the nearest tense word before token i in its sentence is a future one ("akan"). */
    boolean futureTense(int i) {
        for (int k = i - 1, steps = 0; k >= 0 && steps < 14; k--, steps++) {
            String x = w.word(k);
            if (lex.is(x, Role.TENSE_FUTURE)) {
                return true;
            }
            if (lex.is(x, Role.TENSE_PAST) || lex.is(x, Role.PAST) || w.breakBefore(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "hingga akhir pekan", "menjelang akhir pekan" (the until role before "akhir"): a period running up to the
     * coming weekend — unless the clause is told in the past ("telah", "sudah") or the weekend has just
     * passed (published on a Sunday or Monday), when it is the weekend just gone.
     */
    boolean upToComingWeekend(int i) {
        if (!lex.is(w.word(i - 1), Role.UNTIL) || anchor == null
                || anchor.getDayOfWeek() == DayOfWeek.SUNDAY || anchor.getDayOfWeek() == DayOfWeek.MONDAY) {
            return false;
        }
        for (int k = i - 2, steps = 0; k >= 0 && steps < 14 && !w.breakBefore(k + 1) && !w.isMark(k, ','); k--, steps++) {
            if (lex.is(w.word(k), Role.TENSE_PAST)) {
                return false;
            }
        }
        return true;
    }
}
