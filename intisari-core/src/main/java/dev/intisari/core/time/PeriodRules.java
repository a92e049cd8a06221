package dev.intisari.core.time;

import static dev.intisari.core.time.CalendarResolver.iso;

import dev.intisari.core.time.CalendarResolver.Direction;
import dev.intisari.core.time.DateLexicon.Role;
import dev.intisari.core.time.DateLexicon.Unit;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Periods led by a part word or a unit: "awal pekan ini", "akhir pekan", "bulan lalu", "tahun depan",
 * "pekan yang akan datang", "kuartal III 2017".
 */
final class PeriodRules {
    private final Words w;
    private final DateLexicon lex;
    private final LocalDate anchor;
    private final SentenceCues cues;
    private final CountRules counts;
    private final MonthRules months;

    PeriodRules(Words w, DateLexicon lex, LocalDate anchor, SentenceCues cues, CountRules counts, MonthRules months) {
        this.w = w;
        this.lex = lex;
        this.anchor = anchor;
        this.cues = cues;
        this.counts = counts;
        this.months = months;
    }

    FoundDate quarter(int i) {
        String q = w.word(i + 1);
        boolean part = q.equals("i") || q.equals("ii") || q.equals("iii") || q.equals("iv") || lex.is(q, Role.ORDINAL)
                || (w.isDigits(i + 1) && w.number(i + 1) >= 1 && w.number(i + 1) <= 4);
        int y = w.word(i + 2).equals("tahun") || w.isMark(i + 2, '-') ? i + 3 : i + 2;
        if (part && w.isDigits(y) && w.digitCount(y) == 4) {
            int year = w.number(y);
            return year >= 1900 && year <= 2100 ? new FoundDate(i, y + 1, Integer.toString(year), false, false) : null;
        }
        return null;
    }

    FoundDate partLed(int i) {
        int j = i + 1;
        String u = w.word(j);
        if (u.equals("pekan") || (u.equals("minggu") && !w.capitalised(j))) {
            String mod = w.word(j + 1);
            boolean bare = !cues.isModifier(mod) || mod.equals("nanti");
            int weeks = lex.is(mod, Role.PAST) ? -1 : lex.is(mod, Role.FUTURE) ? 1 : 0;
            int end = bare ? j + 1 : j + 2;
            if (w.word(i).equals("akhir")) {
                if (bare && lex.is(w.word(i - 1), Role.SET)) {
                    return null;
                }
                Direction dir = cues.futureTense(i) || cues.upToComingWeekend(i) ? Direction.FUTURE : Direction.PAST;
                return new FoundDate(i, end, iso(CalendarResolver.weekend(anchor, weeks, bare, dir)), false, false);
            }
            return bare ? null : new FoundDate(i, end, iso(CalendarResolver.week(anchor, weeks, w.word(i))), false, false);
        }
        if (u.equals("bulan")) {
            if (lex.month(w.word(j + 1)) > 0 && !lex.isMonthAbbreviation(w.word(j + 1))) {
                return months.monthLed(i, j + 1);
            }
            String mod = w.word(j + 1);
            if (!cues.isModifier(mod) || mod.equals("nanti")) {
                return partOfCurrent(i) ? new FoundDate(i, j + 1, anchor == null ? null : YearMonth.from(anchor).toString(),
                        false, false) : null; // "sebelum akhir bulan"
            }
            int n = lex.is(mod, Role.PAST) ? -1 : lex.is(mod, Role.FUTURE) ? 1 : 0;
            return new FoundDate(i, j + 2, anchor == null ? null : YearMonth.from(anchor.plusMonths(n)).toString(), false, false);
        }
        if (u.equals("tahun")) {
            if (w.isDigits(j + 1) && w.digitCount(j + 1) == 4) {
                return counts.yearAt(i, j + 1);
            }
            String mod = w.word(j + 1);
            if (!cues.isModifier(mod) || mod.equals("nanti")) {
                return partOfCurrent(i) ? new FoundDate(i, j + 1, anchor == null ? null : Integer.toString(anchor.getYear()),
                        false, false) : null; // "hingga akhir tahun"
            }
            int n = lex.is(mod, Role.PAST) ? -1 : lex.is(mod, Role.FUTURE) ? 1 : 0;
            return new FoundDate(i, j + 2, anchor == null ? null : Integer.toString(anchor.getYear() + n), false, false);
        }
        if (lex.month(u) > 0 && !lex.isMonthAbbreviation(u)) {
            return months.monthLed(i, j);
        }
        if (w.isDigits(j) && w.digitCount(j) == 4 && w.number(j) >= 1900 && w.number(j) <= 2100) {
            return counts.yearAt(i, j);
        }
        return null;
    }

    /**
     * "sebelum akhir bulan", "hingga akhir tahun": a part of a month or year with no modifier is the anchor's
     * when a cue word leads it and no "setiap" does; "gaji akhir bulan" alone is generic and no date.
     */
    private boolean partOfCurrent(int i) {
        String prev = w.word(i - 1);
        return lex.is(prev, Role.PART_CUE) && !lex.is(w.word(i - 2), Role.SET) && !w.isDigits(i + 2);
    }

    FoundDate unitLed(int i) {
        String u = w.word(i);
        Unit unit = lex.unit(u);
        if (lex.unitIsOne(u)) {
            return counts.countLed(i, i, 1);
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
            return months.monthLed(i, i + 1);
        }
        if (u.equals("tahun") && w.isDigits(i + 1)) {
            if (w.digitCount(i + 1) == 4 && lex.is(prev, Role.LAW)) {
                return null; // "KUHP Tahun 2023", "UUD Tahun 1945" name laws
            }
            if (w.digitCount(i + 1) == 4) {
                return counts.yearAt(i, i + 1);
            }
            if (w.digitCount(i + 1) == 2 && w.touching(i + 1)
                    && (w.word(i + 2).equals("an") || w.isMark(i + 2, '-') && w.word(i + 3).equals("an"))) {
                return new FoundDate(i, w.word(i + 2).equals("an") ? i + 3 : i + 4, null, false, false);
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
        return new FoundDate(i, j, counts.shifted(unit, n, false), false, false);
    }
}
