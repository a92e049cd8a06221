package dev.intisari.core.time;

import dev.intisari.core.time.DateLexicon.Unit;
import dev.intisari.core.time.DateLexicon.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.IntSupplier;

/**
 * Years and counted periods: "2017", "pada 2008, 2009 dan 2010", "tahun 90-an", "dua hari lalu", "tiga
 * setengah tahun silam", and count words ("dua puluh tiga").
 */
final class CountRules {
    private final Words w;
    private final DateLexicon lex;
    private final LocalDate anchor;
    /** The token after the last expression found so far, for lists of years. */
    private final IntSupplier lastEnd;

    CountRules(Words w, DateLexicon lex, LocalDate anchor, IntSupplier lastEnd) {
        this.w = w;
        this.lex = lex;
        this.anchor = anchor;
        this.lastEnd = lastEnd;
    }

    FoundDate yearAt(int from, int i) {
        int y = w.number(i);
        int j = i + 1;
        if ((w.isMark(j, '-') && w.word(j + 1).equals("an") && w.touching(i))
                || (w.word(j).equals("an") && w.touching(i))) {
            return new FoundDate(from, w.isMark(j, '-') ? j + 2 : j + 1, null, false, false); // a decade: no value
        }
        String prev = w.word(i - 1);
        if (w.isMark(j, '/') && w.isDigits(j + 1)) {
            return null; // "musim 2014/2015", "178/VII/2025": a season or a number, not a year
        }
        if ((prev.equals("tahun") && (w.isDigits(i - 2) || lex.is(w.word(i - 2), Role.LAW))) || lex.unit(w.word(j)) != null) {
            return null; // "Nomor 17 Tahun 2003" numbers a law; "2000 tahun" counts years
        }
        boolean cued = from != i || lex.is(prev, Role.YEAR_CUE) || yearBefore(i) || yearRangeAfter(i);
        String mod = w.word(j);
        if (lex.is(mod, Role.PAST) || lex.is(mod, Role.FUTURE)) {
            j++;
            cued = true;
        }
        if (!cued || w.isDigits(j) || (w.isMark(j, '.') || w.isMark(j, ',')) && w.isDigits(j + 1) && w.touching(i)
                && w.touching(j)) {
            return null;
        }
        return new FoundDate(from, j, Integer.toString(y), false, false);
    }

    /** A year listed right after a year found before it: "pada 2008, 2009 dan 2010", "2027 atau 2028". */
    private boolean yearBefore(int i) {
        int k = i - 1;
        for (int steps = 0; steps < 2 && isYearJoint(w.word(k)); steps++) {
            k--;
            if (w.isDigits(k) && w.digitCount(k) == 4) {
                return lastEnd.getAsInt() == k + 1;
            }
        }
        return false;
    }

    private static boolean isYearJoint(String x) {
        return x.equals(",") || x.equals("-") || x.equals("dan") || x.equals("atau") || x.equals("hingga")
                || x.equals("sampai");
    }

    /** The first year of a range "2025-2029". */
    private boolean yearRangeAfter(int i) {
        boolean dash = w.isMark(i + 1, '-') && w.touching(i) && w.touching(i + 1);
        boolean words = w.word(i + 1).equals("sampai") || w.word(i + 1).equals("hingga");
        if (!(dash || words) || !w.isDigits(i + 2) || w.digitCount(i + 2) != 4) {
            return false;
        }
        int a = w.number(i);
        int b = w.number(i + 2);
        return b > a && b - a <= 50;
    }

    /** A count word: "dua", "dua belas", "dua puluh tiga", "sepuluh": {value, next token}, or null. */
    int[] numberWord(int i) {
        int v = lex.number(w.word(i));
        if (v == 0) {
            return null;
        }
        if (v < 10) {
            if (w.word(i + 1).equals("belas")) {
                return new int[] {10 + v, i + 2};
            }
            if (w.word(i + 1).equals("puluh")) {
                int u = lex.number(w.word(i + 2));
                return u > 0 && u < 10 ? new int[] {10 * v + u, i + 3} : new int[] {10 * v, i + 2};
            }
        }
        return new int[] {v, i + 1};
    }

    /** "dua hari lalu", "3 tahun silam", "tiga setengah tahun lalu"; else a duration ("tiga bulan lagi" too). */
    FoundDate countLed(int from, int unitTok, int count) {
        boolean half = false;
        if (w.word(unitTok).equals("setengah")) {
            half = true;
            unitTok++;
        }
        Unit unit = lex.unit(w.word(unitTok));
        if (unit == null || lex.is(w.word(from - 1), Role.VAGUE) || lex.is(w.word(from - 1), Role.SET)) {
            return null;
        }
        int j = unitTok + 1;
        String mod = w.word(j);
        int sign;
        if (lex.is(mod, Role.PAST) && !mod.equals("kemarin")) {
            sign = -1;
            j++;
        } else if (mod.equals("yang") && lex.is(w.word(j + 1), Role.PAST)) {
            sign = -1;
            j += 2;
        } else {
            return null; // a duration: "selama dua pekan", "42 bulan"
        }
        return new FoundDate(from, j, shifted(unit, sign * count, half), false, unit == Unit.DAY);
    }

    String shifted(Unit unit, int n, boolean half) {
        if (anchor == null) {
            return null;
        }
        int sign = n < 0 ? -1 : 1;
        return switch (unit) {
            case DAY -> half ? null : anchor.plusDays(n).toString();
            case WEEK -> anchor.plusDays(7L * n + (half ? sign * 3L : 0)).toString(); // a day in the week, see CalendarResolver.week
            case MONTH -> YearMonth.from(anchor.plusMonths(n).plusDays(half ? sign * 15L : 0)).toString();
            case YEAR -> Integer.toString(anchor.plusYears(n).plusMonths(half ? sign * 6L : 0).getYear());
        };
    }
}
