package dev.intisari.core.time;

import static dev.intisari.core.time.CalendarResolver.fullYear;
import static dev.intisari.core.time.CalendarResolver.iso;

import dev.intisari.core.time.CalendarResolver.Direction;
import dev.intisari.core.time.DateLexicon.Role;
import java.time.LocalDate;

/**
 * Days: led by a day number ("27 Maret", "27/3/2017", "28-30 Juli"), by "tanggal", or relative to the
 * publication ("kemarin", "hari ini (12/7)").
 */
final class DayRules {
    private final Words w;
    private final DateLexicon lex;
    private final LocalDate anchor;
    private final SentenceCues cues;
    private final WrittenDates written;
    private final CountRules counts;
    private final MonthRules months;

    DayRules(Words w, DateLexicon lex, LocalDate anchor, SentenceCues cues, WrittenDates written, CountRules counts,
            MonthRules months) {
        this.w = w;
        this.lex = lex;
        this.anchor = anchor;
        this.cues = cues;
        this.written = written;
        this.counts = counts;
        this.months = months;
    }

    FoundDate digitsAt(int i) {
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
            return d == null ? null : new FoundDate(i, i + 5, d.toString(), true, false);
        }
        if (len <= 2 && n >= 1 && n <= 31) {
            FoundDate f = dayLed(i, n);
            if (f != null) {
                return f;
            }
        }
        if (len == 4 && n >= 1900 && n <= 2100) {
            return counts.yearAt(i, i);
        }
        return len <= 3 && n > 0 ? counts.countLed(i, i + 1, n) : null;
    }

    private FoundDate dayLed(int i, int d) {
        WrittenDate e = written.dayMonthName(i);
        if (e != null) {
            int end = e.end();
            String mod = w.word(end);
            Direction dir = cues.futureTense(i) ? Direction.FUTURE : Direction.NEAREST;
            if (cues.isModifier(mod)) {
                dir = lex.is(mod, Role.FUTURE) ? Direction.FUTURE : lex.is(mod, Role.PAST) ? Direction.PAST : dir;
                end++;
            } else if (mod.equals("yang") && lex.is(w.word(end + 1), Role.PAST)) {
                dir = Direction.PAST;
                end += 2;
            } else if (e.year() < 0 && mod.equals("tahun") && cues.yearShift(end + 1) != Integer.MIN_VALUE && anchor != null) {
                e = new WrittenDate(e.end(), e.day(), e.month(), anchor.getYear() + cues.yearShift(end + 1)); // "23 Agustus tahun lalu"
                end += 2;
            }
            if (!CalendarResolver.validDayMonth(e.day(), e.month())) {
                return new FoundDate(i, end, null, true, false); // "31 Februari 2017": a date, but none that exists
            }
            String value = e.year() >= 0 ? iso(CalendarResolver.date(e.year(), e.month(), e.day()))
                    : iso(CalendarResolver.dayMonth(anchor, e.day(), e.month(), 0, dir));
            return new FoundDate(i, end, value, true, false);
        }
        if ((w.isMark(i + 1, '-') || w.word(i + 1).equals("hingga") || w.word(i + 1).equals("sampai"))
                && w.isDigits(i + 2) && w.number(i + 2) > d) {
            WrittenDate second = written.dayMonthName(i + 2);
            if (second != null && w.isMark(i + 1, '-')) {
                FoundDate month = months.monthValue(i, i + 3, second.end(), second.year());
                return month;
            }
        }
        WrittenDate s = written.slash(i, true);
        if (s != null && CalendarResolver.validDayMonth(s.day(), s.month())) {
            return new FoundDate(i, s.end(), iso(CalendarResolver.date(fullYear(s.year()), s.month(), s.day())), true, false);
        }
        String prev = w.word(i - 1);
        s = written.slash(i, false);
        if (s != null && s.year() < 0 && CalendarResolver.validDayMonth(s.day(), s.month())
                && (prev.equals("pada") || prev.equals("sejak") || prev.equals("tanggal") || prev.equals("tgl"))
                && !w.isMark(s.end(), '/')) {
            Direction dir = cues.futureTense(i) ? Direction.FUTURE : Direction.PAST;
            return new FoundDate(i, s.end(), iso(CalendarResolver.dayMonth(anchor, s.day(), s.month(), 0, dir)), true, false);
        }
        return null;
    }

    FoundDate relative(int from, int to, int days) {
        int p = to;
        if (lex.is(w.word(p), Role.DAYPART)) {
            p++;
        }
        WrittenDate e = written.paren(p);
        if (e != null) {
            String value = e.year() >= 0 ? iso(CalendarResolver.date(fullYear(e.year()), e.month(), e.day()))
                    : iso(CalendarResolver.dayMonth(anchor, e.day(), e.month(), 0, Direction.PAST));
            return new FoundDate(from, e.end(), value, true, false);
        }
        return new FoundDate(from, to, anchor == null ? null : anchor.plusDays(days).toString(), false, true, days);
    }

    FoundDate tanggal(int i) {
        int d = w.number(i + 1);
        if (d < 1 || d > 31 || w.digitCount(i + 1) > 2 || lex.month(w.word(i + 2)) > 0 || w.isMark(i + 2, '/')
                || w.isMark(i + 2, '-') || (w.isMark(i + 2, '.') || w.isMark(i + 2, ',')) && w.isDigits(i + 3)) {
            return null;
        }
        String joint = w.word(i + 2);
        if (joint.equals("sampai") || joint.equals("hingga") || joint.equals("-")) {
            WrittenDate end = written.dayMonthName(i + 3); // "tanggal 28 sampai 30 Juli 2017": the month of the range's end
            if (end != null && end.day() > d) {
                String value = end.year() >= 0 ? iso(CalendarResolver.date(end.year(), end.month(), d))
                        : iso(CalendarResolver.dayMonth(anchor, d, end.month(), 0, Direction.NEAREST));
                return new FoundDate(i, i + 2, value, true, false);
            }
        }
        Direction dir = cues.futureTense(i) ? Direction.FUTURE : Direction.PAST;
        return new FoundDate(i, i + 2, iso(CalendarResolver.dayOnly(anchor, d, dir)), false, false);
    }
}
