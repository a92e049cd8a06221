package dev.intisari.core.time;

import dev.intisari.core.time.CalendarResolver.Direction;
import dev.intisari.core.time.DateLexicon.Role;
import dev.intisari.core.time.DateLexicon.Unit;
import dev.intisari.model.DateMention;
import dev.intisari.model.Span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One left-to-right pass of the date rules over one text (see docs/time.md for the rules and their
 * reasons). At each token the expression that starts there is tried, led by what the token is: a weekday,
 * a day number, a month name, a part word ("awal"), a unit ("tahun"), a count ("dua"), a relative day
 * ("kemarin"), a year. The longest reading wins and the scan resumes after it. This class is larger than
 * usual because the rules read best side by side; it is used by one call and then dropped.
 */
final class DateScanner {
    /** A found expression: tokens [from, to), its value, and whether it names its day explicitly. */
    private record Found(int from, int to, String value, boolean explicit, boolean relativeDay, int days) {
        Found(int from, int to, String value, boolean explicit, boolean relativeDay) {
            this(from, to, value, explicit, relativeDay, Integer.MIN_VALUE);
        }
    }

    /** An explicit day-month[-year] written with digits or a month name; {@code year} is -1 when absent. */
    private record Explicit(int end, int day, int month, int year) {
    }

    private final Words w;
    private final LocalDate anchor;
    private final DateLexicon lex;
    private final String text;
    /** Token after the last expression found, for lists of years. */
    private int lastEnd = -1;

    DateScanner(String text, LocalDate anchor, DateLexicon lex) {
        this.text = text;
        this.w = new Words(text, lex);
        this.anchor = anchor;
        this.lex = lex;
    }

