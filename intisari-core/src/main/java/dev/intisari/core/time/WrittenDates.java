package dev.intisari.core.time;

/** Days and months written out: "(27/3)", "27/3/2017", "27 Maret 2017", "27 Mar 2017". */
final class WrittenDates {
    private final Words w;
    private final DateLexicon lex;

    WrittenDates(Words w, DateLexicon lex) {
        this.w = w;
        this.lex = lex;
    }

    /** "(27/3)", "(27/3/2017)", ", 27 Maret 2017", " 27 Maret", ", 27/3/2017" right after a weekday. */
    WrittenDate explicitAfter(int p) {
        if (w.isMark(p, '(')) {
            return paren(p);
        }
        if (w.isMark(p, ',') && w.isMark(p + 1, '(')) {
            return paren(p + 1);
        }
        int q = w.isMark(p, ',') ? p + 1 : p;
        if (!w.isDigits(q)) {
            return null;
        }
        WrittenDate e = dayMonthName(q);
        if (e == null) {
            e = slash(q, true);
        }
        return e;
    }

    WrittenDate paren(int p) {
        if (!w.isMark(p, '(')) {
            return null;
        }
        WrittenDate e = slash(p + 1, false);
        if (e == null) {
            e = dayMonthName(p + 1);
        }
        return e != null && w.isMark(e.end(), ')') ? new WrittenDate(e.end() + 1, e.day(), e.month(), e.year()) : null;
    }

    /** d/m, d/m/yy or d/m/yyyy (with a year when {@code needYear}); also d-m-yyyy. */
    WrittenDate slash(int q, boolean needYear) {
        int d = w.number(q);
        if (d < 1 || d > 31 || w.digitCount(q) > 2) {
            return null;
        }
        char sep = w.isMark(q + 1, '/') ? '/' : w.isMark(q + 1, '-') ? '-' : 0;
        int m = w.number(q + 2);
        if (sep == 0 || m < 1 || m > 12 || w.digitCount(q + 2) > 2) {
            return null;
        }
        if (w.isMark(q + 3, sep) && w.isDigits(q + 4) && (w.digitCount(q + 4) == 4 || w.digitCount(q + 4) == 2)) {
            return new WrittenDate(q + 5, d, m, w.number(q + 4));
        }
        return needYear || sep == '-' ? null : new WrittenDate(q + 3, d, m, -1);
    }

    /** "27 Maret", "27 Maret 2017", "27 Mar 2017". */
    WrittenDate dayMonthName(int q) {
        int d = w.number(q);
        if (d < 1 || d > 31 || w.digitCount(q) > 2) {
            return null;
        }
        String name = w.word(q + 1);
        int m = w.isLetters(q + 1) ? lex.month(name) : 0;
        if (m == 0) {
            return null;
        }
        int j = q + 2;
        if (lex.isMonthAbbreviation(name) && w.isMark(j, '.') && w.touching(q + 1)) {
            j++;
        }
        int y = w.isDigits(j) && w.digitCount(j) == 4 ? w.number(j) : -1;
        if (lex.isMonthAbbreviation(name) && y < 0 && !w.word(q + 1).equals("mei")) {
            return null;
        }
        if (y >= 0 && !(w.isMark(j + 1, '.') && w.isDigits(j + 2) && w.touching(j))) {
            return new WrittenDate(j + 1, d, m, y);
        }
        return new WrittenDate(lex.isMonthAbbreviation(name) ? q + 2 : q + 2, d, m, -1);
    }
}
