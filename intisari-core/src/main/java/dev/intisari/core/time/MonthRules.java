package dev.intisari.core.time;

import dev.intisari.core.time.CalendarResolver.Direction;
import dev.intisari.core.time.DateLexicon.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.IntSupplier;

/** Months: "Maret", "Maret lalu", "Maret tahun lalu", "Januari-Maret 2017", "Oktober, November, dan Desember". */
final class MonthRules {
    private final Words w;
    private final DateLexicon lex;
    private final LocalDate anchor;
    private final SentenceCues cues;
    /** The token after the last expression found so far, for lists of months. */
    private final IntSupplier lastEnd;

    MonthRules(Words w, DateLexicon lex, LocalDate anchor, SentenceCues cues, IntSupplier lastEnd) {
        this.w = w;
        this.lex = lex;
        this.anchor = anchor;
        this.cues = cues;
        this.lastEnd = lastEnd;
    }

    FoundDate monthLed(int from, int m) {
        int j = m + 1;
        int y = -1;
        if (w.isDigits(j) && w.digitCount(j) == 4) {
            y = w.number(j);
            j++;
        } else if ((w.isMark(j, '-') || w.word(j).equals("dan") || w.word(j).equals("hingga") || w.word(j).equals("sampai"))
                && lex.month(w.word(j + 1)) > 0 && w.isDigits(j + 2) && w.digitCount(j + 2) == 4) {
            y = w.number(j + 2); // "Januari-Maret 2017", "Mei dan Juli 2025": the first month takes the year
        }
        boolean cued = y >= 0 || from != m || lex.is(w.word(m - 1), Role.MONTH_CUE)
                || cues.isModifier(w.word(j)) || (w.word(j).equals("yang") && lex.is(w.word(j + 1), Role.PAST))
                || (w.word(j).equals("tahun") && cues.yearShift(j + 1) != Integer.MIN_VALUE) // "November tahun lalu"
                || monthListAt(m);
        return cued ? monthValue(from, m, j, y) : null;
    }

    /** True when month m is in a list of months: "Oktober, November, dan Desember". */
    private boolean monthListAt(int m) {
        String next = w.word(m + 1);
        if ((next.equals(",") || next.equals("dan")) && isMonthName(m + 2)) {
            return true;
        }
        String prev = w.word(m - 1);
        int before = prev.equals("dan") && w.isMark(m - 2, ',') ? m - 3 : m - 2;
        return (prev.equals(",") || prev.equals("dan")) && isMonthName(before) && lastEnd.getAsInt() == before + 1;
    }

    private boolean isMonthName(int i) {
        String x = w.word(i);
        return lex.month(x) > 0 && !lex.isMonthAbbreviation(x);
    }

    /** The month named at token m, with the modifier after {@code j} (lalu, depan, ini) taken in. */
    FoundDate monthValue(int from, int m, int j, int y) {
        int month = lex.month(w.word(m));
        String mod = w.word(j);
        Direction dir = cues.futureTense(from) ? Direction.FUTURE : Direction.NEAREST;
        boolean thisYear = false;
        if (lex.is(mod, Role.PAST)) {
            dir = Direction.PAST;
            j++;
        } else if (mod.equals("yang") && lex.is(w.word(j + 1), Role.PAST)) {
            dir = Direction.PAST;
            j += 2;
        } else if (lex.is(mod, Role.FUTURE)) {
            dir = Direction.FUTURE;
            j++;
        } else if (lex.is(mod, Role.THIS)) {
            thisYear = true;
            j++;
        } else if (y < 0 && mod.equals("tahun") && cues.yearShift(j + 1) != Integer.MIN_VALUE && anchor != null) {
            y = anchor.getYear() + cues.yearShift(j + 1); // "Maret tahun lalu"
            j += 2;
        }
        YearMonth ym = y >= 0 ? YearMonth.of(y, month)
                : thisYear && anchor != null ? YearMonth.of(anchor.getYear(), month)
                : CalendarResolver.month(anchor, month, dir);
        return new FoundDate(from, j, ym == null ? null : ym.toString(), false, false);
    }
}