    List<DateMention> scan() {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            Found f = at(i);
            if (f != null && f.to > i) {
                if (!partOfName(f)) {
                    found.add(f);
                }
                i = f.to;
                lastEnd = f.to;
            } else {
                i++;
            }
        }
        List<DateMention> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            String value = f.value;
            if (f.relativeDay && k + 1 < found.size()) {
                Found next = found.get(k + 1);
                if (next.explicit && next.from == f.to + 1 && w.isMark(f.to, ',')) {
                    value = next.value; // "hari ini, Rabu (12/7)": the written date wins
                }
            }
            if (f.days != Integer.MIN_VALUE && value != null && value.equals(f.value)) {
                String said = saidOn(found, k);
                if (said != null) {
                    value = java.time.LocalDate.parse(said).plusDays(f.days).toString();
                }
            }
            if (f.relativeDay && k > 0 && found.get(k - 1).explicit && found.get(k - 1).to == f.from - 1
                    && w.isMark(f.from - 1, '(') && w.isMark(f.to, ')')) {
                value = found.get(k - 1).value; // "27 Agustus 2017 (hari ini)"
            }
            int s = w.start(f.from);
            int e = w.end(f.to - 1);
            out.add(new DateMention(text.substring(s, e), new Span(s, e), value));
        }
        return out;
    }

    /**
     * True when a date led by its day number follows a capitalised name word ("Stadion 17 Mei", "Jl. 10
     * November", "Universitas 17 Agustus 1945"): the words name a place or an institution, so no date is
     * reported, and the scan still resumes after them.
     */
    private boolean partOfName(Found f) {
        if (!w.isDigits(f.from)) {
            return false;
        }
        int head = w.isMark(f.from - 1, '.') && w.touching(f.from - 2) ? f.from - 2 : f.from - 1;
        return w.capitalised(head) && lex.is(w.word(head), Role.NAME);
    }

    private Found at(int i) {
        if (w.isDigits(i)) {
            return digitsAt(i);
        }
        if (w.isMark(i, '(')) {
            Explicit e = paren(i);
            if (e == null || !CalendarResolver.validDayMonth(e.day, e.month)) {
                return null;
            }
            if (e.year >= 0) {
                return new Found(i, e.end, iso(CalendarResolver.date(year(e.year), e.month, e.day)), true, false);
            }
            return w.isMark(i - 1, ',') // "di ruang sidang DPRD, (20/10)": a dateline's day and month
                    ? new Found(i, e.end, iso(CalendarResolver.dayMonth(anchor, e.day, e.month, 0, Direction.PAST)), true, false)
                    : null;
        }
        if (!w.isLetters(i)) {
            return null;
        }
        String x = w.word(i);
        if (x.isEmpty()) {
            return null; // a word no rule starts with
        }
        if (weekdayAt(i) > 0) {
            Found f = weekday(i, i);
            if (f != null) {
                return f;
            }
        }
        switch (x) {
            case "hari":
                if (w.word(i + 1).equals("ini")) {
                    return relative(i, i + 2, 0);
                }
                return weekdayAt(i + 1) > 0 ? weekday(i, i + 1) : null;
            case "kemarin":
                if (w.isMark(i + 1, '-') || w.isMark(i - 1, '-')) {
                    return null;
                }
                return w.word(i + 1).equals("lusa") ? relative(i, i + 2, -2) : relative(i, i + 1, -1);
            case "besok":
                return w.word(i + 1).equals("lusa") ? relative(i, i + 2, 2) : relative(i, i + 1, 1);
            case "lusa":
                return relative(i, i + 1, 2);
            case "tanggal", "tgl":
                return tanggal(i);
            case "kuartal", "triwulan", "semester", "caturwulan":
                return quarter(i);
            default:
                break;
        }
        if (lex.month(x) > 0 && !lex.isMonthAbbreviation(x)) {
            return monthLed(i, i);
        }
        if (lex.is(x, Role.PART)) {
            Found f = partLed(i);
            if (f != null) {
                return f;
            }
        }
        if (lex.unit(x) != null) {
            return unitLed(i);
        }
        if (x.equals("esok") && w.word(i + 1).equals("hari") && !w.word(i + 2).equals("nya")) {
            return relative(i, i + 2, 1);
        }
        if (lex.is(x, Role.DAYPART) && w.word(i + 1).equals("ini") && !w.word(i - 1).equals("jam")) {
            return relative(i, i + 2, 0);
        }
        int[] count = numberWord(i);
        return count == null ? null : countLed(i, count[1], count[0]);
    }

    // ---- weekdays ----

    /** ISO weekday named at token i ("Jum'at" spans three tokens), else 0. */
    private int weekdayAt(int i) {
        String x = w.word(i);
        if (x.equals("jum") && (w.isMark(i + 1, '\'') || w.isMark(i + 1, '\u2019')) && w.word(i + 2).equals("at")) {
            return 5;
        }
        int d = lex.weekday(x);
        if (d == 7 && x.equals("minggu") && !w.capitalised(i)) {
            return 0; // lower-case "minggu" is the week
        }
        return d;
    }

    private int weekdayLength(int i) {
        return w.word(i).equals("jum") ? 3 : 1;
    }

    private Found weekday(int from, int k) {
        int dow = weekdayAt(k);
        int j = k + weekdayLength(k);
        if (lex.is(w.word(from - 1), Role.NOT_WEEKDAY)
                || (w.word(from - 1).equals("hari") && lex.is(w.word(from - 2), Role.NOT_WEEKDAY))
                || (w.isMark(j, '-') && weekdayAt(j + 1) > 0) || (w.isMark(from - 1, '-') && weekdayAt(from - 2) > 0)) {
            return null; // "salat Jumat", "setiap Senin", office hours "Senin-Jumat"
        }
        String mod = w.word(j);
        if (w.word(k).equals("minggu") && w.breakBefore(k) && from == k && isModifier(mod)
                && !w.isMark(j + 1, '(')) {
            return null; // sentence-initial "Minggu lalu" is "last week": the unit rule reads it
        }
        int shift = 0;
        int weeks = 0;
        boolean thisWeek = false;
        if (lex.is(mod, Role.PAST)) {
            shift = -1;
            j++;
        } else if (lex.is(mod, Role.FUTURE)) {
            shift = 1;
            j++;
        } else if (lex.is(mod, Role.THIS)) {
            thisWeek = true;
            j++;
        } else if ((mod.equals("pekan") || mod.equals("minggu")) && isModifier(w.word(j + 1))) {
            String m2 = w.word(j + 1);
            weeks = lex.is(m2, Role.PAST) ? -1 : lex.is(m2, Role.FUTURE) ? 1 : 0;
            thisWeek = true;
            j += 2;
        }
        int p = j;
        if (lex.is(w.word(p), Role.DAYPART)) {
            p++;
        } else if (w.word(p).equals("dini") && w.word(p + 1).equals("hari")) {
            p += 2;
        }
        Explicit e = explicitAfter(p);
        if (e == null && p != j) {
            e = null;
        }
        Direction dir = shift == 0 && !thisWeek && futureTense(from) ? Direction.FUTURE : Direction.PAST;
        if (e != null) {
            int end = e.end;
            if (isModifier(w.word(end)) && !w.word(end).equals("nanti")) {
                end++;
            } else if (lex.is(w.word(end), Role.DAYPART) && lex.is(w.word(end + 1), Role.PAST)) {
                end += 2; // "Jumat (17/10/2025) malam kemarin"
            } else if (w.word(end).equals("yang") && lex.is(w.word(end + 1), Role.PAST)) {
                end += 2;
            }
            String value = e.year >= 0 ? weekdayChecked(year(e.year), e.month, e.day, dow)
                    : iso(CalendarResolver.dayMonth(anchor, e.day, e.month, dow, dir));
            return new Found(from, end, value, true, false);
        }
        if (shift == 0 && !thisWeek && recurringBefore(from)) {
            return null; // "setiap Jumat pukul 20.45 ... dan pada Minggu pukul 20.00": a timetable
        }
        LocalDate base = anchor == null ? null : anchor.plusWeeks(weeks);
        return new Found(from, j, iso(CalendarResolver.weekday(base, dow, shift, thisWeek, dir)), false, true);
    }

    /**
     * A written date with its weekday: when the year makes the weekday wrong but a year next to the anchor's
     * makes it right ("Senin (20/10/2026)" published on Monday 20 October 2025), the writer slipped on the year.
     */
    private String weekdayChecked(int year, int month, int day, int dow) {
        LocalDate d = CalendarResolver.date(year, month, day);
        if (d != null && d.getDayOfWeek().getValue() != dow && anchor != null) {
            LocalDate fixed = CalendarResolver.dayMonth(anchor, day, month, dow, Direction.PAST);
            if (fixed != null && fixed.getDayOfWeek().getValue() == dow && Math.abs(fixed.getYear() - year) == 1) {
                return fixed.toString();
            }
        }
        return iso(d);
    }

    /** -1, 0 or +1 for the modifier at token j after "tahun" (lalu, ini, depan), else MIN_VALUE. */
    private int yearShift(int j) {
        String m = w.word(j);
        return lex.is(m, Role.PAST) ? -1 : lex.is(m, Role.THIS) ? 0
                : lex.is(m, Role.FUTURE) && !m.equals("nanti") ? 1 : Integer.MIN_VALUE;
    }

    private boolean isModifier(String x) {
        return lex.is(x, Role.PAST) || lex.is(x, Role.FUTURE) || lex.is(x, Role.THIS);
    }

    /** "(27/3)", "(27/3/2017)", ", 27 Maret 2017", " 27 Maret", ", 27/3/2017" right after a weekday. */
    private Explicit explicitAfter(int p) {
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
        Explicit e = dayMonthName(q);
        if (e == null) {
            e = slash(q, true);
        }
        return e;
    }

    private Explicit paren(int p) {
        if (!w.isMark(p, '(')) {
            return null;
        }
        Explicit e = slash(p + 1, false);
        if (e == null) {
            e = dayMonthName(p + 1);
        }
        return e != null && w.isMark(e.end, ')') ? new Explicit(e.end + 1, e.day, e.month, e.year) : null;
    }

    /** d/m, d/m/yy or d/m/yyyy (with a year when {@code needYear}); also d-m-yyyy. */
    private Explicit slash(int q, boolean needYear) {
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
            return new Explicit(q + 5, d, m, w.number(q + 4));
        }
        return needYear || sep == '-' ? null : new Explicit(q + 3, d, m, -1);
    }

    /** "27 Maret", "27 Maret 2017", "27 Mar 2017". */
    private Explicit dayMonthName(int q) {
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
            return new Explicit(j + 1, d, m, y);
        }
        return new Explicit(lex.isMonthAbbreviation(name) ? q + 2 : q + 2, d, m, -1);
    }

    // ---- numbers ----

    private Found digitsAt(int i) {
        if (w.isMark(i - 1, '.') || w.isMark(i - 1, ',') || w.isMark(i - 1, ':')) {
            if (w.isDigits(i - 2) && w.touching(i - 2) && w.touching(i - 1)) {
                return null; // the tail of 2.500 or 10.30
            }
        }
        if ((w.isMark(i + 1, '.') || w.isMark(i + 1, ',') || w.isMark(i + 1, ':')) && w.touching(i)
                && w.isDigits(i + 2) && w.touching(i + 1) && !w.isDigits(i + 4)) {
            return null; // 2.500, 2,5, 10.30
        }
        int n = w.number(i);
        int len = w.digitCount(i);
        if (len == 4 && w.isMark(i + 1, '-') && w.isDigits(i + 2) && w.isMark(i + 3, '-') && w.isDigits(i + 4)
                && w.touching(i) && w.touching(i + 1) && w.touching(i + 2) && w.touching(i + 3)) {
            LocalDate d = CalendarResolver.date(n, Math.max(w.number(i + 2), 0), Math.max(w.number(i + 4), 0));
            return d == null ? null : new Found(i, i + 5, d.toString(), true, false);
        }
        if (len <= 2 && n >= 1 && n <= 31) {
            Found f = dayLed(i, n);
            if (f != null) {
                return f;
            }
        }
        if (len == 4 && n >= 1900 && n <= 2100) {
            return year(i, i);
        }
        return len <= 3 && n > 0 ? countLed(i, i + 1, n) : null;
    }

    private Found dayLed(int i, int d) {
        Explicit e = dayMonthName(i);
        if (e != null) {
            int end = e.end;
            String mod = w.word(end);
            Direction dir = futureTense(i) ? Direction.FUTURE : Direction.NEAREST;
            if (isModifier(mod)) {
                dir = lex.is(mod, Role.FUTURE) ? Direction.FUTURE : lex.is(mod, Role.PAST) ? Direction.PAST : dir;
                end++;
            } else if (mod.equals("yang") && lex.is(w.word(end + 1), Role.PAST)) {
                dir = Direction.PAST;
                end += 2;
            } else if (e.year < 0 && mod.equals("tahun") && yearShift(end + 1) != Integer.MIN_VALUE && anchor != null) {
                e = new Explicit(e.end, e.day, e.month, anchor.getYear() + yearShift(end + 1)); // "23 Agustus tahun lalu"
                end += 2;
            }
            if (!CalendarResolver.validDayMonth(e.day, e.month)) {
                return new Found(i, end, null, true, false); // "31 Februari 2017": a date, but none that exists
            }
            String value = e.year >= 0 ? iso(CalendarResolver.date(e.year, e.month, e.day))
                    : iso(CalendarResolver.dayMonth(anchor, e.day, e.month, 0, dir));
            return new Found(i, end, value, true, false);
        }
        if ((w.isMark(i + 1, '-') || w.word(i + 1).equals("hingga") || w.word(i + 1).equals("sampai"))
                && w.isDigits(i + 2) && w.number(i + 2) > d) {
            Explicit second = dayMonthName(i + 2);
            if (second != null && w.isMark(i + 1, '-')) {
                Found month = monthValue(i, i + 3, second.end, second.year);
                return month;
            }
        }
        Explicit s = slash(i, true);
        if (s != null && CalendarResolver.validDayMonth(s.day, s.month)) {
            return new Found(i, s.end, iso(CalendarResolver.date(year(s.year), s.month, s.day)), true, false);
        }
        String prev = w.word(i - 1);
        s = slash(i, false);
        if (s != null && s.year < 0 && CalendarResolver.validDayMonth(s.day, s.month)
                && (prev.equals("pada") || prev.equals("sejak") || prev.equals("tanggal") || prev.equals("tgl"))
                && !w.isMark(s.end, '/')) {
            Direction dir = futureTense(i) ? Direction.FUTURE : Direction.PAST;
            return new Found(i, s.end, iso(CalendarResolver.dayMonth(anchor, s.day, s.month, 0, dir)), true, false);
        }
        return null;
    }

    private Found year(int from, int i) {
        int y = w.number(i);
        int j = i + 1;
        if ((w.isMark(j, '-') && w.word(j + 1).equals("an") && w.touching(i))
                || (w.word(j).equals("an") && w.touching(i))) {
            return new Found(from, w.isMark(j, '-') ? j + 2 : j + 1, null, false, false); // a decade: no value
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
        return new Found(from, j, Integer.toString(y), false, false);
    }

    /** A year listed right after a year found before it: "pada 2008, 2009 dan 2010", "2027 atau 2028". */
    private boolean yearBefore(int i) {
        int k = i - 1;
        for (int steps = 0; steps < 2 && isYearJoint(w.word(k)); steps++) {
            k--;
            if (w.isDigits(k) && w.digitCount(k) == 4) {
                return lastEnd == k + 1;
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

    /** 2-digit years: 00-49 are 20xx, 50-99 are 19xx. */
    private static int year(int y) {
        return y >= 100 ? y : y < 50 ? 2000 + y : 1900 + y;
    }

    /** A count word: "dua", "dua belas", "dua puluh tiga", "sepuluh": {value, next token}, or null. */
    private int[] numberWord(int i) {
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
    private Found countLed(int from, int unitTok, int count) {
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
        return new Found(from, j, shifted(unit, sign * count, half), false, unit == Unit.DAY);
    }

    private String shifted(Unit unit, int n, boolean half) {
        if (anchor == null) {
            return null;
        }
        int sign = n < 0 ? -1 : 1;
        return switch (unit) {
            case DAY -> half ? null : anchor.plusDays(n).toString();
            case WEEK -> CalendarResolver.week(half ? anchor.plusDays(sign * 3L) : anchor, n).toString();
            case MONTH -> YearMonth.from(anchor.plusMonths(n).plusDays(half ? sign * 15L : 0)).toString();
            case YEAR -> Integer.toString(anchor.plusYears(n).plusMonths(half ? sign * 6L : 0).getYear());
        };
    }

    // ---- words ----

    private Found relative(int from, int to, int days) {
        int p = to;
        if (lex.is(w.word(p), Role.DAYPART)) {
            p++;
        }
        Explicit e = paren(p);
        if (e != null) {
            String value = e.year >= 0 ? iso(CalendarResolver.date(year(e.year), e.month, e.day))
                    : iso(CalendarResolver.dayMonth(anchor, e.day, e.month, 0, Direction.PAST));
            return new Found(from, e.end, value, true, false);
        }
        return new Found(from, to, anchor == null ? null : anchor.plusDays(days).toString(), false, true, days);
    }

    private Found tanggal(int i) {
        int d = w.number(i + 1);
        if (d < 1 || d > 31 || w.digitCount(i + 1) > 2 || lex.month(w.word(i + 2)) > 0 || w.isMark(i + 2, '/')
                || w.isMark(i + 2, '-') || (w.isMark(i + 2, '.') || w.isMark(i + 2, ',')) && w.isDigits(i + 3)) {
            return null;
        }
        String joint = w.word(i + 2);
        if (joint.equals("sampai") || joint.equals("hingga") || joint.equals("-")) {
            Explicit end = dayMonthName(i + 3); // "tanggal 28 sampai 30 Juli 2017": the month of the range's end
            if (end != null && end.day > d) {
                String value = end.year >= 0 ? iso(CalendarResolver.date(end.year, end.month, d))
                        : iso(CalendarResolver.dayMonth(anchor, d, end.month, 0, Direction.NEAREST));
                return new Found(i, i + 2, value, true, false);
            }
        }
        Direction dir = futureTense(i) ? Direction.FUTURE : Direction.PAST;
        return new Found(i, i + 2, iso(CalendarResolver.dayOnly(anchor, d, dir)), false, false);
    }

    private Found quarter(int i) {
        String q = w.word(i + 1);
        boolean part = q.equals("i") || q.equals("ii") || q.equals("iii") || q.equals("iv")
                || (w.isDigits(i + 1) && w.number(i + 1) >= 1 && w.number(i + 1) <= 4);
        int y = w.word(i + 2).equals("tahun") || w.isMark(i + 2, '-') ? i + 3 : i + 2;
        if (part && w.isDigits(y) && w.digitCount(y) == 4) {
            int year = w.number(y);
            return year >= 1900 && year <= 2100 ? new Found(i, y + 1, Integer.toString(year), false, false) : null;
        }
        return null;
    }

    private Found monthLed(int from, int m) {
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
                || isModifier(w.word(j)) || (w.word(j).equals("yang") && lex.is(w.word(j + 1), Role.PAST))
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
        return (prev.equals(",") || prev.equals("dan")) && isMonthName(before) && lastEnd == before + 1;
    }

    private boolean isMonthName(int i) {
        String x = w.word(i);
        return lex.month(x) > 0 && !lex.isMonthAbbreviation(x);
    }

    /** The month named at token m, with the modifier after {@code j} (lalu, depan, ini) taken in. */
    private Found monthValue(int from, int m, int j, int y) {
        int month = lex.month(w.word(m));
        String mod = w.word(j);
        Direction dir = futureTense(from) ? Direction.FUTURE : Direction.NEAREST;
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
        } else if (y < 0 && mod.equals("tahun") && yearShift(j + 1) != Integer.MIN_VALUE && anchor != null) {
            y = anchor.getYear() + yearShift(j + 1); // "Maret tahun lalu"
            j += 2;
        }
        YearMonth ym = y >= 0 ? YearMonth.of(y, month)
                : thisYear && anchor != null ? YearMonth.of(anchor.getYear(), month)
                : CalendarResolver.month(anchor, month, dir);
        return new Found(from, j, ym == null ? null : ym.toString(), false, false);
    }

    private Found partLed(int i) {
        int j = i + 1;
        String u = w.word(j);
        if (u.equals("pekan") || (u.equals("minggu") && !w.capitalised(j))) {
            String mod = w.word(j + 1);
            boolean bare = !isModifier(mod) || mod.equals("nanti") || mod.equals("kemarin") && false;
            int weeks = lex.is(mod, Role.PAST) ? -1 : lex.is(mod, Role.FUTURE) ? 1 : 0;
            int end = bare ? j + 1 : j + 2;
            if (w.word(i).equals("akhir")) {
                if (bare && lex.is(w.word(i - 1), Role.SET)) {
                    return null;
                }
                Direction dir = futureTense(i) || upToComingWeekend(i) ? Direction.FUTURE : Direction.PAST;
                return new Found(i, end, iso(CalendarResolver.weekend(anchor, weeks, bare, dir)), false, false);
            }
            return bare ? null : new Found(i, end, str(CalendarResolver.week(anchor, weeks)), false, false);
        }
        if (u.equals("bulan")) {
            if (lex.month(w.word(j + 1)) > 0 && !lex.isMonthAbbreviation(w.word(j + 1))) {
                return monthLed(i, j + 1);
            }
            String mod = w.word(j + 1);
            if (!isModifier(mod) || mod.equals("nanti")) {
                return null;
            }
            int n = lex.is(mod, Role.PAST) ? -1 : lex.is(mod, Role.FUTURE) ? 1 : 0;
            return new Found(i, j + 2, anchor == null ? null : YearMonth.from(anchor.plusMonths(n)).toString(), false, false);
        }
        if (u.equals("tahun")) {
            if (w.isDigits(j + 1) && w.digitCount(j + 1) == 4) {
                return year(i, j + 1);
            }
            String mod = w.word(j + 1);
            if (!isModifier(mod) || mod.equals("nanti")) {
                return null;
            }
            int n = lex.is(mod, Role.PAST) ? -1 : lex.is(mod, Role.FUTURE) ? 1 : 0;
            return new Found(i, j + 2, anchor == null ? null : Integer.toString(anchor.getYear() + n), false, false);
        }
        if (lex.month(u) > 0 && !lex.isMonthAbbreviation(u)) {
            return monthLed(i, j);
        }
        if (w.isDigits(j) && w.digitCount(j) == 4 && w.number(j) >= 1900 && w.number(j) <= 2100) {
            return year(i, j);
        }
        return null;
    }

    private Found unitLed(int i) {
        String u = w.word(i);
        Unit unit = lex.unit(u);
        if (lex.unitIsOne(u)) {
            return countLed(i, i, 1);
        }
        String prev = w.word(i - 1);
        if (lex.is(prev, Role.VAGUE) || lex.is(prev, Role.SET) || w.isDigits(i - 1) || lex.number(prev) > 0
                || prev.equals("belas") || prev.equals("puluh") || prev.equals("setengah")) {
            return null;
        }
        if (u.equals("minggu") && w.capitalised(i) && !w.breakBefore(i)) {
            return null;
        }
        if (w.isMark(i - 1, '-') && w.word(i - 2).equals(u)) {
            return null; // "tahun-tahun mendatang": years in general
        }
        if (u.equals("bulan") && lex.month(w.word(i + 1)) > 0 && !lex.isMonthAbbreviation(w.word(i + 1))) {
            return monthLed(i, i + 1);
        }
        if (u.equals("tahun") && w.isDigits(i + 1)) {
            if (w.digitCount(i + 1) == 4 && lex.is(prev, Role.LAW)) {
                return null; // "KUHP Tahun 2023", "UUD Tahun 1945" name laws
            }
            if (w.digitCount(i + 1) == 4) {
                return year(i, i + 1);
            }
            if (w.digitCount(i + 1) == 2 && w.touching(i + 1)
                    && (w.word(i + 2).equals("an") || w.isMark(i + 2, '-') && w.word(i + 3).equals("an"))) {
                return new Found(i, w.word(i + 2).equals("an") ? i + 3 : i + 4, null, false, false);
            }
            return null;
        }
        int j = i + 1;
        String mod = w.word(j);
        int n;
        if (mod.equals("yang") && lex.is(w.word(j + 1), Role.PAST)) {
            n = -1;
            j += 2;
        } else if (mod.equals("yang") && w.word(j + 1).equals("akan") && w.word(j + 2).equals("datang")) {
            n = 1;
            j += 3;
        } else if (lex.is(mod, Role.PAST)) {
            n = -1;
            j++;
        } else if (lex.is(mod, Role.FUTURE) && !mod.equals("nanti")) {
            n = 1;
            j++;
        } else if (lex.is(mod, Role.THIS)) {
            n = 0;
            j++;
        } else {
            return null;
        }
        if (unit == Unit.DAY) {
            return null; // "hari ini" is read by the relative-day rule; "hari lalu" alone is no date
        }
        return new Found(i, j, shifted(unit, n, false), false, false);
    }

    // ---- context ----

    /**
     * The day of the saying when expression k is a relative day inside a quotation whose attribution on the
     * same line gives a written day ('"Besok saya hadir," kata X, Selasa (26/9).'), else null.
     */
    private String saidOn(List<Found> found, int k) {
        Found f = found.get(k);
        int lineStart = text.lastIndexOf('\n', w.start(f.from)) + 1;
        if (quoteMarks(lineStart, w.start(f.from)) % 2 == 0) {
            return null;
        }
        int lineEnd = text.indexOf('\n', w.end(f.to - 1));
        for (int g = k + 1; g < found.size(); g++) {
            Found next = found.get(g);
            if (lineEnd >= 0 && lineEnd < w.start(next.from)) {
                return null;
            }
            if (next.explicit && next.value != null && next.value.length() == 10
                    && quoteMarks(lineStart, w.start(next.from)) % 2 == 0) {
                for (int t = next.from - 1; t >= Math.max(f.to, next.from - 20); t--) {
                    if (lex.is(w.word(t), Role.SPEECH)) {
                        return next.value;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private int quoteMarks(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                n++;
            }
        }
        return n;
    }

    /** True when "setiap/tiap" and a weekday come earlier in the sentence of token i. */
    private boolean recurringBefore(int i) {
        for (int k = i - 1, steps = 0; k > 0 && steps < 30 && !w.breakBefore(k + 1); k--, steps++) {
            if (weekdayAt(k) > 0 && lex.is(w.word(k - 1), Role.SET)) {
                return true;
            }
        }
        return false;
    }

    /** True when the nearest tense word before token i in its sentence is a future one ("akan"). */
    private boolean futureTense(int i) {
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
    private boolean upToComingWeekend(int i) {
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

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String str(YearMonth ym) {
        return ym == null ? null : ym.toString();
    }
}
