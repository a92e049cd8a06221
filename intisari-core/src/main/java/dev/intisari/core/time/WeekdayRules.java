package dev.intisari.core.time;

import static dev.intisari.core.time.CalendarResolver.fullYear;
import static dev.intisari.core.time.CalendarResolver.iso;

import dev.intisari.core.time.CalendarResolver.Direction;
import dev.intisari.core.time.DateLexicon.Role;
import java.time.LocalDate;

/**
 * Weekdays: "Kamis", "Jumat lalu", "Senin pekan depan", "Selasa (26/9)", "Rabu malam kemarin", with the
 * written date checked against the weekday.
 */
final class WeekdayRules {
    private final Words w;
    private final DateLexicon lex;
    private final LocalDate anchor;
    private final SentenceCues cues;
    private final WrittenDates written;

    WeekdayRules(Words w, DateLexicon lex, LocalDate anchor, SentenceCues cues, WrittenDates written) {
        this.w = w;
        this.lex = lex;
        this.anchor = anchor;
        this.cues = cues;
        this.written = written;
    }

    FoundDate weekday(int from, int k) {
        int dow = w.weekdayAt(k);
        int j = k + w.weekdayLength(k);
        if (lex.is(w.word(from - 1), Role.NOT_WEEKDAY)
                || (w.word(from - 1).equals("hari") && lex.is(w.word(from - 2), Role.NOT_WEEKDAY))
                || (w.isMark(j, '-') && w.weekdayAt(j + 1) > 0) || (w.isMark(from - 1, '-') && w.weekdayAt(from - 2) > 0)) {
            return null; // "salat Jumat", "setiap Senin", office hours "Senin-Jumat"
        }
        String mod = w.word(j);
        if (w.word(k).equals("minggu") && w.breakBefore(k) && from == k && cues.isModifier(mod)
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
        } else if ((mod.equals("pekan") || mod.equals("minggu")) && cues.isModifier(w.word(j + 1))) {
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
        WrittenDate e = written.explicitAfter(p);
        if (e == null && p != j) {
            e = null;
        }
        Direction dir = shift == 0 && !thisWeek && (cues.futureTense(from) || deadlineBefore(from))
                ? Direction.FUTURE : Direction.PAST;
        if (e != null) {
            int end = e.end();
            if ((cues.isModifier(w.word(end)) && !w.word(end).equals("nanti")) || lex.is(w.word(end), Role.TRAILING)) {
                end++; // "Minggu (26/3) lalu", "Jumat (8/8/2025) besok"
            } else if (lex.is(w.word(end), Role.DAYPART) && lex.is(w.word(end + 1), Role.PAST)) {
                end += 2; // "Jumat (17/10/2025) malam kemarin"
            } else if (w.word(end).equals("yang") && lex.is(w.word(end + 1), Role.PAST)) {
                end += 2;
            }
            String value = e.year() >= 0 ? weekdayChecked(fullYear(e.year()), e.month(), e.day(), dow)
                    : iso(CalendarResolver.dayMonth(anchor, e.day(), e.month(), dow, dir));
            return new FoundDate(from, end, value, true, false);
        }
        if (shift == 0 && !thisWeek && cues.recurringBefore(from)) {
            return null; // "setiap Jumat pukul 20.45 ... dan pada Minggu pukul 20.00": a timetable
        }
        if (p != j && shift == 0 && !thisWeek && !w.word(p).equals("ini")) {
            if (lex.is(w.word(p), Role.PAST)) {
                shift = -1; // "Rabu malam lalu"
                p++;
            }
            j = p; // "Kamis malam", "Minggu dini hari": the time of day is part of the expression
        }
        LocalDate base = anchor == null ? null : anchor.plusWeeks(weeks);
        return new FoundDate(from, j, iso(CalendarResolver.weekday(base, dow, shift, thisWeek, dir)), false, true);
    }

    /** "paling lambat hari Jumat", "sampai setidaknya Selasa": a deadline points at the coming weekday. */
    private boolean deadlineBefore(int from) {
        String prev = w.word(from - 1);
        return lex.is(prev, Role.DEADLINE) && (!prev.equals("setidaknya") || lex.is(w.word(from - 2), Role.UNTIL));
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
}
